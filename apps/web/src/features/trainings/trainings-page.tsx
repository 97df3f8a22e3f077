import { Button, Tabs } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useSearchParams } from 'react-router';
import { can } from '../../access/permissions';
import { showNotice } from '../../components/notice';
import { PageHeader } from '../../components/page-header';
import type { MessageKey } from '../../i18n/messages';
import { useI18n } from '../../i18n/i18n-context';
import { useViewer } from '../../session/session-context';
import { BookingsPanel } from './bookings-panel';
import { CertificatesPanel } from './certificates-panel';
import { CreateSessionModal } from './create-session-modal';
import { ElearningPanel } from './elearning-panel';
import { NeedsPanel } from './needs-panel';
import { SessionsPanel } from './sessions-panel';

type Tab = 'sessions' | 'bookings' | 'certificates' | 'elearning' | 'needs';

/**
 * Sessions for everybody in the area; bookings and certificates for those who book; e-learning enrolments
 * (partners enrol, the training manager completes); training needs
 * for partner admins (their own) and the training manager (summed up); session planning for the training manager.
 */
export default function TrainingsPage() {
  const { t } = useI18n();
  const viewer = useViewer();
  const manager = can(viewer, 'training.manage');
  const books = can(viewer, 'booking.read') && !manager;
  const needs = can(viewer, 'training_need.manage') || can(viewer, 'training_need.read');
  const [params, setParams] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const [version, setVersion] = useState(0);

  const tabs: { id: Tab; label: MessageKey; panel: ReactNode }[] = [
    { id: 'sessions', label: 'trainings.tab.sessions', panel: <SessionsPanel key={version} /> },
    ...(books
      ? [
          { id: 'bookings' as const, label: 'trainings.tab.bookings' as const, panel: <BookingsPanel /> },
          { id: 'certificates' as const, label: 'trainings.tab.certificates' as const, panel: <CertificatesPanel /> },
        ]
      : []),
    ...(can(viewer, 'booking.read')
      ? [{ id: 'elearning' as const, label: 'trainings.tab.elearning' as const, panel: <ElearningPanel /> }]
      : []),
    ...(needs ? [{ id: 'needs' as const, label: 'trainings.tab.needs' as const, panel: <NeedsPanel /> }] : []),
  ];
  const requested = params.get('tab');
  const tab = tabs.find((candidate) => candidate.id === requested)?.id ?? 'sessions';

  return (
    <>
      <PageHeader title={t('nav.trainings')}>
        {manager && <Button onClick={() => setCreating(true)}>{t('trainings.create.open')}</Button>}
      </PageHeader>
      {tabs.length > 1 ? (
        <Tabs
          value={tab}
          onChange={(value) => setParams(value && value !== 'sessions' ? { tab: value } : {}, { replace: true })}
          keepMounted={false}
        >
          <Tabs.List mb="md">
            {tabs.map((candidate) => (
              <Tabs.Tab key={candidate.id} value={candidate.id}>
                {t(candidate.label)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {tabs.map((candidate) => (
            <Tabs.Panel key={candidate.id} value={candidate.id}>
              {candidate.panel}
            </Tabs.Panel>
          ))}
        </Tabs>
      ) : (
        tabs.find((candidate) => candidate.id === tab)?.panel
      )}
      {creating && (
        <CreateSessionModal
          onClose={(created) => {
            setCreating(false);
            if (created) {
              showNotice(t, 'green', t('trainings.create.done'));
              setVersion((v) => v + 1);
            }
          }}
        />
      )}
    </>
  );
}
