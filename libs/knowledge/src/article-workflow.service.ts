import { Injectable } from '@nestjs/common';
import { AuditService, Permission, type RequestContext, TransactionService } from '@portal/core';
import { NotificationsService } from '@portal/notifications';
import { isAuthorSide, isEditor, TRANSITIONS, transitionAllowedFrom, transitionRefusal } from './article-permissions';
import { lockArticle, recordArticleEvent, snapshotVersion } from './article-store';
import { ArticlesService } from './articles.service';
import { ArticleTransition, type CommentArticleArgs, type TransitionArticleArgs } from './dto/article.input';
import { articleForbidden, commentRequired, invalidTransition, staleRevision } from './knowledge.errors';
import type { ArticleEventModel, ArticleModel } from './models/article.model';

const AUTHOR_NOTICE: Partial<Record<ArticleTransition, string>> = {
  [ArticleTransition.REQUEST_CHANGES]: 'ARTICLE_CHANGES_REQUESTED',
  [ArticleTransition.REJECT]: 'ARTICLE_REJECTED',
  [ArticleTransition.PUBLISH]: 'ARTICLE_PUBLISHED',
};

/** The review workflow: DRAFT → IN_REVIEW → PUBLISHED → ARCHIVED, with changes requested back to the author. */
@Injectable()
export class ArticleWorkflowService {
  constructor(
    private readonly tx: TransactionService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly articles: ArticlesService,
  ) {}

  transition(ctx: RequestContext, args: TransitionArticleArgs): Promise<ArticleModel> {
    const user = ctx.require(Permission.KnowledgeRead);
    const rule = TRANSITIONS[args.action];
    const comment = args.comment.trim();
    return this.tx.run(async (em) => {
      await this.articles.get(ctx, args.id, em);
      const state = await lockArticle(em, args.id);
      const refusal = transitionRefusal(ctx, state, args.action);
      if (refusal) throw articleForbidden(refusal);
      if (!transitionAllowedFrom(state, args.action)) throw invalidTransition(args.action, state.status);
      if (state.revision !== args.expectedRevision) throw staleRevision(state.revision);
      if (rule.needsComment && !comment) throw commentRequired();
      const publishing = rule.to === 'PUBLISHED';
      // Publishing from review freezes a new version; restoring an archived article brings back its last version as is.
      const version = args.action === ArticleTransition.PUBLISH ? await snapshotVersion(em, args.id, user.userId) : state.version;
      await em.query(
        `UPDATE article SET status = $2, revision = revision + 1, updated_at = now(),
                published_at = CASE WHEN $3 THEN now() ELSE published_at END,
                first_published_at = CASE WHEN $3 THEN coalesce(first_published_at, now()) ELSE first_published_at END,
                owner_user_id = CASE WHEN $3 THEN coalesce(owner_user_id, $4) ELSE owner_user_id END,
                review_by = CASE WHEN $3 THEN coalesce(review_by, current_date + 365) ELSE review_by END
          WHERE id = $1`,
        [args.id, rule.to, publishing, user.userId],
      );
      await recordArticleEvent(em, ctx, { articleId: args.id, action: args.action, from: state.status, to: rule.to, comment });
      const notice = AUTHOR_NOTICE[args.action];
      if (notice && state.authorId && state.authorId !== user.userId) {
        await this.notifications.notifyUser(em, state.authorId, notice, { articleId: args.id, title: state.title, comment });
      }
      await this.audit.record(em, ctx, {
        action: `article.${args.action.toLowerCase()}`,
        entityType: 'article',
        entityId: args.id,
        organisationId: state.authorOrganisationId,
        before: { status: state.status, revision: state.revision },
        after: { status: rule.to, revision: state.revision + 1, version, comment: comment || undefined },
      });
      return this.articles.get(ctx, args.id, em);
    });
  }

  /** A review comment; it joins the article's history without changing its state. */
  comment(ctx: RequestContext, args: CommentArticleArgs): Promise<ArticleEventModel> {
    ctx.require(Permission.KnowledgeRead);
    return this.tx.run(async (em) => {
      await this.articles.get(ctx, args.id, em);
      const state = await lockArticle(em, args.id);
      if (!isEditor(ctx) && !isAuthorSide(ctx, state)) throw articleForbidden('NOT_ARTICLE_AUTHOR');
      await recordArticleEvent(em, ctx, {
        articleId: args.id,
        action: 'COMMENT',
        from: state.status,
        to: state.status,
        comment: args.comment.trim(),
      });
      if (isEditor(ctx) && state.authorId && state.authorId !== ctx.user.userId) {
        await this.notifications.notifyUser(em, state.authorId, 'ARTICLE_COMMENTED', { articleId: args.id, title: state.title });
      }
      await this.audit.record(em, ctx, {
        action: 'article.comment',
        entityType: 'article',
        entityId: args.id,
        organisationId: state.authorOrganisationId,
        after: { comment: args.comment.trim() },
      });
      const events = await this.articles.events(ctx, args.id, em);
      return events[events.length - 1];
    });
  }
}
