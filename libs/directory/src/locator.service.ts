import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ForbiddenError, type Page, pageOf, pageWindow, type RequestContext } from '@portal/core';
import { entitledGrantSql } from '@portal/tiers';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import type { FindPartnersArgs } from './dto/directory.input';
import type { LocatorResultModel } from './models/directory.model';

/**
 * The public partner locator: partners whose tier is listed and who are entitled to the service right
 * now, by postcode coverage, distance or place; ranked by tier, then distance. Two statements a request.
 */
@Injectable()
export class LocatorService {
  private readonly limiter = new RateLimiterMemory({ points: 120, duration: 60 });

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async find(ctx: RequestContext, args: FindPartnersArgs): Promise<Page<LocatorResultModel>> {
    await this.limit(ctx.ip);
    const { offset, limit } = pageWindow(args.page);
    const hasCoordinates = args.latitude !== undefined && args.longitude !== undefined;
    const params: unknown[] = [
      args.productLineId,
      args.serviceCategoryId ?? null,
      hasCoordinates ? args.latitude : null,
      hasCoordinates ? args.longitude : null,
    ];
    const where = ['TRUE'];
    if (args.postalCode) {
      const p = params.push(args.postalCode);
      where.push(`EXISTS (SELECT 1 FROM service_area a WHERE a.organisation_id = o.id AND starts_with($${p}, a.postal_prefix)
                           AND (a.product_line_id IS NULL OR a.product_line_id = $1))`);
    }
    if (hasCoordinates) where.push(`l.distance <= $${params.push((args.radiusKm ?? 50) * 1000)}`);
    if (args.place)
      where.push(
        `lower(l.city || ' ' || l.postal_code || ' ' || l.name) LIKE $${params.push(`%${args.place.toLowerCase().replace(/[\\%_]/g, '\\$&')}%`)}`,
      );
    const category = `COALESCE($2::uuid, (SELECT te.service_category_id FROM tier_entitlement te WHERE te.tier_id = g.tier_id AND te.product_line_id = g.product_line_id LIMIT 1))`;
    const rows = await this.dataSource.query<(LocatorResultModel & { total: number })[]>(
      `SELECT o.id AS "partnerId", o.name, t.code AS "tierCode", t.rank AS "tierRank", t.name_de AS "tierNameDe", t.name_en AS "tierNameEn",
              l.street, l.postal_code AS "postalCode", l.city, l.phone, l.opening_hours AS "openingHours",
              round((l.distance / 1000)::numeric, 1)::float AS "distanceKm",
              ARRAY(SELECT sc.code FROM tier_entitlement te JOIN service_category sc ON sc.id = te.service_category_id
                     WHERE te.tier_id = g.tier_id AND te.product_line_id = g.product_line_id ORDER BY sc.code) AS services,
              count(*) OVER ()::int AS total
         FROM tier_grant g
         JOIN tier t ON t.id = g.tier_id AND t.listed_in_locator
         JOIN organisation o ON o.id = g.partner_id AND o.status = 'ACTIVE'
         JOIN LATERAL (
           SELECT pl.*, CASE WHEN $3::float8 IS NULL THEN NULL ELSE earth_distance(ll_to_earth($3, $4), ll_to_earth(pl.latitude, pl.longitude)) END AS distance
             FROM partner_location pl WHERE pl.organisation_id = o.id ORDER BY distance NULLS LAST, pl.name LIMIT 1) l ON TRUE
        WHERE g.product_line_id = $1 AND ${entitledGrantSql('g', 'current_date', category)} AND ${where.join(' AND ')}
        ORDER BY t.rank DESC, l.distance NULLS LAST, o.name OFFSET ${offset} LIMIT ${limit}`,
      params,
    );
    return pageOf(
      rows.map(({ total: _t, ...r }) => r),
      rows[0]?.total ?? 0,
      args.page,
    );
  }

  private async limit(ip: string): Promise<void> {
    try {
      await this.limiter.consume(ip);
    } catch (res) {
      if (!(res instanceof RateLimiterRes)) throw res;
      throw new ForbiddenError('RATE_LIMITED', `too many searches; try again in ${Math.ceil(res.msBeforeNext / 1000)} s`);
    }
  }
}
