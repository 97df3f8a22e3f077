import { ConflictError } from '@portal/core';

export const sessionNotBookable = (reason: 'SESSION_CANCELLED' | 'SESSION_COMPLETED' | 'SESSION_PAST' | 'BOOKING_CLOSED'): ConflictError =>
  new ConflictError(
    reason,
    {
      SESSION_CANCELLED: 'This session was cancelled.',
      SESSION_COMPLETED: 'This session has already taken place.',
      SESSION_PAST: 'This session has already started.',
      BOOKING_CLOSED: 'The booking deadline of this session has passed.',
    }[reason],
  );

export const alreadyBooked = (): ConflictError =>
  new ConflictError('ALREADY_BOOKED', 'This person is already booked or waiting for this session.');

export const seatCapReached = (cap: number): ConflictError =>
  new ConflictError('ORGANISATION_SEAT_CAP_REACHED', `Your organisation may book at most ${cap} seats in this session.`, { cap });

export const idempotencyKeyReused = (): ConflictError =>
  new ConflictError('IDEMPOTENCY_KEY_REUSED', 'This idempotency key was already used for a different booking.');

export const bookingNotCancellable = (status: string): ConflictError =>
  new ConflictError('BOOKING_NOT_CANCELLABLE', `A ${status.toLowerCase()} booking cannot be cancelled.`, { status });

export const attendanceTooEarly = (): ConflictError =>
  new ConflictError('SESSION_NOT_STARTED', 'Attendance can be taken once the session has started.');

export const attendanceNotApplicable = (status: string): ConflictError =>
  new ConflictError('ATTENDANCE_NOT_APPLICABLE', `Attendance cannot be recorded for a ${status.toLowerCase()} booking.`, { status });

export const noParticipantsOrganisation = (): ConflictError =>
  new ConflictError('PARTNERS_ONLY', 'Seats are booked for people of service partners.');

export const priorityBookingOnly = (until: Date): ConflictError =>
  new ConflictError('PRIORITY_BOOKING_ONLY', `Until ${until.toISOString()} only the partners who asked for this session may book.`, {
    until: until.toISOString(),
  });
