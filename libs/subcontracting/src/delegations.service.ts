import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AuditService,
  BadInputError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  type Page,
  pageOf,
  pageWindow,
  Permission,
  type RequestContext,
  todayUtc,
  TransactionService,
  partnerSubcontractorScope,
} from '@portal/core';
import { NotificationsService } from '@portal/notifications';
import { EntitlementService } from '@portal/tiers';
import type { DataSource, EntityManager } from 'typeorm';
import { recordDelegationChange } from './delegation-history';
import { DELEGABLE_SQL, DELEGATION_SELECT, LOCK_PARTNER_SQL } from './delegation-sql';
import {
  type DecideDelegationArgs,
  DelegationDecision,
  type DelegationsArgs,
  type RequestDelegationInput,
} from './dto/subcontracting.input';
import type { DelegationEventModel, DelegationModel, SubcontractorEntitlementModel } from './models/subcontracting.model';
import { SubcontractorsService } from './subcontractors.service';

interface DecisionRule {
  from: string[];
  to: string;
  needsReason: boolean;
  by: 'MANUFACTURER' | 'PARTNER';
}

const DECISIONS: Record<DelegationDecision, DecisionRule> = {
  [DelegationDecision.APPROVE]: { from: ['REQUESTED'], to: 'APPROVED', needsReason: false, by: 'MANUFACTURER' },
  [DelegationDecision.REJECT]: { from: ['REQUESTED'], to: 'REJECTED', needsReason: true, by: 'MANUFACTURER' },
  [DelegationDecision.SUSPEND]: { from: ['APPROVED'], to: 'SUSPENDED', needsReason: true, by: 'MANUFACTURER' },
  [DelegationDecision.LIFT_SUSPENSION]: { from: ['SUSPENDED'], to: 'APPROVED', needsReason: false, by: 'MANUFACTURER' },
  [DelegationDecision.REVOKE]: { from: ['APPROVED', 'SUSPENDED'], to: 'REVOKED', needsReason: true, by: 'MANUFACTURER' },
  [DelegationDecision.WITHDRAW]: { from: ['REQUESTED'], to: 'WITHDRAWN', needsReason: false, by: 'PARTNER' },
};

/** Permissions for subcontractors: asked for by the partner, decided by the manufacturer, bound to the partner's own tier. */
@Injectable()
export class DelegationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly entitlements: EntitlementService,
    private readonly subcontractors: SubcontractorsService,
  ) {}

  async list(ctx: RequestContext, args: DelegationsArgs): Promise<Page<DelegationModel>> {
    const scope = partnerSubcontractorScope(ctx, 'd', 1);
    const where = `${scope.sql} AND ($2::text IS NULL OR d.status = $2) AND ($3::uuid IS NULL OR d.partner_id = $3)
      AND ($4::uuid IS NULL OR d.subcontractor_id = $4) AND ($5::uuid IS NULL OR d.product_line_id = $5)`;
    const params = [scope.value, args.status ?? null, args.partnerId ?? null, args.subcontractorId ?? null, args.productLineId ?? null];
    const { offset, limit } = pageWindow(args.page);
    const [rows, [{ n }]] = await Promise.all([
      this.dataSource.query<DelegationModel[]>(
        `${DELEGATION_SELECT} WHERE ${where} ORDER BY (d.status = 'REQUESTED') DESC, d.created_at DESC, d.id LIMIT $6 OFFSET $7`,
        [...params, limit, offset],
      ),
      this.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM delegation d WHERE ${where}`, params),
    ]);
    return pageOf(rows, n, args.page);
  }

  async get(ctx: RequestContext, id: string, em: EntityManager = this.dataSource.manager): Promise<DelegationModel> {
    const scope = partnerSubcontractorScope(ctx, 'd', 2);
    const [row] = await em.query<DelegationModel[]>(`${DELEGATION_SELECT} WHERE d.id = $1 AND ${scope.sql}`, [id, scope.value]);
    if (!row) throw new NotFoundError('Delegation', id);
    return row;
  }

  async events(ctx: RequestContext, id: string): Promise<DelegationEventModel[]> {
    await this.get(ctx, id);
    return this.dataSource.query<DelegationEventModel[]>(
      `SELECT e.id::text AS id, e.action, e.from_status AS "fromStatus", e.to_status AS "toStatus", e.reason, u.display_name AS "actorName",
              e.request_id AS "requestId", e.occurred_at AS "occurredAt"
         FROM delegation_event e LEFT JOIN app_user u ON u.id = e.actor_user_id WHERE e.delegation_id = $1 ORDER BY e.id`,
      [id],
    );
  }

  request(ctx: RequestContext, input: RequestDelegationInput): Promise<DelegationModel> {
    const user = ctx.require(Permission.DelegationRequest);
    if (input.validUntil < input.validFrom)
      throw BadInputError.field('validUntil', 'INVALID_PERIOD', 'The period must not end before it starts.');
    if (input.validUntil < todayUtc()) throw BadInputError.field('validUntil', 'PERIOD_IN_PAST', 'The period must not lie in the past.');
    return this.tx.run(async (em) => {
      const relationship = await this.subcontractors.get(ctx, input.relationshipId, em);
      if (relationship.partnerId !== user.organisationId) throw new NotFoundError('Subcontractor', input.relationshipId);
      if (relationship.status !== 'ACTIVE') throw new ConflictError('RELATIONSHIP_ENDED', 'This relationship has ended.');
      await em.query(LOCK_PARTNER_SQL, [user.organisationId]);
      await this.assertDelegable(em, user.organisationId, input.productLineId, input.serviceCategoryId, 'FORBIDDEN');
      const [row] = await em.query<{ id: string }[]>(
        `INSERT INTO delegation (relationship_id, partner_id, subcontractor_id, product_line_id, service_category_id, valid_from, valid_until,
                                 justification, requested_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT DO NOTHING RETURNING id`,
        [
          relationship.id,
          user.organisationId,
          relationship.subcontractorId,
          input.productLineId,
          input.serviceCategoryId,
          input.validFrom,
          input.validUntil,
          input.justification,
          user.userId,
        ],
      );
      if (!row)
        throw new ConflictError('DELEGATION_EXISTS', 'This subcontractor already has a live permission or request for this service.');
      await recordDelegationChange(
        em,
        ctx,
        { audit: this.audit, notifications: this.notifications },
        {
          id: row.id,
          partnerId: user.organisationId,
          subcontractorId: relationship.subcontractorId,
          from: null,
          to: 'REQUESTED',
          action: 'REQUESTED',
          reason: input.justification,
        },
      );
      return this.get(ctx, row.id, em);
    });
  }

  decide(ctx: RequestContext, args: DecideDelegationArgs): Promise<DelegationModel> {
    const rule = DECISIONS[args.decision];
    const user = ctx.require(rule.by === 'MANUFACTURER' ? Permission.DelegationDecide : Permission.DelegationRequest);
    const reason = args.reason;
    if (rule.needsReason && reason.length < 3) throw BadInputError.field('reason', 'REASON_REQUIRED', 'Give a reason for this decision.');
    return this.tx.run(async (em) => {
      const current = await this.get(ctx, args.id, em);
      if (rule.by === 'PARTNER' && current.partnerId !== user.organisationId) throw new ForbiddenError('PARTNER_ONLY');
      // The partner's lock first, then the row: the same order as the cascade, so the two never deadlock.
      await em.query(LOCK_PARTNER_SQL, [current.partnerId]);
      const [state] = await em.query<{ status: string; valid_from: string; valid_until: string; suspension_cause: string | null }[]>(
        `SELECT status, valid_from, valid_until, suspension_cause FROM delegation WHERE id = $1 FOR UPDATE`,
        [args.id],
      );
      if (!rule.from.includes(state.status))
        throw new ConflictError(
          'INVALID_DECISION',
          `This step (${args.decision}) is not possible for a permission that is ${state.status.toLowerCase()}.`,
          {
            status: state.status,
          },
        );
      const period = this.period(args, state);
      if (args.decision === DelegationDecision.LIFT_SUSPENSION && state.suspension_cause !== 'MANUAL')
        throw new ConflictError(
          'SUSPENDED_BY_PARTNER_TIER',
          "This permission returns by itself when the partner's tier allows delegating again.",
        );
      if (rule.to === 'APPROVED')
        await this.assertDelegable(em, current.partnerId, current.productLineId, current.serviceCategoryId, 'CONFLICT');
      await em.query(
        `UPDATE delegation SET status = $2, suspension_cause = $3, valid_from = $4, valid_until = $5, updated_at = now(),
                decided_by = CASE WHEN $6 THEN $7::uuid ELSE decided_by END, decided_at = CASE WHEN $6 THEN now() ELSE decided_at END,
                decision_reason = CASE WHEN $6 THEN $8 ELSE decision_reason END
          WHERE id = $1`,
        [
          args.id,
          rule.to,
          rule.to === 'SUSPENDED' ? 'MANUAL' : null,
          period.from,
          period.until,
          rule.by === 'MANUFACTURER',
          user.userId,
          reason || null,
        ],
      );
      await recordDelegationChange(
        em,
        ctx,
        { audit: this.audit, notifications: this.notifications },
        {
          id: args.id,
          partnerId: current.partnerId,
          subcontractorId: current.subcontractorId,
          from: state.status,
          to: rule.to,
          action: args.decision,
          reason,
        },
      );
      return this.get(ctx, args.id, em);
    });
  }

  /** Approval may only narrow the requested period. */
  private period(args: DecideDelegationArgs, state: { valid_from: string; valid_until: string }): { from: string; until: string } {
    if (args.decision !== DelegationDecision.APPROVE) return { from: state.valid_from, until: state.valid_until };
    const from = args.validFrom ?? state.valid_from;
    const until = args.validUntil ?? state.valid_until;
    if (from < state.valid_from || until > state.valid_until || until < from)
      throw new BadInputError('PERIOD_NOT_NARROWER', 'An approval may only shorten the requested period.', [
        {
          field: 'validUntil',
          reason: 'PERIOD_NOT_NARROWER',
          message: `Choose dates between ${state.valid_from} and ${state.valid_until}.`,
        },
      ]);
    return { from, until };
  }

  /** The partner must itself be entitled to the service on the product line, with a tier that allows delegating. */
  private async assertDelegable(
    em: EntityManager,
    partnerId: string,
    productLineId: string,
    serviceCategoryId: string,
    code: 'FORBIDDEN' | 'CONFLICT',
  ) {
    const [{ ok }] = await em.query<{ ok: boolean }[]>(
      `SELECT ${DELEGABLE_SQL('d')} AS ok FROM (SELECT $1::uuid AS partner_id, $2::uuid AS product_line_id, $3::uuid AS service_category_id) d`,
      [partnerId, productLineId, serviceCategoryId],
    );
    if (ok) return;
    const answer = await this.entitlements.check(em, { partnerId, productLineId, serviceCategoryId, at: todayUtc() });
    const [reason, message] = answer.entitled
      ? ['TIER_DOES_NOT_DELEGATE', "The partner's tier on this product line does not allow delegating services."]
      : [`PARTNER_NOT_ENTITLED`, `The partner is not entitled to this service on this product line (${answer.reason}).`];
    const extra = { entitlementReason: answer.reason };
    throw code === 'FORBIDDEN' ? new ForbiddenError(reason, message, extra) : new ConflictError(reason, message, extra);
  }

  /** The entitlement question for a subcontractor: through which partner and permission, until when. */
  async entitlement(ctx: RequestContext, q: { subcontractorId?: string; productLineId: string; serviceCategoryId: string; at?: string }) {
    const subcontractorId = q.subcontractorId ?? ctx.user.organisationId;
    const scope = partnerSubcontractorScope(ctx, 'd', 5);
    const at = q.at ?? todayUtc();
    const rows = await this.dataSource.query<
      { id: string; status: string; partnerId: string; partnerName: string; validUntil: string; ok: boolean }[]
    >(
      `SELECT d.id, d.status, d.partner_id AS "partnerId", p.name AS "partnerName", d.valid_until AS "validUntil",
              (d.status = 'APPROVED' AND $4::date BETWEEN d.valid_from AND d.valid_until AND ${DELEGABLE_SQL('d', '$4::date')}) AS ok
         FROM delegation d JOIN organisation p ON p.id = d.partner_id
        WHERE d.subcontractor_id = $1 AND d.product_line_id = $2 AND d.service_category_id = $3 AND ${scope.sql}
          AND d.status IN ('APPROVED', 'SUSPENDED')
        ORDER BY ok DESC, d.valid_until DESC`,
      [subcontractorId, q.productLineId, q.serviceCategoryId, at, scope.value],
    );
    const best = rows[0];
    const result: SubcontractorEntitlementModel = {
      entitled: !!best?.ok,
      reason: best?.ok ? null : best ? 'PERMISSION_SUSPENDED' : 'NO_PERMISSION',
      partnerId: best?.partnerId ?? null,
      partnerName: best?.partnerName ?? null,
      delegationId: best?.id ?? null,
      validUntil: best?.validUntil ?? null,
    };
    return result;
  }
}
