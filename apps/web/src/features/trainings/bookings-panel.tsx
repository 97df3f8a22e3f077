import { Anchor, Button, Group, Table } from '@mantine/core';
import { useMutation } from '../../api/use-mutation';
import { useQuery } from '../../api/use-query';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { useConfirmedAction } from '../../components/use-confirmed-action';
import { ListState } from '../../components/list-state';
import { StatusBadge } from '../../components/status-badge';
import type { BookingsQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { CalendarFeed } from './calendar-feed';
import { bookingStatusLabel, courseTitle } from './training-text';
import { BookingsQuery as BookingsDocument, CancelBookingMutation } from './trainings.operations';

type Booking = BookingsQuery['bookings']['items'][number];

/** The viewer's bookings (a partner admin: the team's), with calendar file and cancellation. */
export function BookingsPanel() {
  const { t, locale, formatDateTime } = useI18n();
  const bookings = useQuery(BookingsDocument, { page: { limit: 100, offset: 0 } });
  const [cancel, busy] = useMutation(CancelBookingMutation);
  const cancelling = useConfirmedAction((b: Booking) => cancel({ id: b.id }), t('trainings.cancelled'), bookings.refetch);
  const toCancel = cancelling.item;
  const items = bookings.data?.bookings.items ?? [];

  return (
    <>
      <CalendarFeed />
      <ListState
        loading={bookings.loading}
        error={bookings.error}
        isEmpty={items.length === 0}
        emptyText={t('trainings.bookingsEmpty')}
        onRetry={bookings.refetch}
      >
        <Table.ScrollContainer minWidth={700}>
          <Table data-testid="bookings-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('trainings.course')}</Table.Th>
                <Table.Th>{t('trainings.start')}</Table.Th>
                <Table.Th>{t('trainings.participant')}</Table.Th>
                <Table.Th>{t('trainings.status')}</Table.Th>
                <Table.Th>
                  <span className="visually-hidden">{t('trainings.actions')}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((b) => {
                const live = b.status === 'CONFIRMED' || b.status === 'WAITLISTED';
                return (
                  <Table.Tr key={b.id} data-session-id={b.sessionId} data-participant={b.participantName}>
                    <Table.Td>{courseTitle(locale, b)}</Table.Td>
                    <Table.Td>{formatDateTime(b.startsAt)}</Table.Td>
                    <Table.Td>{b.participantName}</Table.Td>
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
                      <Group gap="sm" wrap="nowrap">
                        {live && (
                          <Anchor
                            href={`/calendar/bookings/${b.id}.ics`}
                            download
                            aria-label={t('trainings.icsFor', { name: b.participantName, course: courseTitle(locale, b) })}
                          >
                            {t('trainings.ics')}
                          </Anchor>
                        )}
                        {live && (
                          <Button
                            size="xs"
                            variant="default"
                            onClick={() => cancelling.ask(b)}
                            aria-label={t('trainings.cancelFor', { name: b.participantName, course: courseTitle(locale, b) })}
                          >
                            {t('trainings.cancel')}
                          </Button>
                        )}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </ListState>
      <ConfirmDialog
        opened={toCancel !== undefined}
        title={t('trainings.cancelTitle')}
        message={
          toCancel
            ? t('trainings.cancelMessage', {
                name: toCancel.participantName,
                course: courseTitle(locale, toCancel),
                date: formatDateTime(toCancel.startsAt),
              })
            : ''
        }
        confirmLabel={t('trainings.cancelConfirm')}
        danger
        busy={busy}
        onConfirm={cancelling.confirm}
        onCancel={cancelling.cancel}
      />
    </>
  );
}
