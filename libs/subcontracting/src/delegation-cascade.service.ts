import { Injectable } from '@nestjs/common';
import { AuditService, DomainEvents, JobScheduler, type RequestContext } from '@portal/core';
import { NotificationsService } from '@portal/notifications';
import { ORGANISATION_STATUS_CHANGED, type OrganisationStatusChanged } from '@portal/organisations';
import { GRANT_CHANGED, type GrantChanged } from '@portal/tiers';
import type { EntityManager } from 'typeorm';
import { type DelegationChange, recordDelegationChange } from './delegation-history';
import { DELEGABLE_SQL, LOCK_PARTNER_SQL } from './delegation-sql';

type ChangedRow = { id: string; partner_id: string; subcontractor_id: string };

/**
 * Permissions follow the delegating partner: whenever one of its grants or its organisation status changes, in that
 * same transaction, approved permissions it can no longer delegate are suspended and permissions suspended for that
 * cause come back once it can again. A periodic sweep expires permissions at the end of their period.
 */
@Injectable()
export class DelegationCascadeService {
  constructor(
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    events: DomainEvents,
    jobs: JobScheduler,
  ) {
    events.on<GrantChanged>(GRANT_CHANGED, async (em, ctx, e) => {
      await this.reconcile(em, ctx, e.partnerId, `Partner grant ${e.action.toLowerCase()}: ${e.reason}`);
    });
    events.on<OrganisationStatusChanged>(ORGANISATION_STATUS_CHANGED, async (em, ctx, e) => {
      await this.reconcile(em, ctx, e.organisationId, `Partner ${e.to.toLowerCase()}: ${e.reason}`);
    });
    jobs.register('delegation-sweep', (em, ctx) => this.sweep(em, ctx));
  }

  async reconcile(
    em: EntityManager,
    ctx: RequestContext,
    partnerId: string,
    cause: string,
  ): Promise<{ suspended: number; restored: number }> {
    await em.query(LOCK_PARTNER_SQL, [partnerId]);
    const suspended = await em.query<ChangedRow[]>(
      `UPDATE delegation d SET status = 'SUSPENDED', suspension_cause = 'PARTNER_TIER', updated_at = now()
        WHERE d.partner_id = $1 AND d.status = 'APPROVED' AND NOT ${DELEGABLE_SQL()}
        RETURNING d.id, d.partner_id, d.subcontractor_id`,
      [partnerId],
    );
    const restored = await em.query<ChangedRow[]>(
      `UPDATE delegation d SET status = 'APPROVED', suspension_cause = NULL, updated_at = now()
        WHERE d.partner_id = $1 AND d.status = 'SUSPENDED' AND d.suspension_cause = 'PARTNER_TIER' AND d.valid_until >= current_date
          AND ${DELEGABLE_SQL()}
        RETURNING d.id, d.partner_id, d.subcontractor_id`,
      [partnerId],
    );
    for (const r of rowsOf(suspended)) await this.record(em, ctx, r, 'APPROVED', 'SUSPENDED', 'SUSPENDED', cause);
    for (const r of rowsOf(restored)) await this.record(em, ctx, r, 'SUSPENDED', 'APPROVED', 'RESTORED', cause);
    return { suspended: rowsOf(suspended).length, restored: rowsOf(restored).length };
  }

  async endForRelationship(em: EntityManager, ctx: RequestContext, relationshipId: string, reason: string): Promise<void> {
    const ended = await em.query<(ChangedRow & { prev_status: string })[]>(
      `UPDATE delegation d SET status = 'ENDED', suspension_cause = NULL, updated_at = now()
         FROM (SELECT id, status AS prev_status FROM delegation WHERE relationship_id = $1 AND status IN ('REQUESTED', 'APPROVED', 'SUSPENDED') FOR UPDATE) old
        WHERE d.id = old.id RETURNING d.id, d.partner_id, d.subcontractor_id, old.prev_status`,
      [relationshipId],
    );
    for (const r of rowsOf(ended)) await this.record(em, ctx, r, r.prev_status, 'ENDED', 'ENDED', `Relationship ended: ${reason}`);
  }

  async sweep(em: EntityManager, ctx: RequestContext): Promise<{ expired: number; notices: number }> {
    const expired = await em.query<(ChangedRow & { prev_status: string })[]>(
      `UPDATE delegation d SET status = 'EXPIRED', suspension_cause = NULL, updated_at = now()
         FROM (SELECT id, status AS prev_status FROM delegation WHERE status IN ('APPROVED', 'SUSPENDED') AND valid_until < current_date FOR UPDATE) old
        WHERE d.id = old.id RETURNING d.id, d.partner_id, d.subcontractor_id, old.prev_status`,
    );
    for (const r of rowsOf(expired)) await this.record(em, ctx, r, r.prev_status, 'EXPIRED', 'EXPIRED', 'Period ended');
    const due = await em.query<(ChangedRow & { valid_until: string })[]>(
      `WITH due AS (
         INSERT INTO reminder_sent (kind, subject_id)
         SELECT 'DELEGATION_EXPIRING', id::text FROM delegation WHERE status = 'APPROVED' AND valid_until - current_date BETWEEN 0 AND 14
         ON CONFLICT DO NOTHING RETURNING subject_id)
       SELECT d.id, d.partner_id, d.subcontractor_id, d.valid_until FROM delegation d JOIN due ON due.subject_id = d.id::text`,
    );
    for (const d of due) {
      const params = { delegationId: d.id, validUntil: d.valid_until };
      await this.notifications.notifyOrganisationAdmins(em, d.partner_id, 'DELEGATION_EXPIRING', params);
      await this.notifications.notifyOrganisationAdmins(em, d.subcontractor_id, 'DELEGATION_EXPIRING', params);
    }
    return { expired: rowsOf(expired).length, notices: due.length };
  }

  private record(em: EntityManager, ctx: RequestContext, r: ChangedRow, from: string, to: string, action: string, reason: string) {
    const change: DelegationChange = { id: r.id, partnerId: r.partner_id, subcontractorId: r.subcontractor_id, from, to, action, reason };
    return recordDelegationChange(em, ctx, { audit: this.audit, notifications: this.notifications }, change);
  }
}

/** TypeORM answers UPDATE … RETURNING with [rows, affected]. */
function rowsOf<T>(result: T[] | [T[], number]): T[] {
  return Array.isArray(result[0]) ? result[0] : (result as T[]);
}
