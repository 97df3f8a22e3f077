import { BadInputError, ConflictError } from '@portal/core';

export const activeGrantExists = (): ConflictError =>
  new ConflictError(
    'ACTIVE_GRANT_EXISTS',
    'This partner already holds a live grant for this product line; change, renew or revoke it instead.',
  );

export const grantNotLive = (status: string): ConflictError =>
  new ConflictError('GRANT_NOT_LIVE', `This grant is ${status.toLowerCase()}; only active or suspended grants can be changed.`, { status });

export const grantNotActive = (status: string): ConflictError =>
  new ConflictError('GRANT_NOT_ACTIVE', `Only an active grant can be suspended; this one is ${status.toLowerCase()}.`, { status });

export const grantNotSuspended = (status: string): ConflictError =>
  new ConflictError('GRANT_NOT_SUSPENDED', `There is no suspension to lift; the grant is ${status.toLowerCase()}.`, { status });

export const sameTier = (): ConflictError => new ConflictError('SAME_TIER', 'The grant already has this tier.');

export const partnerNotGrantable = (reason: string): ConflictError =>
  new ConflictError('PARTNER_NOT_GRANTABLE', `Tiers can only be granted to active or onboarding partners (${reason}).`);

export const requestNotOpen = (status: string): ConflictError =>
  new ConflictError('REQUEST_NOT_OPEN', `This request is already ${status.toLowerCase()}.`, { status });

export const openRequestExists = (): ConflictError =>
  new ConflictError('OPEN_REQUEST_EXISTS', 'There is already an open request for this product line.');

export const tierAlreadyHeld = (): ConflictError =>
  new ConflictError('TIER_ALREADY_HELD', 'The partner already holds this tier for this product line.');

export const invalidPeriod = (): BadInputError =>
  BadInputError.field('validUntil', 'INVALID_PERIOD', 'The end of the validity must not be before its start.');

export const validUntilPast = (): BadInputError =>
  BadInputError.field('validUntil', 'VALID_UNTIL_IN_PAST', 'The end of the validity must not be in the past.');

export const renewalNotLater = (): BadInputError =>
  BadInputError.field('validUntil', 'RENEWAL_NOT_LATER', 'A renewal must extend the validity beyond its current end.');

export const suspendUntilPast = (): BadInputError =>
  BadInputError.field('until', 'SUSPEND_UNTIL_IN_PAST', 'A suspension must end in the future.');
