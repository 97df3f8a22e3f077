import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Page, pageOf, pageWindow, type RequestContext, visibleOrganisationIds } from '@portal/core';
import type { DataSource } from 'typeorm';
import type { NetworkArgs } from './dto/network.args';
import { GRANT_SELECT } from './grant-rows';
import type { TierGrantModel } from './models/grant.model';
import { type NetworkPartnerModel, NetworkSortField } from './models/network.model';

const ORDER: Record<NetworkSortField, string> = {
  [NetworkSortField.NAME]: 'o.name',
  [NetworkSortField.CITY]: 'o.city',
  [NetworkSortField.STATUS]: 'o.status',
  [NetworkSortField.HIGHEST_TIER]: `(SELECT max(t.rank) FROM tier_grant g JOIN tier t ON t.id = g.tier_id WHERE g.partner_id = o.id AND g.status = 'ACTIVE')`,
};

/**
 * The manufacturer's network view. Two statements per request whatever the page size: the page of
 * partners (filtered, sorted, counted in one go) and the live grants of exactly those partners.
 */
@Injectable()
export class NetworkService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(ctx: RequestContext, args: NetworkArgs): Promise<Page<NetworkPartnerModel>> {
    const { offset, limit } = pageWindow(args.page);
    const params: unknown[] = [];
    const where = [`o.kind = 'PARTNER'`];
    const scope = visibleOrganisationIds(ctx);
    if (scope) where.push(`o.id = ANY($${params.push(scope)})`);
    const f = args.filter;
    if (f?.status) where.push(`o.status = $${params.push(f.status)}`);
    if (f?.region) where.push(`starts_with(o.postal_code, $${params.push(f.region)})`);
    if (f?.search) {
      const p = params.push(`%${f.search.replace(/[\\%_]/g, '\\$&')}%`);
      where.push(`(o.name ILIKE $${p} OR o.legal_name ILIKE $${p} OR o.city ILIKE $${p})`);
    }
    if (f?.tierId || f?.productLineId) {
      const conditions = [`g.partner_id = o.id`, `g.status IN ('ACTIVE', 'SUSPENDED')`];
      if (f.tierId) conditions.push(`g.tier_id = $${params.push(f.tierId)}`);
      if (f.productLineId) conditions.push(`g.product_line_id = $${params.push(f.productLineId)}`);
      where.push(`EXISTS (SELECT 1 FROM tier_grant g WHERE ${conditions.join(' AND ')})`);
    }
    const sort = args.sort ?? { field: NetworkSortField.NAME, ascending: true };
    const direction = sort.ascending ? 'ASC NULLS FIRST' : 'DESC NULLS LAST';
    const partners = await this.dataSource.query<(Omit<NetworkPartnerModel, 'grants'> & { total: number })[]>(
      `SELECT o.id, o.name, o.city, o.postal_code AS "postalCode", o.status, count(*) OVER ()::int AS total
         FROM organisation o WHERE ${where.join(' AND ')}
        ORDER BY ${ORDER[sort.field]} ${direction}, o.name, o.id OFFSET ${offset} LIMIT ${limit}`,
      params,
    );
    const ids = partners.map((p) => p.id);
    const grants = ids.length
      ? await this.dataSource.query<TierGrantModel[]>(
          `${GRANT_SELECT} WHERE g.partner_id = ANY($1) AND g.status IN ('ACTIVE', 'SUSPENDED') ORDER BY pl.code`,
          [ids],
        )
      : [];
    const byPartner = new Map<string, TierGrantModel[]>();
    for (const g of grants) byPartner.set(g.partnerId, [...(byPartner.get(g.partnerId) ?? []), g]);
    const total = partners[0]?.total ?? (offset > 0 ? await this.count(where.join(' AND '), params) : 0);
    return pageOf(
      partners.map(({ total: _t, ...p }) => ({ ...p, grants: byPartner.get(p.id) ?? [] })),
      total,
      args.page,
    );
  }

  /** Only needed when the page lies beyond the last partner. */
  private async count(where: string, params: unknown[]): Promise<number> {
    const [{ count }] = await this.dataSource.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM organisation o WHERE ${where}`,
      params,
    );
    return count;
  }
}
