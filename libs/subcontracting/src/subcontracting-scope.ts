import type { RequestContext } from '@portal/core';

/**
 * Who sees which relationships and delegations: manufacturer staff all of them, a partner its own, a subcontractor
 * those it works under. Returns a condition on a row with partner_id and subcontractor_id, and its one parameter.
 */
export function subcontractingScope(ctx: RequestContext, alias: string, param: number): { sql: string; value: string | null } {
  const user = ctx.user;
  if (user.organisationKind === 'MANUFACTURER') return { sql: `($${param}::uuid IS NULL)`, value: null };
  const column = user.organisationKind === 'PARTNER' ? 'partner_id' : 'subcontractor_id';
  return { sql: `${alias}.${column} = $${param}`, value: user.organisationId };
}
