import { Injectable } from '@nestjs/common';
import {
  AuditService,
  BadInputError,
  type FieldProblem,
  ForbiddenError,
  NotFoundError,
  Permission,
  type RequestContext,
  TransactionService,
} from '@portal/core';
import type { EntityManager } from 'typeorm';
import { editRefusal } from './article-permissions';
import { lockArticle, recordArticleEvent, snapshotVersion } from './article-store';
import type { ArticleInput, UpdateArticleArgs } from './dto/article.input';
import { articleForbidden, articleLocked, staleRevision } from './knowledge.errors';
import { ArticlesService } from './articles.service';
import { markdownToText, sanitizeMarkdown } from './markdown';
import { ArticleAudience, type ArticleModel } from './models/article.model';

const clean = (values: string[]): string[] => [...new Set(values.map((v) => v.trim()).filter(Boolean))];

/** Writing articles: drafts by authors, edits by editors; a save of a published article is a new version. */
@Injectable()
export class ArticleEditingService {
  constructor(
    private readonly tx: TransactionService,
    private readonly audit: AuditService,
    private readonly articles: ArticlesService,
  ) {}

  create(ctx: RequestContext, input: ArticleInput): Promise<ArticleModel> {
    const user = ctx.require(Permission.KnowledgeWrite);
    if (user.organisationKind === 'SUBCONTRACTOR') throw new ForbiddenError('PARTNERS_AND_MANUFACTURER_ONLY');
    const kind = user.organisationKind === 'MANUFACTURER' ? 'SERVICE_KNOWHOW' : 'FIELD_REPORT';
    return this.tx.run(async (em) => {
      const fields = await this.validated(em, ctx, input);
      const [{ id }] = await em.query<{ id: string }[]>(
        `INSERT INTO article (kind, status, language, title, summary, body, body_text, product_line_ids, service_category_ids, tags, codes,
                              audience, min_tier_rank, limited_to_product_lines, review_by, author_user_id, author_organisation_id,
                              owner_user_id, last_editor_user_id)
         VALUES ($1, 'DRAFT', $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $15) RETURNING id`,
        [
          kind,
          ...fields.values,
          user.userId,
          user.organisationId,
          fields.ownerId ?? (ctx.can(Permission.KnowledgeReview) ? user.userId : null),
        ],
      );
      await recordArticleEvent(em, ctx, { articleId: id, action: 'CREATE', from: null, to: 'DRAFT' });
      await this.audit.record(em, ctx, {
        action: 'article.create',
        entityType: 'article',
        entityId: id,
        organisationId: user.organisationId,
        after: { kind, ...fields.audit },
      });
      return this.articles.get(ctx, id, em);
    });
  }

  update(ctx: RequestContext, args: UpdateArticleArgs): Promise<ArticleModel> {
    const user = ctx.require(Permission.KnowledgeWrite);
    return this.tx.run(async (em) => {
      const before = await this.articles.get(ctx, args.id, em);
      const state = await lockArticle(em, args.id);
      const refusal = editRefusal(ctx, state);
      if (refusal) throw refusal.code === 'FORBIDDEN' ? articleForbidden(refusal.reason) : articleLocked(refusal.reason);
      if (state.revision !== args.expectedRevision) throw staleRevision(state.revision);
      const fields = await this.validated(em, ctx, args.input);
      const owner = ctx.can(Permission.KnowledgeReview) && args.input.ownerId !== undefined ? fields.ownerId : before.ownerId;
      await em.query(
        `UPDATE article SET language = $2, title = $3, summary = $4, body = $5, body_text = $6, product_line_ids = $7,
                service_category_ids = $8, tags = $9, codes = $10, audience = $11, min_tier_rank = $12, limited_to_product_lines = $13,
                review_by = $14, last_editor_user_id = $15, owner_user_id = $16, revision = revision + 1, updated_at = now()
          WHERE id = $1`,
        [args.id, ...fields.values, user.userId, owner],
      );
      if (state.status === 'PUBLISHED') {
        const version = await snapshotVersion(em, args.id, user.userId);
        await recordArticleEvent(em, ctx, {
          articleId: args.id,
          action: 'EDIT',
          from: 'PUBLISHED',
          to: 'PUBLISHED',
          comment: `v${version}`,
        });
      }
      await this.audit.record(em, ctx, {
        action: 'article.update',
        entityType: 'article',
        entityId: args.id,
        organisationId: state.authorOrganisationId,
        before: { title: before.title, revision: before.revision, version: before.version },
        after: { ...fields.audit, revision: state.revision + 1 },
      });
      return this.articles.get(ctx, args.id, em);
    });
  }

  /** Checks references and audience rules and returns the column values in statement order. */
  private async validated(em: EntityManager, ctx: RequestContext, input: ArticleInput) {
    const problems: FieldProblem[] = [];
    const productLineIds = clean(input.productLineIds);
    const serviceCategoryIds = clean(input.serviceCategoryIds);
    const tags = clean(input.tags.map((t) => t.toLowerCase()));
    const codes = clean(input.codes);
    const body = sanitizeMarkdown(input.body);
    const { title } = input;
    if (input.audience === ArticleAudience.MANUFACTURER && !ctx.isManufacturer)
      problems.push({ field: 'audience', reason: 'AUDIENCE_NOT_ALLOWED', message: 'Only manufacturer staff write internal articles.' });
    if (input.audience === ArticleAudience.TIER && !input.minTierRank)
      problems.push({
        field: 'minTierRank',
        reason: 'TIER_RANK_REQUIRED',
        message: 'Choose the lowest tier rank that may read the article.',
      });
    if (input.limitedToProductLines && !productLineIds.length)
      problems.push({
        field: 'productLineIds',
        reason: 'PRODUCT_LINE_REQUIRED',
        message: 'Choose the product lines the article is limited to.',
      });
    if (input.ownerId && !ctx.can(Permission.KnowledgeReview))
      problems.push({ field: 'ownerId', reason: 'EDITORS_ONLY', message: 'Only knowledge editors assign an owner.' });
    if (problems.length) throw new BadInputError('INVALID_ARTICLE', problems[0].message, problems);
    const [found] = await em.query<{ lines: number; categories: number; owner: boolean }[]>(
      `SELECT (SELECT count(*)::int FROM product_line WHERE id = ANY($1)) AS lines,
              (SELECT count(*)::int FROM service_category WHERE id = ANY($2)) AS categories,
              EXISTS (SELECT 1 FROM app_user u JOIN user_role r ON r.user_id = u.id AND r.role = 'KNOWLEDGE_EDITOR'
                       WHERE u.id = $3 AND u.status = 'ACTIVE') AS owner`,
      [productLineIds, serviceCategoryIds, input.ownerId ?? null],
    );
    if (found.lines !== productLineIds.length) throw new NotFoundError('ProductLine');
    if (found.categories !== serviceCategoryIds.length) throw new NotFoundError('ServiceCategory');
    if (input.ownerId && !found.owner)
      throw BadInputError.field('ownerId', 'OWNER_NOT_EDITOR', 'The owner must be an active knowledge editor.');
    const minTierRank = input.audience === ArticleAudience.TIER ? input.minTierRank : null;
    const summary = input.summary.trim();
    return {
      ownerId: input.ownerId ?? null,
      values: [
        input.language,
        title,
        summary,
        body,
        markdownToText(body),
        productLineIds,
        serviceCategoryIds,
        tags,
        codes,
        input.audience,
        minTierRank,
        input.limitedToProductLines,
        input.reviewBy ?? null,
      ],
      audit: { title, language: input.language, productLineIds, serviceCategoryIds, tags, codes, audience: input.audience, minTierRank },
    };
  }
}
