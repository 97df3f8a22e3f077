import type { Role } from '../gql/graphql';
import type { Viewer } from '../session/session-context';

/** The permission codes the API puts into `me.permissions`. */
export type Permission =
  | 'organisation.read'
  | 'organisation.manage'
  | 'user.read'
  | 'user.manage'
  | 'audit.read'
  | 'grant.read'
  | 'grant.manage'
  | 'tier_request.read'
  | 'tier_request.create'
  | 'tier_request.decide'
  | 'training.read'
  | 'training.manage'
  | 'booking.read'
  | 'booking.create'
  | 'booking.create_for_team'
  | 'location.manage'
  | 'training_need.read'
  | 'training_need.manage'
  | 'knowledge.read'
  | 'knowledge.write'
  | 'knowledge.review'
  | 'subcontractor.read'
  | 'subcontractor.manage'
  | 'delegation.read'
  | 'delegation.request'
  | 'delegation.decide';

export function can(viewer: Viewer, permission: Permission): boolean {
  return viewer.permissions.includes(permission);
}

export function hasRole(viewer: Viewer, ...roles: Role[]): boolean {
  return viewer.roles.some((role) => roles.includes(role));
}
