import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { assertOrganisationVisible, type RequestContext, todayUtc } from '@portal/core';
import type { DataSource, EntityManager } from 'typeorm';
import { GRANT_SELECT } from './grant-rows';
import { EntitlementReason } from './models/entitlement.model';
import { GrantStatus, type TierGrantModel } from './models/grant.model';
import type { ServiceEntitlementModel } from './models/entitlement.model';

const STATUS_REASON: Partial<Record<GrantStatus, EntitlementReason>> = {
  [GrantStatus.SUSPENDED]: EntitlementReason.SUSPENDED,
  [GrantStatus.EXPIRED]: EntitlementReason.EXPIRED,
  [GrantStatus.REVOKED]: EntitlementReason.REVOKED,
  [GrantStatus.ENDED]: EntitlementReason.ENDED,
};

export interface EntitlementQuestion {
  partnerId: string;
  productLineId: string;
  serviceCategoryId: string;
  at: string;
}

/**
 * The one source of truth for "may this partner perform this service on this product line at this
 * date"; subcontracting, the locator and the hotline ask the same function.
 */
@Injectable()
export class EntitlementService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async forViewer(
    ctx: RequestContext,
    q: Omit<EntitlementQuestion, 'partnerId' | 'at'> & { partnerId?: string; at?: string },
  ): Promise<ServiceEntitlementModel> {
    const partnerId = q.partnerId ?? ctx.user.organisationId;
    assertOrganisationVisible(ctx, partnerId, 'Organisation', partnerId);
    return this.check(this.dataSource.manager, { ...q, partnerId, at: q.at ?? todayUtc() });
  }

  async check(em: EntityManager, q: EntitlementQuestion): Promise<ServiceEntitlementModel> {
    // The live grant if there is one, otherwise the most recent one, so the answer can say why not.
    const [grant] = await em.query<(TierGrantModel & { includes: boolean })[]>(
      `${GRANT_SELECT.replace(
        'SELECT g.id,',
        `SELECT EXISTS (SELECT 1 FROM tier_entitlement e WHERE e.tier_id = g.tier_id AND e.product_line_id = g.product_line_id
                                                          AND e.service_category_id = $3) AS includes, g.id,`,
      )}
       WHERE g.partner_id = $1 AND g.product_line_id = $2
       ORDER BY (g.status IN ('ACTIVE', 'SUSPENDED')) DESC, g.created_at DESC LIMIT 1`,
      [q.partnerId, q.productLineId, q.serviceCategoryId],
    );
    const answer = (reason: EntitlementReason | null): ServiceEntitlementModel => {
      const { includes: _includes, ...row } = grant ?? { includes: false };
      return { ...q, entitled: reason === null, reason, grant: grant ? row : null };
    };
    if (!grant) return answer(EntitlementReason.NO_GRANT);
    const byStatus = STATUS_REASON[grant.status];
    if (byStatus) return answer(byStatus);
    if (grant.validUntil < q.at) return answer(EntitlementReason.EXPIRED);
    if (grant.validFrom > q.at) return answer(EntitlementReason.NOT_YET_VALID);
    if (!grant.includes) return answer(EntitlementReason.CATEGORY_NOT_INCLUDED);
    return answer(null);
  }
}
