import { BadInputError, ConflictError, ForbiddenError } from '@portal/core';

export const staleRevision = (current: number): ConflictError =>
  new ConflictError('STALE_REVISION', 'Someone else saved this article in the meantime. Reload it and apply your change again.', {
    currentRevision: current,
  });

export const invalidTransition = (action: string, status: string): ConflictError =>
  new ConflictError(
    'INVALID_TRANSITION',
    `An article that is ${status.toLowerCase().replace('_', ' ')} cannot be ${PAST[action] ?? action}.`,
    {
      action,
      status,
    },
  );

const PAST: Record<string, string> = {
  SUBMIT: 'submitted',
  WITHDRAW: 'withdrawn',
  REQUEST_CHANGES: 'sent back for changes',
  REJECT: 'rejected',
  PUBLISH: 'published',
  ARCHIVE: 'archived',
  RESTORE: 'restored',
};

const FORBIDDEN_DETAIL: Record<string, string> = {
  EDITORS_ONLY: 'only knowledge editors take this step',
  AUTHORS_ONLY: "only the author's organisation takes this step",
  OWN_CONTRIBUTION: 'an author never publishes their own contribution',
  NOT_ARTICLE_AUTHOR: "only the author's organisation and knowledge editors edit this article",
};

export const articleForbidden = (reason: string): ForbiddenError => new ForbiddenError(reason, FORBIDDEN_DETAIL[reason] ?? reason);

const LOCKED_DETAIL: Record<string, string> = {
  ARTICLE_CLOSED: 'A rejected or archived article can no longer be edited.',
  ARTICLE_IN_REVIEW: 'This article is with the editors; withdraw it from review to change it.',
  ARTICLE_PUBLISHED: 'A published article is changed by the knowledge editors; comment on it or report a problem to suggest a change.',
};

export const articleLocked = (reason: string): ConflictError => new ConflictError(reason, LOCKED_DETAIL[reason] ?? reason);

export const commentRequired = (): BadInputError =>
  BadInputError.field('comment', 'COMMENT_REQUIRED', 'Tell the author what to change or why the article is rejected.');
