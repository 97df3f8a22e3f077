import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Permission, type RequestContext } from '@portal/core';
import { DELEGABLE_SQL } from '@portal/subcontracting';
import type { DataSource } from 'typeorm';
import type { KnowledgeViewer } from './article-visibility';

/** Loads the facts the visibility rule needs, once per request. */
@Injectable()
export class KnowledgeViewerService {
  private readonly cache = new WeakMap<RequestContext, Promise<KnowledgeViewer>>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  viewer(ctx: RequestContext): Promise<KnowledgeViewer> {
    let viewer = this.cache.get(ctx);
    if (!viewer) {
      viewer = this.load(ctx);
      this.cache.set(ctx, viewer);
    }
    return viewer;
  }

  private async load(ctx: RequestContext): Promise<KnowledgeViewer> {
    const user = ctx.require(Permission.KnowledgeRead);
    const base: KnowledgeViewer = {
      userId: user.userId,
      organisationId: user.organisationId,
      kind: user.organisationKind,
      grantProductLineIds: [],
      grantRanks: [],
      permittedProductLineIds: [],
      permittedCategoryIds: [],
      permittedRanks: [],
    };
    if (user.organisationKind === 'MANUFACTURER') return { ...base, kind: ctx.can(Permission.KnowledgeReview) ? 'EDITOR' : 'MANUFACTURER' };
    if (user.organisationKind === 'PARTNER') {
      const grants = await this.dataSource.query<{ product_line_id: string; rank: number }[]>(
        `SELECT g.product_line_id, t.rank FROM tier_grant g JOIN tier t ON t.id = g.tier_id
          WHERE g.partner_id = $1 AND g.status = 'ACTIVE' AND current_date BETWEEN g.valid_from AND g.valid_until`,
        [user.organisationId],
      );
      return { ...base, grantProductLineIds: grants.map((g) => g.product_line_id), grantRanks: grants.map((g) => g.rank) };
    }
    // Approved permissions under a live relationship whose partner may still delegate them today, each with the rank of
    // the partner's live grant on the permitted line (the one DELEGABLE_SQL relies on; one live grant per line).
    const permits = await this.dataSource.query<{ product_line_id: string; service_category_id: string; rank: number }[]>(
      `SELECT d.product_line_id, d.service_category_id, t.rank
         FROM delegation d JOIN subcontractor_relationship r ON r.id = d.relationship_id
         JOIN tier_grant g ON g.partner_id = d.partner_id AND g.product_line_id = d.product_line_id
                          AND g.status = 'ACTIVE' AND current_date BETWEEN g.valid_from AND g.valid_until
         JOIN tier t ON t.id = g.tier_id
        WHERE d.subcontractor_id = $1 AND d.status = 'APPROVED' AND r.status = 'ACTIVE' AND current_date BETWEEN d.valid_from AND d.valid_until
          AND ${DELEGABLE_SQL('d')}`,
      [user.organisationId],
    );
    return {
      ...base,
      permittedProductLineIds: permits.map((p) => p.product_line_id),
      permittedCategoryIds: permits.map((p) => p.service_category_id),
      permittedRanks: permits.map((p) => p.rank),
    };
  }
}
