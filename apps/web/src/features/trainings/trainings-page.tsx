import { Button, Tabs } from '@mantine/core';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { can } from '../../access/permissions';
import { showNotice } from '../../components/notice';
import { PageHeader } from '../../components/page-header';
import { useI18n } from '../../i18n/i18n-context';
import { useViewer } from '../../session/session-context';
import { BookingsPanel } from './bookings-panel';
import { CertificatesPanel } from './certificates-panel';
import { CreateSessionModal } from './create-session-modal';
import { SessionsPanel } from './sessions-panel';

const TABS = ['sessions', 'bookings', 'certificates'] as const;
type Tab = (typeof TABS)[number];

/** Sessions for everybody in the area; bookings and certificates for those who book; session planning for the training manager. */
export default function TrainingsPage() {
  const { t } = useI18n();
  const viewer = useViewer();
  const manager = can(viewer, 'training.manage');
  const books = can(viewer, 'booking.read') && !manager;
  const [params, setParams] = useSearchParams();
  const requested = params.get('tab') as Tab | null;
  const tab: Tab = requested && TABS.includes(requested) && (books || requested === 'sessions') ? requested : 'sessions';
  const [creating, setCreating] = useState(false);
  const [version, setVersion] = useState(0);

  return (
    <>
      <PageHeader title={t('nav.trainings')}>
        {manager && <Button onClick={() => setCreating(true)}>{t('trainings.create.open')}</Button>}
      </PageHeader>
      {books ? (
        <Tabs
          value={tab}
          onChange={(value) => setParams(value && value !== 'sessions' ? { tab: value } : {}, { replace: true })}
          keepMounted={false}
        >
          <Tabs.List mb="md">
            <Tabs.Tab value="sessions">{t('trainings.tab.sessions')}</Tabs.Tab>
            <Tabs.Tab value="bookings">{t('trainings.tab.bookings')}</Tabs.Tab>
            <Tabs.Tab value="certificates">{t('trainings.tab.certificates')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="sessions">
            <SessionsPanel />
          </Tabs.Panel>
          <Tabs.Panel value="bookings">
            <BookingsPanel />
          </Tabs.Panel>
          <Tabs.Panel value="certificates">
            <CertificatesPanel />
          </Tabs.Panel>
        </Tabs>
      ) : (
        <SessionsPanel key={version} />
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
