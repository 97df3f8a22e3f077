import type { OrganisationKind, OrganisationStatus, Role, UserStatus } from '../gql/graphql';
import type { I18n } from './i18n-context';

// Enum values map onto dictionary keys by name, so the compiler checks that every value has a text.
export const roleLabel = (t: I18n['t'], role: Role): string => t(`role.${role}`);
export const kindLabel = (t: I18n['t'], kind: OrganisationKind): string => t(`kind.${kind}`);
export const organisationStatusLabel = (t: I18n['t'], status: OrganisationStatus): string => t(`organisationStatus.${status}`);
export const userStatusLabel = (t: I18n['t'], status: UserStatus): string => t(`userStatus.${status}`);
