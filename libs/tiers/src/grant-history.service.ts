import { Injectable } from '@nestjs/common';
import { AuditService, DomainEvents, type RequestContext } from '@portal/core';
import { NotificationsService } from '@portal/notifications';
import type { EntityManager } from 'typeorm';
import { grantSnapshot } from './grant-rows';

export const GRANT_CHANGED = 'tiers.grant_changed';

/** Published inside every grant change's transaction; subcontractor permissions follow it there. */
export interface GrantChanged {
  type: typeof GRANT_CHANGED;
  grantId: string;
  partnerId: string;
  action: GrantAction;
  reason: string;
}

export type GrantAction = 'GRANTED' | 'RENEWED' | 'TIER_CHANGED' | 'SUSPENDED' | 'SUSPENSION_LIFTED' | 'REVOKED' | 'EXPIRED' | 'ENDED';

/**
 * Every grant change goes through here: the append-only history row, the audit event and the
 * partner admins' notification, all in the change's transaction. Nothing is overwritten.
 */
@Injectable()
export class GrantHistoryService {
  constructor(
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly events: DomainEvents,
  ) {}

  async record(
    em: EntityManager,
    ctx: RequestContext,
    change: { grantId: string; partnerId: string; action: GrantAction; reason: string; before: Record<string, unknown> | null },
  ): Promise<void> {
    const after = await grantSnapshot(em, change.grantId);
    await em.query(
      `INSERT INTO tier_grant_event (grant_id, partner_id, action, reason, actor_user_id, request_id, before, after)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [change.grantId, change.partnerId, change.action, change.reason, ctx.principal?.userId ?? null, ctx.requestId, change.before, after],
    );
    await this.audit.record(em, ctx, {
      action: `tier_grant.${change.action.toLowerCase()}`,
      entityType: 'tier_grant',
      entityId: change.grantId,
      organisationId: change.partnerId,
      before: change.before,
      after: { ...after, reason: change.reason },
    });
    await this.notifications.notifyOrganisationAdmins(em, change.partnerId, 'GRANT_CHANGED', {
      grantId: change.grantId,
      action: change.action,
      reason: change.reason,
      ...after,
    });
    await this.events.publish<GrantChanged>(em, ctx, {
      type: GRANT_CHANGED,
      grantId: change.grantId,
      partnerId: change.partnerId,
      action: change.action,
      reason: change.reason,
    });
  }
}
