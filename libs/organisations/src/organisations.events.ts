import type { OrganisationStatus } from './entities/organisation.entity';

export const ORGANISATION_STATUS_CHANGED = 'organisation.status_changed';

/** Published inside the status change's transaction; tiers suspend or end grants with it. */
export interface OrganisationStatusChanged {
  type: typeof ORGANISATION_STATUS_CHANGED;
  organisationId: string;
  from: OrganisationStatus;
  to: OrganisationStatus;
  reason: string;
}
