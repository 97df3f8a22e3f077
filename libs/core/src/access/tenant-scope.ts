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
