import type { ApiError } from '../../api/api-error';
import { errorText } from '../../errors/error-text';
import type { ArticleFlagReason, ArticleKind, ArticleLanguage, ArticleStatus, ArticleTransition } from '../../gql/graphql';
import type { I18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/messages';

type T = I18n['t'];

export const kindLabel = (t: T, kind: ArticleKind): string => t(`knowledge.kind.${kind}`);
export const statusLabel = (t: T, status: ArticleStatus): string => t(`knowledge.status.${status}`);
export const languageLabel = (t: T, language: ArticleLanguage): string => t(`knowledge.lang.${language}`);
export const flagReasonLabel = (t: T, reason: ArticleFlagReason): string => t(`knowledge.flagReason.${reason}`);
export const actionLabel = (t: T, action: ArticleTransition): string => t(`knowledge.action.${action}`);

const EVENT_KEYS: Record<string, MessageKey> = {
  CREATE: 'knowledge.event.CREATE',
  COMMENT: 'knowledge.event.COMMENT',
  EDIT: 'knowledge.event.EDIT',
  SUBMIT: 'knowledge.event.SUBMIT',
  WITHDRAW: 'knowledge.event.WITHDRAW',
  REQUEST_CHANGES: 'knowledge.event.REQUEST_CHANGES',
  REJECT: 'knowledge.event.REJECT',
  PUBLISH: 'knowledge.event.PUBLISH',
  ARCHIVE: 'knowledge.event.ARCHIVE',
  RESTORE: 'knowledge.event.RESTORE',
};

/** Review history steps; an action the web app does not know yet is shown as the API names it. */
export function eventLabel(t: T, action: string): string {
  const key = EVENT_KEYS[action];
  return key ? t(key) : action;
}

const KNOWLEDGE_REASONS: Record<string, MessageKey> = {
  STALE_REVISION: 'error.reason.STALE_REVISION',
  INVALID_TRANSITION: 'error.reason.INVALID_TRANSITION',
  ARTICLE_CLOSED: 'error.reason.ARTICLE_CLOSED',
  ARTICLE_IN_REVIEW: 'error.reason.ARTICLE_IN_REVIEW',
  ARTICLE_PUBLISHED: 'error.reason.ARTICLE_PUBLISHED',
  EDITORS_ONLY: 'error.reason.EDITORS_ONLY',
  AUTHORS_ONLY: 'error.reason.AUTHORS_ONLY',
  OWN_CONTRIBUTION: 'error.reason.OWN_CONTRIBUTION',
  NOT_ARTICLE_AUTHOR: 'error.reason.NOT_ARTICLE_AUTHOR',
  COMMENT_REQUIRED: 'error.reason.COMMENT_REQUIRED',
  FLAG_ALREADY_OPEN: 'error.reason.FLAG_ALREADY_OPEN',
  MARKDOWN_TOO_DEEP: 'error.reason.MARKDOWN_TOO_DEEP',
  TOO_MANY_EMPHASIS_MARKS: 'error.reason.TOO_MANY_EMPHASIS_MARKS',
  MARKDOWN_TOO_COMPLEX: 'error.reason.MARKDOWN_TOO_COMPLEX',
  UNSAFE_MARKUP: 'error.reason.UNSAFE_MARKUP',
};

/** The knowledge API's own reasons first, then the app-wide texts. */
export function knowledgeErrorText(t: T, error: ApiError): string {
  const key = KNOWLEDGE_REASONS[error.reason];
  return key ? t(key) : errorText(t, error);
}

export const STATUS_COLORS: Record<ArticleStatus, string> = {
  DRAFT: 'gray',
  IN_REVIEW: 'blue',
  CHANGES_REQUESTED: 'orange',
  PUBLISHED: 'green',
  REJECTED: 'red',
  ARCHIVED: 'gray',
};

export const articlePath = (id: string): string => `/knowledge/articles/${id}`;

/** A review-by date (YYYY-MM-DD) that has passed: the article is due for an editor's check. */
export const reviewOverdue = (reviewBy: string | null | undefined): boolean =>
  !!reviewBy && reviewBy.slice(0, 10) < new Date().toISOString().slice(0, 10);
