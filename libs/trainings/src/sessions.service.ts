import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AuditService,
  BadInputError,
  ConflictError,
  NotFoundError,
  type Page,
  pageOf,
  pageWindow,
  type RequestContext,
  TransactionService,
} from '@portal/core';
import { NotificationsService } from '@portal/notifications';
import type { DataSource, EntityManager } from 'typeorm';
import { BookingsService } from './bookings.service';
import type { SessionInput, SessionsArgs } from './dto/training.input';
import type { TrainingSessionModel } from './models/training.model';

const SESSION_SELECT = `
  SELECT s.id, s.course_id AS "courseId", c.code AS "courseCode", c.title_de AS "courseTitleDe", c.title_en AS "courseTitleEn",
         c.format, s.starts_at AS "startsAt", s.ends_at AS "endsAt", s.time_zone AS "timeZone", s.venue, s.online_url AS "onlineUrl",
         s.region, s.language, s.trainer, s.capacity, s.seats_taken AS "seatsTaken", s.capacity - s.seats_taken AS "seatsLeft",
         (SELECT count(*)::int FROM booking w WHERE w.session_id = s.id AND w.status = 'WAITLISTED') AS "waitlistLength",
         s.seat_cap_per_organisation AS "seatCapPerOrganisation", s.booking_deadline AS "bookingDeadline",
         s.cancellation_deadline AS "cancellationDeadline", s.status
    FROM training_session s JOIN course c ON c.id = s.course_id`;

const DAY = 24 * 3600_000;

/** The column values of a session in INSERT order ($1 = course … $13 = cancellation deadline). */
function sessionValues(input: SessionInput, times: { bookingDeadline: Date; cancellationDeadline: Date }): unknown[] {
  return [
    input.courseId,
    input.startsAt,
    input.endsAt,
    input.timeZone,
    input.venue,
    input.onlineUrl ?? null,
    input.region,
    input.language,
    input.trainer,
    input.capacity,
    input.seatCapPerOrganisation ?? null,
    times.bookingDeadline,
    times.cancellationDeadline,
  ];
}

@Injectable()
export class SessionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly bookings: BookingsService,
  ) {}

  /** Upcoming sessions with seats left; two statements whatever the page size. */
  async list(args: SessionsArgs): Promise<Page<TrainingSessionModel>> {
    const { offset, limit } = pageWindow(args.page);
    const f = args.filter;
    const params: unknown[] = [f?.from ?? new Date()];
    const where = ['s.starts_at >= $1'];
    if (f?.to) where.push(`s.starts_at < $${params.push(f.to)}`);
    if (f?.courseId) where.push(`s.course_id = $${params.push(f.courseId)}`);
    if (f?.productLineId) where.push(`c.product_line_id = $${params.push(f.productLineId)}`);
    if (f?.format) where.push(`c.format = $${params.push(f.format)}`);
    if (f?.region) where.push(`starts_with(s.region, $${params.push(f.region)})`);
    if (f?.language) where.push(`s.language = $${params.push(f.language)}`);
    where.push(`s.status = $${params.push(f?.status ?? 'SCHEDULED')}`);
    const condition = where.join(' AND ');
    const [items, [{ count }]] = await Promise.all([
      this.dataSource.query<TrainingSessionModel[]>(
        `${SESSION_SELECT} WHERE ${condition} ORDER BY s.starts_at, s.id OFFSET ${offset} LIMIT ${limit}`,
        params,
      ),
      this.dataSource.query<{ count: number }[]>(
        `SELECT count(*)::int AS count FROM training_session s JOIN course c ON c.id = s.course_id WHERE ${condition}`,
        params,
      ),
    ]);
    return pageOf(items, count, args.page);
  }

  async get(id: string, em: EntityManager = this.dataSource.manager): Promise<TrainingSessionModel> {
    const [row] = await em.query<TrainingSessionModel[]>(`${SESSION_SELECT} WHERE s.id = $1`, [id]);
    if (!row) throw new NotFoundError('TrainingSession', id);
    return row;
  }

  create(ctx: RequestContext, input: SessionInput): Promise<TrainingSessionModel> {
    return this.tx.run((em) => this.createIn(em, ctx, input));
  }

  /** Runs in the caller's transaction (also used when a session is planned from training needs). */
  async createIn(em: EntityManager, ctx: RequestContext, input: SessionInput): Promise<TrainingSessionModel> {
    const times = this.times(input);
    const [course] = await em.query<{ format: string }[]>(`SELECT format FROM course WHERE id = $1`, [input.courseId]);
    if (!course) throw new NotFoundError('Course', input.courseId);
    if (course.format === 'E_LEARNING')
      throw new ConflictError('E_LEARNING_HAS_NO_SESSIONS', 'E-learning courses have no sessions; participants enrol directly.');
    const [{ id }] = await em.query<{ id: string }[]>(
      `INSERT INTO training_session (course_id, starts_at, ends_at, time_zone, venue, online_url, region, language, trainer, capacity,
                                       seat_cap_per_organisation, booking_deadline, cancellation_deadline)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id`,
      sessionValues(input, times),
    );
    const after = await this.get(id, em);
    await this.audit.record(em, ctx, {
      action: 'training_session.create',
      entityType: 'training_session',
      entityId: id,
      organisationId: null,
      after,
    });
    return after;
  }

  /** Changing time or place tells the booked; more capacity moves the waiting list up; less cannot drop below the booked seats. */
  update(ctx: RequestContext, id: string, input: SessionInput): Promise<TrainingSessionModel> {
    const times = this.times(input);
    return this.tx.run(async (em) => {
      const [before] = await em.query<{ status: string; seats_taken: number; starts_at: Date; venue: string; online_url: string | null }[]>(
        `SELECT status, seats_taken, starts_at, venue, online_url FROM training_session WHERE id = $1 FOR UPDATE`,
        [id],
      );
      if (!before) throw new NotFoundError('TrainingSession', id);
      if (before.status !== 'SCHEDULED')
        throw new ConflictError('SESSION_NOT_SCHEDULED', `A ${before.status.toLowerCase()} session cannot be changed.`);
      if (input.capacity < before.seats_taken) {
        throw BadInputError.field(
          'capacity',
          'CAPACITY_BELOW_BOOKED',
          `${before.seats_taken} seats are booked; the capacity cannot be lower.`,
        );
      }
      const snapshot = await this.get(id, em);
      await em.query(
        `UPDATE training_session SET starts_at = $2, ends_at = $3, time_zone = $4, venue = $5, online_url = $6, region = $7, language = $8,
                trainer = $9, capacity = $10, seat_cap_per_organisation = $11, booking_deadline = $12, cancellation_deadline = $13, updated_at = now()
          WHERE id = $1`,
        [id, ...sessionValues(input, times).slice(1)],
      );
      await this.bookings.promoteWaiting(em, ctx, id);
      const moved =
        before.starts_at.getTime() !== input.startsAt.getTime() ||
        before.venue !== input.venue ||
        before.online_url !== (input.onlineUrl ?? null);
      if (moved) await this.tellBooked(em, id, 'SESSION_CHANGED');
      const after = await this.get(id, em);
      await this.audit.record(em, ctx, {
        action: 'training_session.update',
        entityType: 'training_session',
        entityId: id,
        organisationId: null,
        before: snapshot,
        after,
      });
      return after;
    });
  }

  /** Cancelling releases every seat and tells everyone booked or waiting. */
  cancel(ctx: RequestContext, id: string, reason: string): Promise<TrainingSessionModel> {
    return this.tx.run(async (em) => {
      const [s] = await em.query<{ status: string }[]>(`SELECT status FROM training_session WHERE id = $1 FOR UPDATE`, [id]);
      if (!s) throw new NotFoundError('TrainingSession', id);
      if (s.status !== 'SCHEDULED')
        throw new ConflictError('SESSION_NOT_SCHEDULED', `A ${s.status.toLowerCase()} session cannot be cancelled.`);
      await this.tellBooked(em, id, 'SESSION_CANCELLED', { reason });
      await em.query(
        `UPDATE booking SET status = 'CANCELLED', updated_at = now() WHERE session_id = $1 AND status IN ('CONFIRMED', 'WAITLISTED', 'LATE_CANCELLED')`,
        [id],
      );
      await em.query(`UPDATE training_session SET status = 'CANCELLED', seats_taken = 0, updated_at = now() WHERE id = $1`, [id]);
      await this.audit.record(em, ctx, {
        action: 'training_session.cancel',
        entityType: 'training_session',
        entityId: id,
        organisationId: null,
        before: { status: 'SCHEDULED' },
        after: { status: 'CANCELLED', reason },
      });
      return this.get(id, em);
    });
  }

  private async tellBooked(em: EntityManager, sessionId: string, kind: string, extra: Record<string, unknown> = {}): Promise<void> {
    const people = await em.query<{ participant_id: string }[]>(
      `SELECT participant_id FROM booking WHERE session_id = $1 AND status IN ('CONFIRMED', 'WAITLISTED', 'LATE_CANCELLED')`,
      [sessionId],
    );
    for (const p of people) await this.notifications.notifyUser(em, p.participant_id, kind, { sessionId, ...extra });
  }

  private times(input: SessionInput): { bookingDeadline: Date; cancellationDeadline: Date } {
    if (input.endsAt <= input.startsAt) throw BadInputError.field('endsAt', 'INVALID_PERIOD', 'The session must end after it starts.');
    const bookingDeadline = input.bookingDeadline ?? input.startsAt;
    const cancellationDeadline = input.cancellationDeadline ?? new Date(Math.max(Date.now(), input.startsAt.getTime() - 2 * DAY));
    if (bookingDeadline > input.startsAt)
      throw BadInputError.field('bookingDeadline', 'DEADLINE_AFTER_START', 'The booking deadline must not be after the start.');
    if (cancellationDeadline > input.startsAt) {
      throw BadInputError.field('cancellationDeadline', 'DEADLINE_AFTER_START', 'The cancellation deadline must not be after the start.');
    }
    return { bookingDeadline, cancellationDeadline };
  }
}
