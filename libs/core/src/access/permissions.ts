/**
 * Permissions are the vocabulary of access checks; which role holds which permission is data
 * (table `role_permission`), so changing who may do what is a migration, not a code change.
 * A manufacturer user's permission reaches the whole network; a partner's or subcontractor's
 * only its own organisation (see tenant-scope.ts).
 */
export const Permission = {
  OrganisationRead: 'organisation.read',
  OrganisationManage: 'organisation.manage',
  UserRead: 'user.read',
  UserManage: 'user.manage',
  AuditRead: 'audit.read',
  CatalogueManage: 'catalogue.manage',
  GrantRead: 'grant.read',
  GrantManage: 'grant.manage',
  TierRequestRead: 'tier_request.read',
  TierRequestCreate: 'tier_request.create',
  TierRequestDecide: 'tier_request.decide',
  EntitlementRead: 'entitlement.read',
  TrainingRead: 'training.read',
  TrainingManage: 'training.manage',
  BookingRead: 'booking.read',
  BookingCreate: 'booking.create',
  BookingCreateForTeam: 'booking.create_for_team',
  TrainingNeedManage: 'training_need.manage',
  TrainingNeedRead: 'training_need.read',
  LocationManage: 'location.manage',
  KnowledgeRead: 'knowledge.read',
  KnowledgeWrite: 'knowledge.write',
  KnowledgeReview: 'knowledge.review',
  SubcontractorRead: 'subcontractor.read',
  SubcontractorManage: 'subcontractor.manage',
  DelegationRead: 'delegation.read',
  DelegationRequest: 'delegation.request',
  DelegationDecide: 'delegation.decide',
} as const;

export type Permission = (typeof Permission)[keyof typeof Permission];

export const ALL_PERMISSIONS: readonly Permission[] = Object.values(Permission);
