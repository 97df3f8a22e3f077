import { Injectable } from '@nestjs/common';
import { DomainEvents, JobScheduler, type RequestContext } from '@portal/core';
import { NotificationsService } from '@portal/notifications';
import { ORGANISATION_STATUS_CHANGED, type OrganisationStatusChanged } from '@portal/organisations';
import type { EntityManager } from 'typeorm';
import { GrantHistoryService, type GrantAction } from './grant-history.service';
import { grantSnapshot } from './grant-rows';

/** Notice windows: 60 days before (until the 14-day one takes over), then 14 days before. */
const NOTICES: [days: number, after: number][] = [
  [60, 14],
  [14, -1],
];

export interface SweepResult {
  expired: number;
  suspensionsEnded: number;
  notices: number;
}

/**
 * Time-driven grant changes (expiry, end of a timed suspension, 60/14-day notices) and the
 * consequences of a partner's organisation status. The sweep is a job of the core scheduler.
 */
@Injectable()
export class GrantExpiryService {
  constructor(
    private readonly history: GrantHistoryService,
    private readonly notifications: NotificationsService,
    events: DomainEvents,
    jobs: JobScheduler,
  ) {
    events.on<OrganisationStatusChanged>(ORGANISATION_STATUS_CHANGED, (em, ctx, e) => this.followOrganisation(em, ctx, e));
    jobs.register('grant-sweep', (em, ctx) => this.sweep(em, ctx));
  }

  async sweep(em: EntityManager, ctx: RequestContext): Promise<SweepResult> {
    const expired = await this.change(
      em,
      ctx,
      `SELECT id, partner_id FROM tier_grant WHERE status IN ('ACTIVE', 'SUSPENDED') AND valid_until < current_date FOR UPDATE`,
      `UPDATE tier_grant SET status = 'EXPIRED', suspension_cause = NULL, suspended_until = NULL, updated_at = now() WHERE id = $1`,
      'EXPIRED',
      'Validity ended',
    );
    const suspensionsEnded = await this.change(
      em,
      ctx,
      `SELECT id, partner_id FROM tier_grant WHERE status = 'SUSPENDED' AND suspension_cause = 'MANUAL' AND suspended_until < current_date FOR UPDATE`,
      `UPDATE tier_grant SET status = 'ACTIVE', suspension_cause = NULL, suspended_until = NULL, updated_at = now() WHERE id = $1`,
      'SUSPENSION_LIFTED',
      'Suspension period ended',
    );
    let notices = 0;
    for (const [days, after] of NOTICES) {
      const due = await em.query<{ grant_id: string; partner_id: string; valid_until: string }[]>(
        `INSERT INTO grant_expiry_notice (grant_id, valid_until, days_before)
           SELECT id, valid_until, $1 FROM tier_grant
            WHERE status = 'ACTIVE' AND valid_until - current_date <= $1 AND valid_until - current_date > $2
           ON CONFLICT DO NOTHING RETURNING grant_id, valid_until, (SELECT partner_id FROM tier_grant WHERE id = grant_id) AS partner_id`,
        [days, after],
      );
      for (const n of due) {
        // Codes like the GRANT_CHANGED notification, so the reader sees which product line and tier.
        const { tier, productLine } = await grantSnapshot(em, n.grant_id);
        await this.notifications.notifyOrganisationAdmins(em, n.partner_id, 'GRANT_EXPIRING', {
          grantId: n.grant_id,
          validUntil: n.valid_until,
          daysBefore: days,
          tier,
          productLine,
        });
      }
      notices += due.length;
    }
    return { expired, suspensionsEnded, notices };
  }

  /** Suspends, restores or ends a partner's grants with its organisation, in the same transaction. */
  private async followOrganisation(em: EntityManager, ctx: RequestContext, e: OrganisationStatusChanged): Promise<void> {
    const reason = `Partner ${e.to.toLowerCase()}: ${e.reason}`;
    if (e.to === 'SUSPENDED') {
      await this.change(
        em,
        ctx,
        `SELECT id, partner_id FROM tier_grant WHERE partner_id = $1 AND status = 'ACTIVE' FOR UPDATE`,
        `UPDATE tier_grant SET status = 'SUSPENDED', suspension_cause = 'ORGANISATION', updated_at = now() WHERE id = $1`,
        'SUSPENDED',
        reason,
        [e.organisationId],
      );
    } else if (e.to === 'ACTIVE' && e.from === 'SUSPENDED') {
      await this.change(
        em,
        ctx,
        `SELECT id, partner_id FROM tier_grant WHERE partner_id = $1 AND status = 'SUSPENDED' AND suspension_cause = 'ORGANISATION' FOR UPDATE`,
        `UPDATE tier_grant SET status = 'ACTIVE', suspension_cause = NULL, updated_at = now() WHERE id = $1`,
        'SUSPENSION_LIFTED',
        reason,
        [e.organisationId],
      );
    } else if (e.to === 'ENDED') {
      await this.change(
        em,
        ctx,
        `SELECT id, partner_id FROM tier_grant WHERE partner_id = $1 AND status IN ('ACTIVE', 'SUSPENDED') FOR UPDATE`,
        `UPDATE tier_grant SET status = 'ENDED', suspension_cause = NULL, suspended_until = NULL, updated_at = now() WHERE id = $1`,
        'ENDED',
        reason,
        [e.organisationId],
      );
    }
  }

  private async change(
    em: EntityManager,
    ctx: RequestContext,
    select: string,
    update: string,
    action: GrantAction,
    reason: string,
    params: unknown[] = [],
  ): Promise<number> {
    const grants = await em.query<{ id: string; partner_id: string }[]>(select, params);
    for (const g of grants) {
      const before = await grantSnapshot(em, g.id);
      await em.query(update, [g.id]);
      await this.history.record(em, ctx, { grantId: g.id, partnerId: g.partner_id, action, reason, before });
    }
    return grants.length;
  }
}
