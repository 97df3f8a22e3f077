import type { GrantStatus, OrganisationKind, OrganisationStatus, Role, TierRequestStatus, UserStatus } from '../gql/graphql';
import type { I18n } from './i18n-context';

// Enum values map onto dictionary keys by name, so the compiler checks that every value has a text.
export const roleLabel = (t: I18n['t'], role: Role): string => t(`role.${role}`);
export const kindLabel = (t: I18n['t'], kind: OrganisationKind): string => t(`kind.${kind}`);
export const organisationStatusLabel = (t: I18n['t'], status: OrganisationStatus): string => t(`organisationStatus.${status}`);
export const userStatusLabel = (t: I18n['t'], status: UserStatus): string => t(`userStatus.${status}`);

const GRANT_ACTIONS = ['GRANTED', 'RENEWED', 'TIER_CHANGED', 'SUSPENDED', 'SUSPENSION_LIFTED', 'REVOKED', 'EXPIRED', 'ENDED'] as const;
type GrantAction = (typeof GRANT_ACTIONS)[number];
const isGrantAction = (value: unknown): value is GrantAction => GRANT_ACTIONS.includes(value as GrantAction);

export const grantStatusLabel = (t: I18n['t'], status: GrantStatus): string => t(`grantStatus.${status}`);
export const tierRequestStatusLabel = (t: I18n['t'], status: TierRequestStatus): string => t(`tierRequestStatus.${status}`);
/** History actions are strings in the schema; an action added later still gets a readable text. */
export const grantActionLabel = (t: I18n['t'], action: unknown): string =>
  isGrantAction(action) ? t(`grantAction.${action}`) : t('grantAction.other', { action: String(action) });
