import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  assertOrganisationVisible,
  AuditService,
  ForbiddenError,
  NotFoundError,
  type Page,
  pageOf,
  pageWindow,
  Permission,
  type RequestContext,
  TransactionService,
  visibleOrganisationIds,
} from '@portal/core';
import { NotificationsService } from '@portal/notifications';
import { QueryFailedError, type DataSource, type EntityManager } from 'typeorm';
import { BOOKING_SELECT, bookingRow } from './booking-rows';
import type { BookingsArgs, BookSeatInput } from './dto/training.input';
import type { BookingModel } from './models/training.model';
import { assertMayActFor } from './participant-access';
import {
  alreadyBooked,
  priorityBookingOnly,
  bookingNotCancellable,
  idempotencyKeyReused,
  noParticipantsOrganisation,
  seatCapReached,
  sessionNotBookable,
} from './trainings.errors';

interface SessionRow {
  id: string;
  status: string;
  starts_at: Date;
  booking_deadline: Date;
  cancellation_deadline: Date;
  seat_cap_per_organisation: number | null;
  priority_until: Date | null;
}

const constraintOf = (error: unknown): string | undefined =>
  error instanceof QueryFailedError ? (error.driverError as { constraint?: string }).constraint : undefined;

/**
 * Seats are taken with one conditional UPDATE of the session's counter (the row lock it takes
 * serialises the race, the CHECK makes overbooking impossible); whoever does not get a seat waits in
 * arrival order, and a freed seat goes to the first waiting person in the same transaction.
 */
@Injectable()
export class BookingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  async list(ctx: RequestContext, args: BookingsArgs): Promise<Page<BookingModel>> {
    const { offset, limit } = pageWindow(args.page);
    const params: unknown[] = [];
    const where = ['TRUE'];
    const scope = visibleOrganisationIds(ctx);
    if (scope) where.push(`b.organisation_id = ANY($${params.push(scope)})`);
    // A technician sees their own bookings; team bookings take the partner admin's permission.
    if (scope && !ctx.can(Permission.BookingCreateForTeam)) where.push(`b.participant_id = $${params.push(ctx.user.userId)}`);
    if (args.sessionId) where.push(`b.session_id = $${params.push(args.sessionId)}`);
    const condition = where.join(' AND ');
    const [items, [{ count }]] = await Promise.all([
      this.dataSource.query<BookingModel[]>(
        `${BOOKING_SELECT} WHERE ${condition} ORDER BY s.starts_at DESC, b.id OFFSET ${offset} LIMIT ${limit}`,
        params,
      ),
      this.dataSource.query<{ count: number }[]>(`SELECT count(*)::int AS count FROM booking b WHERE ${condition}`, params),
    ]);
    return pageOf(items, count, args.page);
  }

  async book(ctx: RequestContext, input: BookSeatInput): Promise<BookingModel> {
    const user = ctx.user;
    const participantId = input.participantId ?? user.userId;
    if (participantId !== user.userId) ctx.require(Permission.BookingCreateForTeam);
    if (user.organisationKind !== 'PARTNER') throw noParticipantsOrganisation();
    if (input.idempotencyKey) {
      const replay = await this.replay(user.userId, input);
      if (replay) return replay;
    }
    try {
      const id = await this.tx.run(async (em) => {
        await this.assertTeamMember(em, ctx, participantId);
        const session = await this.bookableSession(em, input.sessionId);
        if (session.priority_until && session.priority_until > new Date()) await this.assertPriority(em, session, user.organisationId);
        if (session.seat_cap_per_organisation) await this.assertSeatCap(em, session, user.organisationId);
        // Seat and booking in one statement: the session row stays locked only for the few writes left before commit.
        // The lock is taken on a session still scheduled, so a cancellation either waits for this booking (and
        // cancels it too) or has committed first, and then nothing is booked.
        const [booking] = await em.query<{ id: string; status: string }[]>(
          `WITH open AS (SELECT id FROM training_session WHERE id = $1 AND status = 'SCHEDULED' FOR NO KEY UPDATE),
                seat AS (UPDATE training_session SET seats_taken = seats_taken + 1, updated_at = now()
                          WHERE id = (SELECT id FROM open) AND seats_taken < capacity RETURNING id)
           INSERT INTO booking (session_id, participant_id, organisation_id, booked_by, status, idempotency_key)
           SELECT $1, $2, $3, $4, CASE WHEN EXISTS (SELECT 1 FROM seat) THEN 'CONFIRMED' ELSE 'WAITLISTED' END, $5 FROM open
           RETURNING id::text AS id, status`,
          [session.id, participantId, user.organisationId, user.userId, input.idempotencyKey ?? null],
        );
        if (!booking) {
          await this.bookableSession(em, session.id); // names why: cancelled or completed meanwhile
          throw sessionNotBookable('SESSION_CANCELLED');
        }
        await this.audit.record(em, ctx, {
          action: 'booking.create',
          entityType: 'booking',
          entityId: booking.id,
          organisationId: user.organisationId,
          after: { sessionId: session.id, participantId, status: booking.status },
        });
        await this.notifications.notifyUser(
          em,
          participantId,
          booking.status === 'CONFIRMED' ? 'BOOKING_CONFIRMED' : 'BOOKING_WAITLISTED',
          {
            bookingId: booking.id,
            sessionId: session.id,
          },
        );
        return booking.id;
      });
      return await bookingRow(this.dataSource.manager, id);
    } catch (error) {
      const constraint = constraintOf(error);
      if ((constraint === 'booking_once_per_person' || constraint === 'booking_idempotency') && input.idempotencyKey) {
        // A concurrent retry won the race; answer with its result.
        const replay = await this.replay(user.userId, input);
        if (replay) return replay;
      }
      if (constraint === 'booking_once_per_person') throw alreadyBooked();
      throw error;
    }
  }

  /** Before the cancellation deadline the seat is freed (and given to the first waiting); after it, it stays taken. */
  async cancel(ctx: RequestContext, bookingId: string): Promise<BookingModel> {
    return this.tx.run(async (em) => {
      const [b] = await em.query<{ id: string; session_id: string; participant_id: string; organisation_id: string; status: string }[]>(
        `SELECT id::text, session_id, participant_id, organisation_id, status FROM booking WHERE id = $1 FOR UPDATE`,
        [bookingId],
      );
      if (!b) throw new NotFoundError('Booking', bookingId);
      assertOrganisationVisible(ctx, b.organisation_id, 'Booking', bookingId);
      assertMayActFor(ctx, b.participant_id);
      const [session] = await em.query<SessionRow[]>(`SELECT * FROM training_session WHERE id = $1 FOR UPDATE`, [b.session_id]);
      if (b.status !== 'CONFIRMED' && b.status !== 'WAITLISTED') throw bookingNotCancellable(b.status);
      if (session.starts_at <= new Date()) throw sessionNotBookable('SESSION_PAST');
      let status = 'CANCELLED';
      if (b.status === 'CONFIRMED') {
        if (new Date() > session.cancellation_deadline) {
          status = 'LATE_CANCELLED';
        } else {
          await em.query(`UPDATE training_session SET seats_taken = seats_taken - 1, updated_at = now() WHERE id = $1`, [session.id]);
        }
      }
      await em.query(`UPDATE booking SET status = $2, updated_at = now() WHERE id = $1`, [bookingId, status]);
      await this.audit.record(em, ctx, {
        action: 'booking.cancel',
        entityType: 'booking',
        entityId: bookingId,
        organisationId: b.organisation_id,
        before: { status: b.status },
        after: { status },
      });
      if (status === 'CANCELLED' && b.status === 'CONFIRMED') await this.promoteWaiting(em, ctx, session.id);
      return bookingRow(em, bookingId);
    });
  }

  /** Fills free seats from the waiting list in arrival order; the caller holds the session row lock. */
  async promoteWaiting(em: EntityManager, ctx: RequestContext, sessionId: string): Promise<number> {
    let promoted = 0;
    for (;;) {
      const [next] = await em.query<{ id: string; participant_id: string; organisation_id: string }[]>(
        `SELECT id::text, participant_id, organisation_id FROM booking WHERE session_id = $1 AND status = 'WAITLISTED' ORDER BY booking.id LIMIT 1 FOR UPDATE`,
        [sessionId],
      );
      if (!next) return promoted;
      if (!(await this.takeSeat(em, sessionId))) return promoted;
      await em.query(`UPDATE booking SET status = 'CONFIRMED', updated_at = now() WHERE id = $1`, [next.id]);
      await this.audit.record(em, ctx, {
        action: 'booking.promote',
        entityType: 'booking',
        entityId: next.id,
        organisationId: next.organisation_id,
        before: { status: 'WAITLISTED' },
        after: { status: 'CONFIRMED' },
      });
      await this.notifications.notifyUser(em, next.participant_id, 'BOOKING_PROMOTED', { bookingId: next.id, sessionId });
      promoted++;
    }
  }

  /** The single conditional update that takes a seat, or reports that none is left. */
  private async takeSeat(em: EntityManager, sessionId: string): Promise<boolean> {
    // TypeORM answers an UPDATE with [rows, affected].
    const [, affected] = await em.query<[unknown[], number]>(
      `UPDATE training_session SET seats_taken = seats_taken + 1, updated_at = now()
        WHERE id = $1 AND status = 'SCHEDULED' AND seats_taken < capacity`,
      [sessionId],
    );
    return affected === 1;
  }

  private async replay(userId: string, input: BookSeatInput): Promise<BookingModel | null> {
    const [existing] = await this.dataSource.query<{ id: string; session_id: string; participant_id: string }[]>(
      `SELECT id::text, session_id, participant_id FROM booking WHERE booked_by = $1 AND idempotency_key = $2`,
      [userId, input.idempotencyKey],
    );
    if (!existing) return null;
    // The same key for another session or another participant is a different request, not a retry.
    if (existing.session_id !== input.sessionId || existing.participant_id !== (input.participantId ?? userId))
      throw idempotencyKeyReused();
    return bookingRow(this.dataSource.manager, existing.id);
  }

  private async assertTeamMember(em: EntityManager, ctx: RequestContext, participantId: string): Promise<void> {
    const [p] = await em.query<{ organisation_id: string; status: string }[]>(
      `SELECT organisation_id, status FROM app_user WHERE id = $1`,
      [participantId],
    );
    if (!p || p.organisation_id !== ctx.user.organisationId) throw new NotFoundError('User', participantId);
    if (p.status !== 'ACTIVE') throw new ForbiddenError('PARTICIPANT_INACTIVE', "the participant's account is not active");
  }

  private async bookableSession(em: EntityManager, sessionId: string): Promise<SessionRow> {
    const [s] = await em.query<SessionRow[]>(`SELECT * FROM training_session WHERE id = $1`, [sessionId]);
    if (!s) throw new NotFoundError('TrainingSession', sessionId);
    if (s.status === 'CANCELLED') throw sessionNotBookable('SESSION_CANCELLED');
    if (s.status === 'COMPLETED') throw sessionNotBookable('SESSION_COMPLETED');
    const now = new Date();
    if (s.starts_at <= now) throw sessionNotBookable('SESSION_PAST');
    if (s.booking_deadline < now) throw sessionNotBookable('BOOKING_CLOSED');
    return s;
  }

  /** Sessions planned from training needs open first to the partners whose needs they answer. */
  private async assertPriority(em: EntityManager, s: SessionRow, organisationId: string): Promise<void> {
    const allowed = await em.query<unknown[]>(
      `SELECT 1 FROM session_priority_organisation WHERE session_id = $1 AND organisation_id = $2`,
      [s.id, organisationId],
    );
    if (!allowed.length) throw priorityBookingOnly(s.priority_until!);
  }

  /** Serialises the organisation's own bookings on this session, so the cap cannot be raced past. */
  private async assertSeatCap(em: EntityManager, s: SessionRow, organisationId: string): Promise<void> {
    await em.query(`SELECT pg_advisory_xact_lock(hashtext($1 || $2))`, [s.id, organisationId]);
    const [{ n }] = await em.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM booking WHERE session_id = $1 AND organisation_id = $2 AND status IN ('CONFIRMED', 'WAITLISTED')`,
      [s.id, organisationId],
    );
    if (s.seat_cap_per_organisation !== null && n >= s.seat_cap_per_organisation) throw seatCapReached(s.seat_cap_per_organisation);
  }
}
