import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  assertOrganisationVisible,
  NotFoundError,
  type Page,
  pageOf,
  pageWindow,
  type RequestContext,
  todayUtc,
  TransactionService,
  visibleOrganisationIds,
} from '@portal/core';
import { QueryFailedError, type DataSource, type EntityManager } from 'typeorm';
import type { ChangeGrantTierInput, GrantsArgs, GrantTierInput, RenewGrantInput, SuspendGrantInput } from './dto/grant.input';
import { GrantHistoryService } from './grant-history.service';
import { GRANT_SELECT, grantRow, grantSnapshot, type LockedGrant, lockGrant } from './grant-rows';
import type { TierGrantModel } from './models/grant.model';
import {
  activeGrantExists,
  grantNotActive,
  grantNotLive,
  grantNotSuspended,
  invalidPeriod,
  partnerNotGrantable,
  renewalNotLater,
  sameTier,
  suspendUntilPast,
  validUntilPast,
} from './tiers.errors';

const LIVE = ['ACTIVE', 'SUSPENDED'];

export interface NewGrant {
  partnerId: string;
  productLineId: string;
  tierId: string;
  validFrom: string;
  validUntil: string;
  reason: string;
}

@Injectable()
export class GrantsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionService,
    private readonly history: GrantHistoryService,
  ) {}

  async list(ctx: RequestContext, args: GrantsArgs): Promise<Page<TierGrantModel>> {
    const { offset, limit } = pageWindow(args.page);
    const where: string[] = ['TRUE'];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown): void => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    const scope = visibleOrganisationIds(ctx);
    if (scope) add('g.partner_id = ANY(?)', scope);
    const f = args.filter;
    if (f?.partnerId) add('g.partner_id = ?', f.partnerId);
    if (f?.productLineId) add('g.product_line_id = ?', f.productLineId);
    if (f?.statuses?.length) add('g.status = ANY(?)', f.statuses);
    const condition = where.join(' AND ');
    const [items, [{ count }]] = await Promise.all([
      this.dataSource.query<TierGrantModel[]>(
        `${GRANT_SELECT} WHERE ${condition} ORDER BY o.name, pl.code, g.created_at DESC OFFSET ${offset} LIMIT ${limit}`,
        params,
      ),
      this.dataSource.query<{ count: number }[]>(`SELECT count(*)::int AS count FROM tier_grant g WHERE ${condition}`, params),
    ]);
    return pageOf(items, count, args.page);
  }

  async get(ctx: RequestContext, id: string): Promise<TierGrantModel> {
    const row = await grantRow(this.dataSource.manager, id);
    if (!row) throw new NotFoundError('TierGrant', id);
    assertOrganisationVisible(ctx, row.partnerId, 'TierGrant', id);
    return row;
  }

  grant(ctx: RequestContext, input: GrantTierInput): Promise<TierGrantModel> {
    const validFrom = input.validFrom ?? todayUtc();
    return this.tx.run((em) => this.createGrant(em, ctx, { ...input, validFrom }));
  }

  /** Runs in the caller's transaction (also used when a tier request is approved). */
  async createGrant(em: EntityManager, ctx: RequestContext, g: NewGrant): Promise<TierGrantModel> {
    if (g.validUntil < g.validFrom) throw invalidPeriod();
    if (g.validUntil < todayUtc()) throw validUntilPast();
    await this.assertGrantablePartner(em, g.partnerId);
    await this.assertCatalogue(em, g.productLineId, g.tierId);
    const live = await em.query<unknown[]>(`SELECT 1 FROM tier_grant WHERE partner_id = $1 AND product_line_id = $2 AND status = ANY($3)`, [
      g.partnerId,
      g.productLineId,
      LIVE,
    ]);
    if (live.length) throw activeGrantExists();
    let id: string;
    try {
      [{ id }] = await em.query<{ id: string }[]>(
        `INSERT INTO tier_grant (partner_id, product_line_id, tier_id, status, valid_from, valid_until)
         VALUES ($1, $2, $3, 'ACTIVE', $4, $5) RETURNING id`,
        [g.partnerId, g.productLineId, g.tierId, g.validFrom, g.validUntil],
      );
    } catch (error) {
      // Two managers granting at the same moment: the partial unique index lets exactly one through.
      if (error instanceof QueryFailedError && (error.driverError as { constraint?: string }).constraint === 'tier_grant_one_live') {
        throw activeGrantExists();
      }
      throw error;
    }
    await this.history.record(em, ctx, { grantId: id, partnerId: g.partnerId, action: 'GRANTED', reason: g.reason, before: null });
    return (await grantRow(em, id))!;
  }

  renew(ctx: RequestContext, input: RenewGrantInput): Promise<TierGrantModel> {
    return this.transition(ctx, input.grantId, 'RENEWED', input.reason, async (em, g) => {
      if (!LIVE.includes(g.status)) throw grantNotLive(g.status);
      if (input.validUntil <= g.valid_until) throw renewalNotLater();
      await em.query(`UPDATE tier_grant SET valid_until = $2, updated_at = now() WHERE id = $1`, [g.id, input.validUntil]);
    });
  }

  changeTier(ctx: RequestContext, input: ChangeGrantTierInput): Promise<TierGrantModel> {
    return this.transition(ctx, input.grantId, 'TIER_CHANGED', input.reason, (em, g) => this.applyTierChange(em, g, input.tierId));
  }

  /** Shared by changeTier and request approval; the caller records the history. */
  async applyTierChange(em: EntityManager, g: LockedGrant, tierId: string): Promise<void> {
    if (!LIVE.includes(g.status)) throw grantNotLive(g.status);
    if (g.tier_id === tierId) throw sameTier();
    await this.assertCatalogue(em, g.product_line_id, tierId);
    await em.query(`UPDATE tier_grant SET tier_id = $2, updated_at = now() WHERE id = $1`, [g.id, tierId]);
  }

  suspend(ctx: RequestContext, input: SuspendGrantInput): Promise<TierGrantModel> {
    return this.transition(ctx, input.grantId, 'SUSPENDED', input.reason, async (em, g) => {
      if (g.status !== 'ACTIVE') throw grantNotActive(g.status);
      if (input.until && input.until <= todayUtc()) throw suspendUntilPast();
      await em.query(
        `UPDATE tier_grant SET status = 'SUSPENDED', suspension_cause = 'MANUAL', suspended_until = $2, updated_at = now() WHERE id = $1`,
        [g.id, input.until ?? null],
      );
    });
  }

  liftSuspension(ctx: RequestContext, grantId: string, reason: string): Promise<TierGrantModel> {
    return this.transition(ctx, grantId, 'SUSPENSION_LIFTED', reason, async (em, g) => {
      if (g.status !== 'SUSPENDED') throw grantNotSuspended(g.status);
      await em.query(
        `UPDATE tier_grant SET status = 'ACTIVE', suspension_cause = NULL, suspended_until = NULL, updated_at = now() WHERE id = $1`,
        [g.id],
      );
    });
  }

  revoke(ctx: RequestContext, grantId: string, reason: string): Promise<TierGrantModel> {
    return this.transition(ctx, grantId, 'REVOKED', reason, async (em, g) => {
      if (!LIVE.includes(g.status)) throw grantNotLive(g.status);
      await em.query(
        `UPDATE tier_grant SET status = 'REVOKED', suspension_cause = NULL, suspended_until = NULL, updated_at = now() WHERE id = $1`,
        [g.id],
      );
    });
  }

  /** Lock, check, change, record — one transaction, so a refused transition changes nothing. */
  async transition(
    ctx: RequestContext,
    grantId: string,
    action: 'RENEWED' | 'TIER_CHANGED' | 'SUSPENDED' | 'SUSPENSION_LIFTED' | 'REVOKED',
    reason: string,
    apply: (em: EntityManager, grant: LockedGrant) => Promise<void>,
  ): Promise<TierGrantModel> {
    return this.tx.run(async (em) => {
      const g = await lockGrant(em, grantId);
      if (!g) throw new NotFoundError('TierGrant', grantId);
      assertOrganisationVisible(ctx, g.partner_id, 'TierGrant', grantId);
      const before = await grantSnapshot(em, grantId);
      await apply(em, g);
      await this.history.record(em, ctx, { grantId, partnerId: g.partner_id, action, reason, before });
      return (await grantRow(em, grantId))!;
    });
  }

  private async assertGrantablePartner(em: EntityManager, partnerId: string): Promise<void> {
    const [org] = await em.query<{ kind: string; status: string }[]>(`SELECT kind, status FROM organisation WHERE id = $1 FOR SHARE`, [
      partnerId,
    ]);
    if (!org) throw new NotFoundError('Organisation', partnerId);
    if (org.kind !== 'PARTNER') throw partnerNotGrantable('not a service partner');
    if (org.status !== 'ACTIVE' && org.status !== 'ONBOARDING') throw partnerNotGrantable(`partner is ${org.status.toLowerCase()}`);
  }

  private async assertCatalogue(em: EntityManager, productLineId: string, tierId: string): Promise<void> {
    const [row] = await em.query<{ pl: boolean; tier: boolean }[]>(
      `SELECT EXISTS (SELECT 1 FROM product_line WHERE id = $1 AND active) AS pl, EXISTS (SELECT 1 FROM tier WHERE id = $2) AS tier`,
      [productLineId, tierId],
    );
    if (!row.pl) throw new NotFoundError('ProductLine', productLineId);
    if (!row.tier) throw new NotFoundError('Tier', tierId);
  }
}
