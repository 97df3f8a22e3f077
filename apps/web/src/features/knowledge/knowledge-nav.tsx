import { Button } from '@mantine/core';
import { Link } from 'react-router';
import { can } from '../../access/permissions';
import { useI18n } from '../../i18n/i18n-context';
import { useViewer } from '../../session/session-context';

type Current = 'search' | 'mine' | 'write' | 'review' | 'other';

/** The knowledge area's own pages, each offered to those who may use it. */
export function KnowledgeNav({ current }: { current: Current }) {
  const { t } = useI18n();
  const viewer = useViewer();
  const writer = can(viewer, 'knowledge.write');
  const editor = can(viewer, 'knowledge.review');
  const partner = viewer.organisation.kind !== 'MANUFACTURER';
  const entries = [
    { id: 'search', to: '/knowledge', label: t('knowledge.nav.search'), show: current !== 'search' },
    { id: 'mine', to: '/knowledge/mine', label: t('knowledge.nav.mine'), show: writer },
    { id: 'write', to: '/knowledge/new', label: partner ? t('knowledge.nav.write') : t('knowledge.nav.writeKnowhow'), show: writer },
    { id: 'review', to: '/knowledge/review', label: t('knowledge.nav.review'), show: editor },
  ];
  return (
    <>
      {entries
        .filter((entry) => entry.show)
        .map((entry) => (
          <Button
            key={entry.id}
            component={Link}
            to={entry.to}
            variant={entry.id === current ? 'filled' : 'default'}
            aria-current={entry.id === current ? 'page' : undefined}
          >
            {entry.label}
          </Button>
        ))}
    </>
  );
}
