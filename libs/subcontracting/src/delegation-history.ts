import type { AuditService, RequestContext } from '@portal/core';
import type { NotificationsService } from '@portal/notifications';
import type { EntityManager } from 'typeorm';

export interface DelegationChange {
  id: string;
  partnerId: string;
  subcontractorId: string;
  from: string | null;
  to: string;
  action: string;
  reason: string;
}

/**
 * Every change of a delegation: the append-only history row, the audit event (same request id) and the notices to
 * the partner's admins and the subcontractor's users, all in the change's transaction.
 */
export async function recordDelegationChange(
  em: EntityManager,
  ctx: RequestContext,
  deps: { audit: AuditService; notifications: NotificationsService },
  c: DelegationChange,
): Promise<void> {
  await em.query(
    `INSERT INTO delegation_event (delegation_id, action, from_status, to_status, reason, actor_user_id, request_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [c.id, c.action, c.from, c.to, c.reason, ctx.principal?.userId ?? null, ctx.requestId],
  );
  await deps.audit.record(em, ctx, {
    action: `delegation.${c.action.toLowerCase()}`,
    entityType: 'delegation',
    entityId: c.id,
    organisationId: c.partnerId,
    before: c.from ? { status: c.from } : null,
    after: { status: c.to, reason: c.reason || undefined },
  });
  if (c.action === 'REQUESTED') return;
  const params = { delegationId: c.id, action: c.action, status: c.to, reason: c.reason };
  await deps.notifications.notifyOrganisationAdmins(em, c.partnerId, 'DELEGATION_CHANGED', params);
  await deps.notifications.notifyOrganisationAdmins(em, c.subcontractorId, 'DELEGATION_CHANGED', params);
}
