import { Permission, type RequestContext } from '@portal/core';
import { ArticleTransition } from './dto/article.input';
import { ArticleAction } from './models/article.model';

interface ArticleFacts {
  kind: string;
  status: string;
  authorId: string | null;
  authorOrganisationId: string;
}

interface TransitionRule {
  from: readonly string[];
  to: string;
  by: 'EDITOR' | 'AUTHOR';
  needsComment?: boolean;
}

/** The workflow as data: which step leads from which states to which, and who takes it. */
export const TRANSITIONS: Record<ArticleTransition, TransitionRule> = {
  [ArticleTransition.SUBMIT]: { from: ['DRAFT', 'CHANGES_REQUESTED'], to: 'IN_REVIEW', by: 'AUTHOR' },
  [ArticleTransition.WITHDRAW]: { from: ['IN_REVIEW'], to: 'DRAFT', by: 'AUTHOR' },
  [ArticleTransition.REQUEST_CHANGES]: { from: ['IN_REVIEW'], to: 'CHANGES_REQUESTED', by: 'EDITOR', needsComment: true },
  [ArticleTransition.REJECT]: { from: ['IN_REVIEW'], to: 'REJECTED', by: 'EDITOR', needsComment: true },
  [ArticleTransition.PUBLISH]: { from: ['IN_REVIEW', 'DRAFT'], to: 'PUBLISHED', by: 'EDITOR' },
  [ArticleTransition.ARCHIVE]: { from: ['PUBLISHED'], to: 'ARCHIVED', by: 'EDITOR' },
  [ArticleTransition.RESTORE]: { from: ['ARCHIVED'], to: 'PUBLISHED', by: 'EDITOR' },
};

export const isEditor = (ctx: RequestContext): boolean => ctx.can(Permission.KnowledgeReview);

/** A writer of the organisation that authored the article: it owns the draft until review. */
export const isAuthorSide = (ctx: RequestContext, a: ArticleFacts): boolean =>
  ctx.can(Permission.KnowledgeWrite) && ctx.user.organisationId === a.authorOrganisationId;

/**
 * Who reads an article's review conversation (drafting, change requests, comments): the editors and the authoring
 * organisation, those who see its drafts. Every other reader sees the public lifecycle only.
 */
export const seesReviewThread = (ctx: RequestContext, a: ArticleFacts): boolean =>
  isEditor(ctx) || ctx.user.organisationId === a.authorOrganisationId;

/** Why the viewer may not take a step regardless of the article's state, or null when they may. */
export function transitionRefusal(ctx: RequestContext, a: ArticleFacts, action: ArticleTransition): string | null {
  const rule = TRANSITIONS[action];
  if (rule.by === 'EDITOR' && !isEditor(ctx)) return 'EDITORS_ONLY';
  if (rule.by === 'AUTHOR' && !isAuthorSide(ctx, a)) return 'AUTHORS_ONLY';
  if (action === ArticleTransition.PUBLISH && a.kind === 'FIELD_REPORT' && a.authorId === ctx.user.userId) return 'OWN_CONTRIBUTION';
  return null;
}

/** Whether the article's state allows the step (a partner's contribution is always reviewed before publishing). */
export function transitionAllowedFrom(a: ArticleFacts, action: ArticleTransition): boolean {
  if (action === ArticleTransition.PUBLISH && a.status === 'DRAFT') return a.kind === 'SERVICE_KNOWHOW';
  return TRANSITIONS[action].from.includes(a.status);
}

/** Editing: authors while the article is theirs (draft, changes requested); editors until it is rejected or archived. */
export function editRefusal(ctx: RequestContext, a: ArticleFacts): { code: 'FORBIDDEN' | 'CONFLICT'; reason: string } | null {
  const editor = isEditor(ctx);
  if (!editor && !isAuthorSide(ctx, a)) return { code: 'FORBIDDEN', reason: 'NOT_ARTICLE_AUTHOR' };
  if (a.status === 'REJECTED' || a.status === 'ARCHIVED') return { code: 'CONFLICT', reason: 'ARTICLE_CLOSED' };
  if (!editor && a.status === 'IN_REVIEW') return { code: 'CONFLICT', reason: 'ARTICLE_IN_REVIEW' };
  if (!editor && a.status === 'PUBLISHED') return { code: 'CONFLICT', reason: 'ARTICLE_PUBLISHED' };
  return null;
}

export function allowedActions(ctx: RequestContext, a: ArticleFacts): ArticleAction[] {
  const actions: ArticleAction[] = [];
  if (!editRefusal(ctx, a)) actions.push(ArticleAction.EDIT);
  for (const t of Object.values(ArticleTransition)) {
    if (!transitionRefusal(ctx, a, t) && transitionAllowedFrom(a, t)) actions.push(t as unknown as ArticleAction);
  }
  if ((isEditor(ctx) || isAuthorSide(ctx, a)) && a.status !== 'ARCHIVED') actions.push(ArticleAction.COMMENT);
  return actions;
}
