import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig, DomainEvents, RequestContext, TransactionService } from '@portal/core';
import { NotificationsService } from '@portal/notifications';
import { ORGANISATION_STATUS_CHANGED, type OrganisationStatusChanged } from '@portal/organisations';
import type { DataSource, EntityManager } from 'typeorm';
import { GrantHistoryService, type GrantAction } from './grant-history.service';
import { grantSnapshot } from './grant-rows';

const SWEEP_LOCK_KEY = 727_310_101;
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
 * consequences of a partner's organisation status. The sweep runs in one instance at a time
 * (advisory lock), so any number of instances can run the scheduler.
 */
@Injectable()
export class GrantExpiryService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(GrantExpiryService.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(AppConfig) private readonly config: AppConfig,
    private readonly tx: TransactionService,
    private readonly history: GrantHistoryService,
    private readonly notifications: NotificationsService,
    events: DomainEvents,
  ) {
    events.on<OrganisationStatusChanged>(ORGANISATION_STATUS_CHANGED, (em, ctx, e) => this.followOrganisation(em, ctx, e));
  }

  onApplicationBootstrap(): void {
    if (this.config.jobIntervalSeconds <= 0) return;
    this.timer = setInterval(() => {
      this.running ??= this.sweep()
        .catch((error: unknown) => this.logger.error(`grant sweep failed: ${String(error)}`))
        .finally(() => (this.running = undefined));
    }, this.config.jobIntervalSeconds * 1000);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  async sweep(): Promise<SweepResult> {
    const ctx = RequestContext.system('grant-sweep');
    return this.tx.run(async (em) => {
      const [{ locked }] = await em.query<{ locked: boolean }[]>(`SELECT pg_try_advisory_xact_lock($1) AS locked`, [SWEEP_LOCK_KEY]);
      if (!locked) return { expired: 0, suspensionsEnded: 0, notices: 0 };
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
          await this.notifications.notifyOrganisationAdmins(em, n.partner_id, 'GRANT_EXPIRING', {
            grantId: n.grant_id,
            validUntil: n.valid_until,
            daysBefore: days,
          });
        }
        notices += due.length;
      }
      return { expired, suspensionsEnded, notices };
    });
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
