import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { NotFoundError, type Page, pageOf, pageWindow, Permission, type RequestContext } from '@portal/core';
import type { DataSource, EntityManager } from 'typeorm';
import { allowedActions, seesReviewThread } from './article-permissions';
import { ARTICLE_COLUMNS, SUMMARY_COLUMNS } from './article-rows';
import { articleVisibilitySql } from './article-visibility';
import { ArticleListScope, ArticleSort, type ArticlesArgs } from './dto/article.input';
import { KnowledgeViewerService } from './knowledge-viewer.service';
import type { ArticleEventModel, ArticleModel, ArticleSummaryModel, ArticleVersionModel } from './models/article.model';
import { SqlParams } from './sql-params';

const SORTS: Record<ArticleSort, string> = {
  [ArticleSort.UPDATED]: 'a.updated_at DESC',
  [ArticleSort.TITLE]: 'lower(a.title), a.id',
  [ArticleSort.PUBLISHED]: 'a.published_at DESC NULLS LAST',
  [ArticleSort.HELPFUL]: 'a.helpful_count - a.unhelpful_count DESC, a.solved_count DESC',
};

// Most urgent first: waiting for review, then open flags, then past the review date.
const REVIEW_QUEUE_ORDER = `CASE WHEN a.status = 'IN_REVIEW' THEN 0 WHEN a.open_flag_count > 0 THEN 1 ELSE 2 END,
  a.open_flag_count DESC, a.review_by NULLS LAST, a.updated_at`;

/** Lifecycle steps any reader of a published article may see; an EDIT's comment is the version it made (`v3`). */
const PUBLIC_EVENT_ACTIONS = ['PUBLISH', 'EDIT', 'ARCHIVE', 'RESTORE'];

/** Reading articles: lookups, lists, versions and the review thread, always through the visibility rule. */
@Injectable()
export class ArticlesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly viewers: KnowledgeViewerService,
  ) {}

  async get(ctx: RequestContext, id: string, em: EntityManager = this.dataSource.manager): Promise<ArticleModel> {
    const viewer = await this.viewers.viewer(ctx);
    const p = new SqlParams();
    const idParam = p.add(id);
    const userParam = p.add(viewer.userId);
    const [row] = await em.query<(Omit<ArticleModel, 'allowedActions'> & { myRating: boolean | null })[]>(
      `SELECT ${ARTICLE_COLUMNS},
              (SELECT f.helpful FROM article_feedback f WHERE f.article_id = a.id AND f.user_id = ${userParam}) AS "myRating",
              EXISTS (SELECT 1 FROM article_use u WHERE u.article_id = a.id AND u.user_id = ${userParam} AND u.kind = 'SOLVED') AS "usedBySelf"
         FROM article a WHERE a.id = ${idParam} AND ${articleVisibilitySql(viewer, p)}`,
      p.values,
    );
    if (!row) throw new NotFoundError('Article', id);
    return { ...row, allowedActions: allowedActions(ctx, row) };
  }

  async list(ctx: RequestContext, args: ArticlesArgs): Promise<Page<ArticleSummaryModel>> {
    const viewer = await this.viewers.viewer(ctx);
    const p = new SqlParams();
    const where = [articleVisibilitySql(viewer, p)];
    if (args.scope === ArticleListScope.MY_ORGANISATION) where.push(`a.author_organisation_id = ${p.add(viewer.organisationId)}`);
    if (args.scope === ArticleListScope.REVIEW_QUEUE) {
      ctx.require(Permission.KnowledgeReview);
      where.push(`(a.status = 'IN_REVIEW' OR (a.status = 'PUBLISHED' AND (a.open_flag_count > 0 OR a.review_by < current_date)))`);
    }
    if (args.status) where.push(`a.status = ${p.add(args.status)}`);
    if (args.kind) where.push(`a.kind = ${p.add(args.kind)}`);
    if (args.language) where.push(`a.language = ${p.add(args.language)}`);
    if (args.productLineId) where.push(`a.product_line_ids @> ARRAY[${p.add(args.productLineId)}::uuid]`);
    if (args.serviceCategoryId) where.push(`a.service_category_ids @> ARRAY[${p.add(args.serviceCategoryId)}::uuid]`);
    const { offset, limit } = pageWindow(args.page);
    const order = args.scope === ArticleListScope.REVIEW_QUEUE ? REVIEW_QUEUE_ORDER : SORTS[args.sort];
    const rows = await this.dataSource.query<(ArticleSummaryModel & { total: string })[]>(
      `SELECT ${SUMMARY_COLUMNS}, count(*) OVER () AS total FROM article a WHERE ${where.join(' AND ')}
        ORDER BY ${order}, a.id LIMIT ${p.add(limit)} OFFSET ${p.add(offset)}`,
      p.values,
    );
    const total = rows.length ? Number(rows[0].total) : offset > 0 ? await this.count(where, p) : 0;
    return pageOf(
      rows.map(({ total: _total, ...r }) => r),
      total,
      args.page,
    );
  }

  private async count(where: string[], p: SqlParams): Promise<number> {
    const values = p.values.slice(0, -2);
    const [{ n }] = await this.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM article a WHERE ${where.join(' AND ')}`,
      values,
    );
    return n;
  }

  async versions(ctx: RequestContext, id: string): Promise<ArticleVersionModel[]> {
    await this.get(ctx, id);
    return this.dataSource.query<ArticleVersionModel[]>(`${VERSION_SELECT} WHERE v.article_id = $1 ORDER BY v.version DESC`, [id]);
  }

  async version(ctx: RequestContext, id: string, version: number): Promise<ArticleVersionModel> {
    await this.get(ctx, id);
    const [row] = await this.dataSource.query<ArticleVersionModel[]>(`${VERSION_SELECT} WHERE v.article_id = $1 AND v.version = $2`, [
      id,
      version,
    ]);
    if (!row) throw new NotFoundError('ArticleVersion', `${id}@${version}`);
    return row;
  }

  /**
   * The article's history. The review conversation (drafting, submissions, change requests, rejections, comments, and
   * what editors wrote on any step) belongs to the authoring organisation and the knowledge editors; every other reader
   * of a published article sees only its public lifecycle: when it was published, edited into a new version, archived
   * and restored, and by whom (as the versions show), without the comments.
   */
  async events(ctx: RequestContext, id: string, em: EntityManager = this.dataSource.manager): Promise<ArticleEventModel[]> {
    const thread = seesReviewThread(ctx, await this.get(ctx, id, em));
    return em.query<ArticleEventModel[]>(
      `SELECT e.id::text AS id, e.action, e.from_status AS "fromStatus", e.to_status AS "toStatus",
              CASE WHEN $2 OR e.action = 'EDIT' THEN e.comment ELSE '' END AS comment,
              u.display_name AS "actorName", e.occurred_at AS "occurredAt"
         FROM article_event e LEFT JOIN app_user u ON u.id = e.actor_user_id
        WHERE e.article_id = $1 AND ($2 OR e.action = ANY ($3::text[])) ORDER BY e.id`,
      [id, thread, PUBLIC_EVENT_ACTIONS],
    );
  }
}

const VERSION_SELECT = `SELECT v.version, v.title, v.summary, v.body, v.language, v.product_line_ids AS "productLineIds",
  v.service_category_ids AS "serviceCategoryIds", v.tags, v.codes, v.audience, v.min_tier_rank AS "minTierRank",
  u.display_name AS "editedByName", v.created_at AS "createdAt"
  FROM article_version v LEFT JOIN app_user u ON u.id = v.edited_by`;
