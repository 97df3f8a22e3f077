import { useMutation } from '../../api/use-mutation';
import { useI18n } from '../../i18n/i18n-context';
import { TeamActionDialog } from './team-action-dialog';
import { bookingStatusLabel, courseTitle, randomKey } from './training-text';
import { BookSeatMutation } from './trainings.operations';

export interface BookableSession {
  id: string;
  courseTitleDe: string;
  courseTitleEn: string;
  startsAt: string;
}

/** A technician books a seat for themselves; a partner admin picks team members, each booked on its own. */
export function BookDialog({ session, onClose }: { session: BookableSession; onClose: (changed: boolean) => void }) {
  const { t, locale, formatDateTime } = useI18n();
  const [book] = useMutation(BookSeatMutation);
  return (
    <TeamActionDialog
      title={t('trainings.book.title', { course: courseTitle(locale, session), date: formatDateTime(session.startsAt) })}
      outcomesTestId="booking-outcomes"
      texts={{ participants: t('trainings.book.participants'), self: t('trainings.book.self'), submit: t('trainings.book.submit') }}
      run={async (participantId) => {
        const { bookSeat } = await book({ input: { sessionId: session.id, participantId, idempotencyKey: randomKey() } });
        return bookSeat.status === 'WAITLISTED'
          ? t('trainings.book.waitlisted', { position: bookSeat.waitlistPosition ?? 1 })
          : bookingStatusLabel(t, bookSeat.status);
      }}
      onClose={onClose}
    />
  );
}
