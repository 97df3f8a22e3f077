import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  assertOrganisationVisible,
  AuditService,
  ForbiddenError,
  NotFoundError,
  type Page,
  pageOf,
  pageWindow,
  type RequestContext,
  todayUtc,
  TransactionService,
  visibleOrganisationIds,
} from '@portal/core';
import { NotificationsService } from '@portal/notifications';
import { QueryFailedError, type DataSource, type EntityManager } from 'typeorm';
import type { ApproveTierRequestInput, RejectTierRequestInput, RequestTierInput, TierRequestsArgs } from './dto/request.input';
import { GrantHistoryService } from './grant-history.service';
import { grantSnapshot, lockGrant } from './grant-rows';
import { GrantsService } from './grants.service';
import type { TierRequestModel } from './models/request.model';
import { openRequestExists, requestNotOpen, tierAlreadyHeld } from './tiers.errors';

const REQUEST_SELECT = `
  SELECT r.id, r.partner_id AS "partnerId", o.name AS "partnerName", r.justification, r.status,
         u.display_name AS "requestedByName", r.requested_at AS "requestedAt", r.decided_at AS "decidedAt",
         r.decision_reason AS "decisionReason", r.grant_id AS "grantId",
         json_build_object('id', pl.id, 'code', pl.code, 'nameDe', pl.name_de, 'nameEn', pl.name_en, 'active', pl.active) AS "productLine",
         json_build_object('id', t.id, 'code', t.code, 'rank', t.rank, 'nameDe', t.name_de, 'nameEn', t.name_en,
                           'mayDelegate', t.may_delegate, 'listedInLocator', t.listed_in_locator, 'mayShowBadge', t.may_show_badge) AS tier
    FROM tier_request r
    JOIN organisation o ON o.id = r.partner_id
    JOIN app_user u ON u.id = r.requested_by
    JOIN product_line pl ON pl.id = r.product_line_id
    JOIN tier t ON t.id = r.tier_id`;

const twoYearsFromToday = (): string => {
  const d = new Date();
  d.setUTCFullYear(d.getUTCFullYear() + 2);
  return d.toISOString().slice(0, 10);
};

@Injectable()
export class TierRequestsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly grants: GrantsService,
    private readonly history: GrantHistoryService,
  ) {}

  async list(ctx: RequestContext, args: TierRequestsArgs): Promise<Page<TierRequestModel>> {
    const { offset, limit } = pageWindow(args.page);
    const params: unknown[] = [];
    const where: string[] = ['TRUE'];
    const scope = visibleOrganisationIds(ctx);
    if (scope) where.push(`r.partner_id = ANY($${params.push(scope)})`);
    if (args.filter?.status) where.push(`r.status = $${params.push(args.filter.status)}`);
    if (args.filter?.partnerId) where.push(`r.partner_id = $${params.push(args.filter.partnerId)}`);
    const condition = where.join(' AND ');
    const [items, [{ count }]] = await Promise.all([
      this.dataSource.query<TierRequestModel[]>(
        `${REQUEST_SELECT} WHERE ${condition} ORDER BY r.requested_at DESC OFFSET ${offset} LIMIT ${limit}`,
        params,
      ),
      this.dataSource.query<{ count: number }[]>(`SELECT count(*)::int AS count FROM tier_request r WHERE ${condition}`, params),
    ]);
    return pageOf(items, count, args.page);
  }

  /** A partner asks for its own organisation only; one open request per product line. */
  async create(ctx: RequestContext, input: RequestTierInput): Promise<TierRequestModel> {
    const user = ctx.user;
    if (user.organisationKind !== 'PARTNER') throw new ForbiddenError('PARTNERS_ONLY', 'only service partners request tiers');
    return this.tx.run(async (em) => {
      const [{ pl, tier }] = await em.query<{ pl: boolean; tier: boolean }[]>(
        `SELECT EXISTS (SELECT 1 FROM product_line WHERE id = $1 AND active) AS pl, EXISTS (SELECT 1 FROM tier WHERE id = $2) AS tier`,
        [input.productLineId, input.tierId],
      );
      if (!pl) throw new NotFoundError('ProductLine', input.productLineId);
      if (!tier) throw new NotFoundError('Tier', input.tierId);
      const held = await em.query<unknown[]>(
        `SELECT 1 FROM tier_grant WHERE partner_id = $1 AND product_line_id = $2 AND tier_id = $3 AND status IN ('ACTIVE', 'SUSPENDED')`,
        [user.organisationId, input.productLineId, input.tierId],
      );
      if (held.length) throw tierAlreadyHeld();
      let id: string;
      try {
        [{ id }] = await em.query<{ id: string }[]>(
          `INSERT INTO tier_request (partner_id, product_line_id, tier_id, justification, requested_by) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
          [user.organisationId, input.productLineId, input.tierId, input.justification, user.userId],
        );
      } catch (error) {
        if (error instanceof QueryFailedError && (error.driverError as { constraint?: string }).constraint === 'tier_request_one_open') {
          throw openRequestExists();
        }
        throw error;
      }
      await this.audit.record(em, ctx, {
        action: 'tier_request.create',
        entityType: 'tier_request',
        entityId: id,
        organisationId: user.organisationId,
        after: { productLineId: input.productLineId, tierId: input.tierId, justification: input.justification },
      });
      return this.row(em, id);
    });
  }

  /** Approval creates the grant, or changes the tier of the live grant on that product line. */
  async approve(ctx: RequestContext, input: ApproveTierRequestInput): Promise<TierRequestModel> {
    return this.decide(ctx, input.requestId, 'APPROVED', input.reason ?? 'Request approved', async (em, r) => {
      const [live] = await em.query<{ id: string }[]>(
        `SELECT id FROM tier_grant WHERE partner_id = $1 AND product_line_id = $2 AND status IN ('ACTIVE', 'SUSPENDED')`,
        [r.partner_id, r.product_line_id],
      );
      const reason = input.reason ?? `Tier request approved`;
      if (live) {
        const g = (await lockGrant(em, live.id))!;
        const before = await grantSnapshot(em, g.id);
        await this.grants.applyTierChange(em, g, r.tier_id);
        await this.history.record(em, ctx, { grantId: g.id, partnerId: g.partner_id, action: 'TIER_CHANGED', reason, before });
        return g.id;
      }
      const grant = await this.grants.createGrant(em, ctx, {
        partnerId: r.partner_id,
        productLineId: r.product_line_id,
        tierId: r.tier_id,
        validFrom: todayUtc(),
        validUntil: input.validUntil ?? twoYearsFromToday(),
        reason,
      });
      return grant.id;
    });
  }

  reject(ctx: RequestContext, input: RejectTierRequestInput): Promise<TierRequestModel> {
    return this.decide(ctx, input.requestId, 'REJECTED', input.reason, () => Promise.resolve(null));
  }

  /** The requesting partner takes its open request back. */
  withdraw(ctx: RequestContext, requestId: string): Promise<TierRequestModel> {
    return this.decide(ctx, requestId, 'WITHDRAWN', 'Withdrawn by the partner', () => Promise.resolve(null));
  }

  private async decide(
    ctx: RequestContext,
    requestId: string,
    status: 'APPROVED' | 'REJECTED' | 'WITHDRAWN',
    reason: string,
    effect: (em: EntityManager, r: { partner_id: string; product_line_id: string; tier_id: string }) => Promise<string | null>,
  ): Promise<TierRequestModel> {
    return this.tx.run(async (em) => {
      const [r] = await em.query<{ id: string; partner_id: string; product_line_id: string; tier_id: string; status: string }[]>(
        `SELECT * FROM tier_request WHERE id = $1 FOR UPDATE`,
        [requestId],
      );
      if (!r) throw new NotFoundError('TierRequest', requestId);
      assertOrganisationVisible(ctx, r.partner_id, 'TierRequest', requestId);
      if (r.status !== 'OPEN') throw requestNotOpen(r.status);
      const grantId = await effect(em, r);
      await em.query(
        `UPDATE tier_request SET status = $2, decided_by = $3, decided_at = now(), decision_reason = $4, grant_id = $5 WHERE id = $1`,
        [requestId, status, ctx.user.userId, reason, grantId],
      );
      await this.audit.record(em, ctx, {
        action: `tier_request.${status.toLowerCase()}`,
        entityType: 'tier_request',
        entityId: requestId,
        organisationId: r.partner_id,
        before: { status: 'OPEN' },
        after: { status, reason: reason, grantId },
      });
      if (status !== 'WITHDRAWN') {
        const [codes] = await em.query<{ tier: string; productLine: string }[]>(
          `SELECT t.code AS tier, pl.code AS "productLine" FROM tier t, product_line pl WHERE t.id = $1 AND pl.id = $2`,
          [r.tier_id, r.product_line_id],
        );
        await this.notifications.notifyOrganisationAdmins(em, r.partner_id, 'TIER_REQUEST_DECIDED', {
          requestId,
          status,
          reason: reason,
          ...codes,
        });
      }
      return this.row(em, requestId);
    });
  }

  private async row(em: EntityManager, id: string): Promise<TierRequestModel> {
    const [row] = await em.query<TierRequestModel[]>(`${REQUEST_SELECT} WHERE r.id = $1`, [id]);
    return row;
  }
}
