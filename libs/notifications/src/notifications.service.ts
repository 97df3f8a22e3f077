import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService, type Page, type PageInput, pageOf, pageWindow, type RequestContext, TransactionService } from '@portal/core';
import type { DataSource, EntityManager } from 'typeorm';
import type { NotificationModel } from './notification.model';

@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Tells the active admins of an organisation, in the caller's transaction: an in-app notification
   * each, and a mail in the outbox in their language.
   */
  async notifyOrganisationAdmins(
    em: EntityManager,
    organisationId: string,
    kind: string,
    params: Record<string, unknown>,
  ): Promise<number> {
    const recipients = await em.query<{ id: string; email: string; locale: string }[]>(
      `SELECT u.id, u.email, u.locale FROM app_user u JOIN user_role r ON r.user_id = u.id
        WHERE u.organisation_id = $1 AND u.status = 'ACTIVE' AND r.role IN ('PARTNER_ADMIN', 'SUBCONTRACTOR_USER')`,
      [organisationId],
    );
    for (const r of recipients) {
      await em.query(`INSERT INTO notification (user_id, kind, params) VALUES ($1, $2, $3)`, [r.id, kind, params]);
      await em.query(`INSERT INTO mail_outbox (to_email, locale, kind, params) VALUES ($1, $2, $3, $4)`, [r.email, r.locale, kind, params]);
    }
    return recipients.length;
  }

  /** Tells one person (in-app and by mail), in the caller's transaction — one statement, as it runs on hot paths. */
  async notifyUser(em: EntityManager, userId: string, kind: string, params: Record<string, unknown>): Promise<void> {
    await em.query(
      `WITH u AS (SELECT id, email, locale FROM app_user WHERE id = $1 AND status = 'ACTIVE'),
            n AS (INSERT INTO notification (user_id, kind, params) SELECT id, $2, $3 FROM u)
       INSERT INTO mail_outbox (to_email, locale, kind, params) SELECT email, locale, $2, $3 FROM u`,
      [userId, kind, params],
    );
  }

  async list(
    ctx: RequestContext,
    unreadOnly: boolean,
    page: PageInput | undefined,
  ): Promise<Page<NotificationModel> & { unreadCount: number }> {
    const { offset, limit } = pageWindow(page);
    const userId = ctx.user.userId;
    const [items, [{ total, unread }]] = await Promise.all([
      this.dataSource.query<NotificationModel[]>(
        `SELECT id, kind, params, created_at AS "createdAt", read_at AS "readAt" FROM notification
          WHERE user_id = $1 AND ($2::boolean IS FALSE OR read_at IS NULL) ORDER BY created_at DESC, id OFFSET $3 LIMIT $4`,
        [userId, unreadOnly, offset, limit],
      ),
      this.dataSource.query<{ total: number; unread: number }[]>(
        `SELECT count(*) FILTER (WHERE $2::boolean IS FALSE OR read_at IS NULL)::int AS total, count(*) FILTER (WHERE read_at IS NULL)::int AS unread
           FROM notification WHERE user_id = $1`,
        [userId, unreadOnly],
      ),
    ]);
    return { ...pageOf(items, total, page), unreadCount: unread };
  }

  /** Only the viewer's own notifications can be marked; others' ids are ignored like unknown ones. */
  markRead(ctx: RequestContext, ids: string[] | undefined): Promise<number> {
    return this.tx.run(async (em) => {
      const [, affected] = await em.query<[unknown, number]>(
        `UPDATE notification SET read_at = now() WHERE user_id = $1 AND read_at IS NULL AND ($2::uuid[] IS NULL OR id = ANY($2))`,
        [ctx.user.userId, ids ?? null],
      );
      if (affected) {
        await this.audit.record(em, ctx, {
          action: 'notification.mark_read',
          entityType: 'user',
          entityId: ctx.user.userId,
          organisationId: ctx.user.organisationId,
          after: { marked: affected },
        });
      }
      return affected;
    });
  }
}
