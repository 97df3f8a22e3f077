import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AppConfig,
  AuditService,
  hashToken,
  newToken,
  NotFoundError,
  Permission,
  type RequestContext,
  TransactionService,
  visibleOrganisationIds,
} from '@portal/core';
import ical from 'ical-generator';
import type { DataSource } from 'typeorm';

interface EventRow {
  id: string;
  starts_at: Date;
  ends_at: Date;
  time_zone: string;
  venue: string;
  online_url: string | null;
  title_de: string;
  title_en: string;
  status: string;
}

const EVENT_SELECT = `
  SELECT b.id::text AS id, s.starts_at, s.ends_at, s.time_zone, s.venue, s.online_url, c.title_de, c.title_en, b.status
    FROM booking b JOIN training_session s ON s.id = b.session_id JOIN course c ON c.id = s.course_id`;

/** iCalendar files per booking, and a private feed per person behind a revocable token. */
@Injectable()
export class CalendarService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(AppConfig) private readonly config: AppConfig,
    private readonly tx: TransactionService,
    private readonly audit: AuditService,
  ) {}

  async bookingIcs(ctx: RequestContext, bookingId: string): Promise<string> {
    const scope = visibleOrganisationIds(ctx);
    const ownOnly = scope !== null && !ctx.can(Permission.BookingCreateForTeam);
    const [row] = await this.dataSource.query<EventRow[]>(
      `${EVENT_SELECT} WHERE b.id = $1 AND ($2::uuid[] IS NULL OR b.organisation_id = ANY($2)) AND (NOT $3 OR b.participant_id = $4)`,
      [bookingId, scope, ownOnly, ctx.user.userId],
    );
    if (!row) throw new NotFoundError('Booking', bookingId);
    return this.render([row], ctx.user.locale);
  }

  /** Unknown and revoked tokens answer alike (null → 404). */
  async feed(token: string): Promise<string | null> {
    const [owner] = await this.dataSource.query<{ user_id: string; locale: string }[]>(
      `SELECT f.user_id, u.locale FROM calendar_feed f JOIN app_user u ON u.id = f.user_id WHERE f.token_hash = $1 AND u.status = 'ACTIVE'`,
      [hashToken(token)],
    );
    if (!owner) return null;
    const rows = await this.dataSource.query<EventRow[]>(
      `${EVENT_SELECT} WHERE b.participant_id = $1 AND b.status IN ('CONFIRMED', 'WAITLISTED', 'LATE_CANCELLED', 'ATTENDED') AND s.status <> 'CANCELLED'
        AND s.starts_at > now() - interval '180 days' ORDER BY s.starts_at`,
      [owner.user_id],
    );
    return this.render(rows, owner.locale);
  }

  /** When the viewer's feed was created; null when there is none (the URL itself is shown only once, at creation). */
  async feedCreatedAt(ctx: RequestContext): Promise<Date | null> {
    const [row] = await this.dataSource.query<{ created_at: Date }[]>(`SELECT created_at FROM calendar_feed WHERE user_id = $1`, [
      ctx.user.userId,
    ]);
    return row?.created_at ?? null;
  }

  /** A new feed URL; the previous one stops working at once. */
  createFeed(ctx: RequestContext): Promise<string> {
    const token = newToken();
    return this.tx.run(async (em) => {
      await em.query(
        `INSERT INTO calendar_feed (user_id, token_hash) VALUES ($1, $2) ON CONFLICT (user_id) DO UPDATE SET token_hash = EXCLUDED.token_hash, created_at = now()`,
        [ctx.user.userId, hashToken(token)],
      );
      await this.audit.record(em, ctx, {
        action: 'calendar_feed.create',
        entityType: 'user',
        entityId: ctx.user.userId,
        organisationId: ctx.user.organisationId,
      });
      return `${this.config.publicUrl.replace(/\/$/, '')}/calendar/feed/${token}.ics`;
    });
  }

  revokeFeed(ctx: RequestContext): Promise<boolean> {
    return this.tx.run(async (em) => {
      const [, deleted] = await em.query<[unknown, number]>(`DELETE FROM calendar_feed WHERE user_id = $1`, [ctx.user.userId]);
      if (deleted)
        await this.audit.record(em, ctx, {
          action: 'calendar_feed.revoke',
          entityType: 'user',
          entityId: ctx.user.userId,
          organisationId: ctx.user.organisationId,
        });
      return deleted > 0;
    });
  }

  private render(rows: EventRow[], locale: string): string {
    const calendar = ical({
      name: locale === 'en' ? 'Partner Portal trainings' : 'Partner-Portal Schulungen',
      prodId: { company: 'Partner Portal', product: 'trainings' },
    });
    for (const r of rows) {
      calendar.createEvent({
        id: `booking-${r.id}@partner-portal`,
        start: r.starts_at,
        end: r.ends_at,
        timezone: r.time_zone,
        summary:
          (locale === 'en' ? r.title_en : r.title_de) +
          (r.status === 'WAITLISTED' ? (locale === 'en' ? ' (waiting list)' : ' (Warteliste)') : ''),
        location: r.venue || r.online_url || undefined,
        url: r.online_url ?? undefined,
      });
    }
    return calendar.toString();
  }
}
