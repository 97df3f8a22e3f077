import type { DelegationDecision, DelegationStatus } from '../../gql/graphql';
import type { I18n } from '../../i18n/i18n-context';

// Enum values map onto dictionary keys by name, so the compiler checks that every value has a text.
export const delegationStatusLabel = (t: I18n['t'], status: DelegationStatus): string => t(`delegationStatus.${status}`);
export const delegationDecisionLabel = (t: I18n['t'], decision: DelegationDecision): string => t(`delegationDecision.${decision}`);

const ACTIONS = [
  'REQUESTED',
  'APPROVE',
  'REJECT',
  'SUSPEND',
  'LIFT_SUSPENSION',
  'REVOKE',
  'WITHDRAW',
  'SUSPENDED',
  'RESTORED',
  'ENDED',
  'EXPIRED',
] as const;
type Action = (typeof ACTIONS)[number];
const isAction = (value: unknown): value is Action => ACTIONS.includes(value as Action);

/** History actions are strings in the schema; one added later still gets a readable text. */
export const delegationActionLabel = (t: I18n['t'], action: unknown): string =>
  isAction(action) ? t(`delegationAction.${action}`) : t('delegationAction.other', { action: String(action) });

/** Statuses in which a permission is still alive (it can change again). */
export const LIVE_STATUSES: readonly DelegationStatus[] = ['REQUESTED', 'APPROVED', 'SUSPENDED'];

export const ALL_STATUSES: readonly DelegationStatus[] = [
  'REQUESTED',
  'APPROVED',
  'SUSPENDED',
  'REJECTED',
  'REVOKED',
  'EXPIRED',
  'WITHDRAWN',
  'ENDED',
];
