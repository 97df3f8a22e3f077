import { Button, Group, Modal, Table } from '@mantine/core';
import { useState } from 'react';
import { type ApiError, toApiError } from '../../api/api-error';
import { useMutation } from '../../api/use-mutation';
import { useQuery } from '../../api/use-query';
import { FormError } from '../../components/form-error';
import { ListState } from '../../components/list-state';
import { StatusBadge } from '../../components/status-badge';
import { useI18n } from '../../i18n/i18n-context';
import type { BookableSession } from './book-dialog';
import { bookingStatusLabel, courseTitle } from './training-text';
import { BookingsQuery, MarkAttendanceMutation } from './trainings.operations';

/** The training manager's view of one session: who booked, and attendance once it has started. */
export function ParticipantsDialog({ session, onClose }: { session: BookableSession; onClose: () => void }) {
  const { t, locale, formatDateTime } = useI18n();
  const bookings = useQuery(BookingsQuery, { sessionId: session.id, page: { limit: 100, offset: 0 } });
  const [mark, busy] = useMutation(MarkAttendanceMutation);
  const [error, setError] = useState<ApiError>();
  const items = bookings.data?.bookings.items ?? [];

  const markAttendance = async (bookingId: string, attended: boolean) => {
    setError(undefined);
    try {
      await mark({ input: { bookingId, attended } });
      bookings.refetch();
    } catch (e) {
      setError(toApiError(e));
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      size="xl"
      centered
      title={t('trainings.participantsOf', { course: courseTitle(locale, session), date: formatDateTime(session.startsAt) })}
      closeButtonProps={{ 'aria-label': t('action.close') }}
    >
      <FormError error={error} />
      <ListState
        loading={bookings.loading}
        error={bookings.error}
        isEmpty={items.length === 0}
        emptyText={t('trainings.participantsEmpty')}
        onRetry={bookings.refetch}
      >
        <Table data-testid="participants-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('trainings.participant')}</Table.Th>
              <Table.Th>{t('trainings.organisation')}</Table.Th>
              <Table.Th>{t('trainings.status')}</Table.Th>
              <Table.Th>{t('trainings.attendance')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((b) => (
              <Table.Tr key={b.id} data-participant={b.participantName}>
                <Table.Td>{b.participantName}</Table.Td>
                <Table.Td>{b.organisationName}</Table.Td>
                <Table.Td>
                  <StatusBadge
                    status={b.status}
                    label={
                      b.status === 'WAITLISTED' && b.waitlistPosition
                        ? t('trainings.waitlistPosition', { position: b.waitlistPosition })
                        : bookingStatusLabel(t, b.status)
                    }
                  />
                </Table.Td>
                <Table.Td>
                  {(b.status === 'CONFIRMED' || b.status === 'ATTENDED' || b.status === 'NO_SHOW') && (
                    <Group gap="xs" wrap="nowrap">
                      <Button
                        size="xs"
                        variant={b.status === 'ATTENDED' ? 'filled' : 'default'}
                        disabled={busy}
                        onClick={() => void markAttendance(b.id, true)}
                        aria-label={t('trainings.markAttendedFor', { name: b.participantName })}
                      >
                        {t('trainings.markAttended')}
                      </Button>
                      <Button
                        size="xs"
                        variant={b.status === 'NO_SHOW' ? 'filled' : 'default'}
                        disabled={busy}
                        onClick={() => void markAttendance(b.id, false)}
                        aria-label={t('trainings.markNoShowFor', { name: b.participantName })}
                      >
                        {t('trainings.markNoShow')}
                      </Button>
                    </Group>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ListState>
    </Modal>
  );
}
