import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { RequestContext } from '../context/request-context';
import { NotFoundError } from '../errors/app-error';

/**
 * The one place that decides which organisations' rows a viewer may touch:
 * manufacturer staff see the whole network, everyone else only their own organisation.
 * Returns null for "no restriction".
 */
export function visibleOrganisationIds(ctx: RequestContext): readonly string[] | null {
  const user = ctx.user;
  return user.organisationKind === 'MANUFACTURER' ? null : [user.organisationId];
}

/** Adds the tenant filter to a query on a tenant-owned table. */
export function scopeToTenant<T extends ObjectLiteral>(
  ctx: RequestContext,
  qb: SelectQueryBuilder<T>,
  organisationColumn: string,
): SelectQueryBuilder<T> {
  const ids = visibleOrganisationIds(ctx);
  return ids === null ? qb : qb.andWhere(`${organisationColumn} IN (:...tenantOrganisationIds)`, { tenantOrganisationIds: ids });
}

export function canSeeOrganisation(ctx: RequestContext, organisationId: string): boolean {
  const ids = visibleOrganisationIds(ctx);
  return ids === null || ids.includes(organisationId);
}

/** Another tenant's object answers exactly like a missing one. */
export function assertOrganisationVisible(ctx: RequestContext, organisationId: string, entity: string, id: string): void {
  if (!canSeeOrganisation(ctx, organisationId)) throw new NotFoundError(entity, id);
}

/**
 * The tenant rule for rows shared by a partner and its subcontractor (relationships, delegations): manufacturer staff
 * see all, a partner its own side, a subcontractor the rows it works under. A condition on `alias.partner_id` /
 * `alias.subcontractor_id` and the value for its one parameter `$param`.
 */
export function partnerSubcontractorScope(ctx: RequestContext, alias: string, param: number): { sql: string; value: string | null } {
  const user = ctx.user;
  if (user.organisationKind === 'MANUFACTURER') return { sql: `($${param}::uuid IS NULL)`, value: null };
  const column = user.organisationKind === 'PARTNER' ? 'partner_id' : 'subcontractor_id';
  return { sql: `${alias}.${column} = $${param}`, value: user.organisationId };
}
