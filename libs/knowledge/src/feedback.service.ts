import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AuditService,
  ConflictError,
  NotFoundError,
  type Page,
  pageOf,
  pageWindow,
  Permission,
  type RequestContext,
  TransactionService,
} from '@portal/core';
import { NotificationsService } from '@portal/notifications';
import type { DataSource, EntityManager } from 'typeorm';
import { ArticlesService } from './articles.service';
import type { ArticleUseArgs, FlagArticleArgs, FlagsArgs, ResolveFlagArgs } from './dto/feedback.input';
import type { ArticleModel } from './models/article.model';
import type { ArticleFlagModel } from './models/feedback.model';

const FLAG_SELECT = `SELECT f.id, f.article_id AS "articleId", a.title AS "articleTitle", f.reason, f.comment, f.status,
  u.display_name AS "raisedByName", o.name AS "raisedByOrganisationName", f.resolution, f.created_at AS "createdAt"
  FROM article_flag f JOIN article a ON a.id = f.article_id LEFT JOIN app_user u ON u.id = f.raised_by
  JOIN organisation o ON o.id = f.raised_by_organisation_id`;

/** KCS-style reuse signals: ratings, flags to the owner's queue, views and "used to solve". */
@Injectable()
export class FeedbackService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly articles: ArticlesService,
  ) {}

  /** Sets the viewer's rating, or takes it back with `helpful: null`; counts change only when the rating does. */
  rate(ctx: RequestContext, args: { id: string; helpful: boolean | null }): Promise<ArticleModel> {
    return this.tx.run(async (em) => {
      const article = await this.articles.get(ctx, args.id, em);
      this.requirePublished(article.status);
      await this.lockArticle(em, args.id);
      const [previous] = await em.query<{ helpful: boolean }[]>(
        `SELECT helpful FROM article_feedback WHERE article_id = $1 AND user_id = $2 FOR UPDATE`,
        [args.id, ctx.user.userId],
      );
      const before = previous?.helpful ?? null;
      if (before !== args.helpful) {
        if (args.helpful === null) {
          await em.query(`DELETE FROM article_feedback WHERE article_id = $1 AND user_id = $2`, [args.id, ctx.user.userId]);
        } else {
          await em.query(
            `INSERT INTO article_feedback (article_id, user_id, helpful) VALUES ($1, $2, $3)
             ON CONFLICT (article_id, user_id) DO UPDATE SET helpful = $3, created_at = now()`,
            [args.id, ctx.user.userId, args.helpful],
          );
        }
        const delta = (value: boolean) => (args.helpful === value ? 1 : 0) - (before === value ? 1 : 0);
        await em.query(`UPDATE article SET helpful_count = helpful_count + $2, unhelpful_count = unhelpful_count + $3 WHERE id = $1`, [
          args.id,
          delta(true),
          delta(false),
        ]);
        await this.audit.record(em, ctx, {
          action: args.helpful === null ? 'article.rate_withdraw' : 'article.rate',
          entityType: 'article',
          entityId: args.id,
          organisationId: article.authorOrganisationId,
          before: before === null ? null : { helpful: before },
          after: args.helpful === null ? null : { helpful: args.helpful },
        });
      }
      return this.articles.get(ctx, args.id, em);
    });
  }

  flag(ctx: RequestContext, args: FlagArticleArgs): Promise<ArticleFlagModel> {
    const user = ctx.user;
    return this.tx.run(async (em) => {
      const article = await this.articles.get(ctx, args.id, em);
      this.requirePublished(article.status);
      await this.lockArticle(em, args.id);
      const [open] = await em.query<{ id: string }[]>(
        `SELECT id FROM article_flag WHERE article_id = $1 AND raised_by = $2 AND status = 'OPEN' LIMIT 1`,
        [args.id, user.userId],
      );
      if (open)
        throw new ConflictError('FLAG_ALREADY_OPEN', 'You already reported a problem with this article; it is in the owner’s queue.', {
          flagId: open.id,
        });
      const [{ id }] = await em.query<{ id: string }[]>(
        `INSERT INTO article_flag (article_id, reason, comment, raised_by, raised_by_organisation_id) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [args.id, args.reason, args.comment.trim(), user.userId, user.organisationId],
      );
      await em.query(`UPDATE article SET open_flag_count = open_flag_count + 1 WHERE id = $1`, [args.id]);
      if (article.ownerId) {
        await this.notifications.notifyUser(em, article.ownerId, 'ARTICLE_FLAGGED', {
          articleId: args.id,
          title: article.title,
          reason: args.reason,
        });
      }
      await this.audit.record(em, ctx, {
        action: 'article.flag',
        entityType: 'article_flag',
        entityId: id,
        organisationId: article.authorOrganisationId,
        after: { articleId: args.id, reason: args.reason, comment: args.comment.trim() },
      });
      const [row] = await em.query<ArticleFlagModel[]>(`${FLAG_SELECT} WHERE f.id = $1`, [id]);
      return row;
    });
  }

  /** Editors resolve any flag; the queue is the owner's, but a colleague may step in. */
  resolveFlag(ctx: RequestContext, args: ResolveFlagArgs): Promise<ArticleFlagModel> {
    ctx.require(Permission.KnowledgeReview);
    return this.tx.run(async (em) => {
      const [flag] = await em.query<{ status: string; article_id: string }[]>(
        `SELECT status, article_id FROM article_flag WHERE id = $1 FOR UPDATE`,
        [args.flagId],
      );
      if (!flag) throw new NotFoundError('ArticleFlag', args.flagId);
      if (flag.status !== 'OPEN') throw new ConflictError('FLAG_ALREADY_RESOLVED', 'This flag was already resolved.');
      await em.query(`UPDATE article_flag SET status = 'RESOLVED', resolution = $2, resolved_by = $3, resolved_at = now() WHERE id = $1`, [
        args.flagId,
        args.resolution.trim(),
        ctx.user.userId,
      ]);
      await em.query(`UPDATE article SET open_flag_count = greatest(open_flag_count - 1, 0) WHERE id = $1`, [flag.article_id]);
      await this.audit.record(em, ctx, {
        action: 'article.flag_resolve',
        entityType: 'article_flag',
        entityId: args.flagId,
        organisationId: null,
        before: { status: 'OPEN' },
        after: { status: 'RESOLVED', resolution: args.resolution.trim() },
      });
      const [row] = await em.query<ArticleFlagModel[]>(`${FLAG_SELECT} WHERE f.id = $1`, [args.flagId]);
      return row;
    });
  }

  async flags(ctx: RequestContext, args: FlagsArgs): Promise<Page<ArticleFlagModel>> {
    ctx.require(Permission.KnowledgeReview);
    const { offset, limit } = pageWindow(args.page);
    const where = `f.status = $1 AND ($2::uuid IS NULL OR a.owner_user_id = $2)`;
    const params = [args.status, args.mine ? ctx.user.userId : null];
    const [rows, [{ n }]] = await Promise.all([
      this.dataSource.query<ArticleFlagModel[]>(`${FLAG_SELECT} WHERE ${where} ORDER BY f.created_at DESC, f.id LIMIT $3 OFFSET $4`, [
        ...params,
        limit,
        offset,
      ]),
      this.dataSource.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM article_flag f JOIN article a ON a.id = f.article_id WHERE ${where}`,
        params,
      ),
    ]);
    return pageOf(rows, n, args.page);
  }

  /**
   * A reader opened the article (from a search, for click-through) or says it solved their case (once per person).
   * Usage counters are statistics, not changes of the article: they are not audited.
   */
  async recordUse(ctx: RequestContext, args: ArticleUseArgs, kind: 'VIEW' | 'SOLVED'): Promise<ArticleModel> {
    return this.tx.run(async (em) => {
      const article = await this.articles.get(ctx, args.id, em);
      this.requirePublished(article.status);
      const inserted = await em.query<{ id: string }[]>(
        `INSERT INTO article_use (article_id, user_id, kind, search_id, position) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT DO NOTHING RETURNING id`,
        [args.id, ctx.user.userId, kind, args.searchId ?? null, args.position ?? null],
      );
      if (inserted.length) {
        await em.query(
          `UPDATE article SET ${kind === 'VIEW' ? 'view_count = view_count + 1' : 'solved_count = solved_count + 1'} WHERE id = $1`,
          [args.id],
        );
      }
      return this.articles.get(ctx, args.id, em);
    });
  }

  /**
   * Feedback on one article in turn: the reader's earlier rating or open flag is read under the lock, so parallel
   * requests from one person count once. Every such change updates the article row anyway.
   */
  private async lockArticle(em: EntityManager, id: string): Promise<void> {
    await em.query(`SELECT 1 FROM article WHERE id = $1 FOR NO KEY UPDATE`, [id]);
  }

  private requirePublished(status: string): void {
    if (status !== 'PUBLISHED') throw new ConflictError('ARTICLE_NOT_PUBLISHED', 'Feedback is given on published articles.');
  }
}
