import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig, ForbiddenError, type Page, pageOf, pageWindow, type RequestContext } from '@portal/core';
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
  private readonly limiter: RateLimiterMemory;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(AppConfig) config: AppConfig,
  ) {
    this.limiter = new RateLimiterMemory({ points: config.locatorRateLimit, duration: 60 });
  }

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
    // Candidate locations come from an index first (GiST box for coordinates, trigram for places), so the
    // cost follows the neighbourhood searched, not the size of the network.
    const candidates: string[] = [];
    if (hasCoordinates) {
      const r = params.push((args.radiusKm ?? 50) * 1000);
      candidates.push(`earth_box(ll_to_earth($3, $4), $${r}) @> pl.earth AND earth_distance(ll_to_earth($3, $4), pl.earth) <= $${r}`);
    }
    if (args.place) {
      candidates.push(
        `lower(pl.city || ' ' || pl.postal_code) LIKE $${params.push(`%${args.place.toLowerCase().replace(/[\\%_]/g, '\\$&')}%`)}`,
      );
    }
    const coverage = args.postalCode
      ? `AND EXISTS (SELECT 1 FROM service_area a WHERE a.organisation_id = g.partner_id AND starts_with($${params.push(args.postalCode)}, a.postal_prefix)
                      AND (a.product_line_id IS NULL OR a.product_line_id = $1))`
      : '';
    const near = candidates.length
      ? `JOIN (SELECT pl.organisation_id, min(CASE WHEN $3::float8 IS NULL THEN NULL ELSE earth_distance(ll_to_earth($3, $4), pl.earth) END) AS distance
                FROM partner_location pl WHERE ${candidates.join(' AND ')} GROUP BY pl.organisation_id) c ON c.organisation_id = g.partner_id`
      : '';
    // Without candidates from coordinates there is no distance to rank by.
    const distance = hasCoordinates ? 'c.distance' : 'NULL::float8';
    const category = `COALESCE($2::uuid, (SELECT te.service_category_id FROM tier_entitlement te WHERE te.tier_id = g.tier_id AND te.product_line_id = g.product_line_id LIMIT 1))`;
    const rows = await this.dataSource.query<(LocatorResultModel & { total: number })[]>(
      `WITH hits AS (
         SELECT g.partner_id, g.tier_id, g.product_line_id, t.rank, count(*) OVER ()::int AS total, ${distance} AS distance
           FROM tier_grant g
           JOIN tier t ON t.id = g.tier_id AND t.listed_in_locator
           JOIN organisation o ON o.id = g.partner_id AND o.status = 'ACTIVE'
           ${near}
          WHERE g.product_line_id = $1 AND ${entitledGrantSql('g', 'current_date', category)} ${coverage}
          ORDER BY t.rank DESC, distance NULLS LAST, o.name OFFSET ${offset} LIMIT ${limit})
       SELECT o.id AS "partnerId", o.name, t.code AS "tierCode", t.rank AS "tierRank", t.name_de AS "tierNameDe", t.name_en AS "tierNameEn",
              l.street, l.postal_code AS "postalCode", l.city, l.phone, l.opening_hours AS "openingHours",
              round((h.distance / 1000)::numeric, 1)::float AS "distanceKm",
              ARRAY(SELECT sc.code FROM tier_entitlement te JOIN service_category sc ON sc.id = te.service_category_id
                     WHERE te.tier_id = h.tier_id AND te.product_line_id = h.product_line_id ORDER BY sc.code) AS services,
              h.total
         FROM hits h
         JOIN organisation o ON o.id = h.partner_id
         JOIN tier t ON t.id = h.tier_id
         JOIN LATERAL (
           SELECT pl.* FROM partner_location pl WHERE pl.organisation_id = h.partner_id
            ORDER BY CASE WHEN $3::float8 IS NULL THEN 0 ELSE earth_distance(ll_to_earth($3, $4), pl.earth) END, pl.name LIMIT 1) l ON TRUE
        ORDER BY h.rank DESC, h.distance NULLS LAST, o.name`,
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
