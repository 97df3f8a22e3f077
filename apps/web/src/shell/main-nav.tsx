import { NavLink } from '@mantine/core';
import { NavLink as RouterLink, useLocation } from 'react-router';
import { areasFor } from '../access/areas';
import { useI18n } from '../i18n/i18n-context';
import { useViewer } from '../session/session-context';

/** Only the areas this viewer can use; the same list guards the routes (see access/areas.ts). */
export function MainNav({ onNavigate }: { onNavigate: () => void }) {
  const viewer = useViewer();
  const { t } = useI18n();
  const { pathname } = useLocation();
  const entries = [{ path: '/', label: t('nav.home') }, ...areasFor(viewer).map((a) => ({ path: a.path, label: t(a.label) }))];

  return (
    <nav aria-label={t('nav.label')}>
      {entries.map((entry) => (
        <NavLink
          key={entry.path}
          component={RouterLink}
          to={entry.path}
          end={entry.path === '/'}
          label={entry.label}
          variant="filled"
          active={entry.path === '/' ? pathname === '/' : pathname.startsWith(entry.path)}
          onClick={onNavigate}
        />
      ))}
    </nav>
  );
}
