import { Link, useLocation } from 'react-router';
import { can } from '../../access/permissions';
import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/messages';
import { useViewer } from '../../session/session-context';

interface Tab {
  path: string;
  label: MessageKey;
  visible: boolean;
}

/** The views of the Network area as links, so each has its own address and the back button works. */
export function NetworkTabs() {
  const { t } = useI18n();
  const viewer = useViewer();
  const { pathname } = useLocation();
  const tabs: Tab[] = [
    { path: '/network', label: 'network.tab.partners', visible: can(viewer, 'grant.read') },
    { path: '/network/organisations', label: 'network.tab.organisations', visible: true },
    { path: '/network/requests', label: 'network.tab.requests', visible: can(viewer, 'tier_request.decide') },
  ];
  const visible = tabs.filter((tab) => tab.visible);
  if (visible.length < 2) return null;
  return (
    <nav className="subnav" aria-label={t('network.tabs')}>
      {visible.map((tab) => (
        <Link key={tab.path} to={tab.path} aria-current={pathname === tab.path ? 'page' : undefined}>
          {t(tab.label)}
        </Link>
      ))}
    </nav>
  );
}
