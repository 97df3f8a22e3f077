import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig, newToken, type RequestContext } from '@portal/core';
import type { DataSource } from 'typeorm';
import { type BadgeModel, BadgeStatus, type BadgeVerificationModel } from './models/directory.model';

const CODE = /^[A-Za-z0-9_-]{20,64}$/;

const escapeXml = (s: string): string =>
  s.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);

/**
 * Badges show the live status of a partner's grant on one product line: after a downgrade, suspension,
 * revocation or expiry the badge and its verification page say so at once.
 */
@Injectable()
export class BadgesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  /** The viewer's badges: one per live grant whose tier allows a badge (created on first request). */
  async mine(ctx: RequestContext): Promise<BadgeModel[]> {
    const organisationId = ctx.user.organisationId;
    const missing = await this.dataSource.query<{ product_line_id: string }[]>(
      `SELECT g.product_line_id FROM tier_grant g JOIN tier t ON t.id = g.tier_id
        WHERE g.partner_id = $1 AND g.status = 'ACTIVE' AND t.may_show_badge
          AND NOT EXISTS (SELECT 1 FROM badge b WHERE b.organisation_id = g.partner_id AND b.product_line_id = g.product_line_id)`,
      [organisationId],
    );
    for (const m of missing) {
      // 256 random bits: badge codes must not be guessable.
      await this.dataSource.query(`INSERT INTO badge (code, organisation_id, product_line_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [
        `b${newToken()}`,
        organisationId,
        m.product_line_id,
      ]);
    }
    const rows = await this.dataSource.query<{ code: string; productLineId: string; productLineCode: string }[]>(
      `SELECT b.code, b.product_line_id AS "productLineId", pl.code AS "productLineCode" FROM badge b JOIN product_line pl ON pl.id = b.product_line_id
        WHERE b.organisation_id = $1 ORDER BY pl.code`,
      [organisationId],
    );
    const base = this.config.publicUrl.replace(/\/$/, '');
    return rows.map((r) => {
      const svgUrl = `${base}/badges/${r.code}.svg`;
      const verifyUrl = `${base}/verify/${r.code}`;
      return {
        ...r,
        svgUrl,
        verifyUrl,
        snippet: `<a href="${verifyUrl}" rel="noopener"><img src="${svgUrl}" alt="Authorised service partner" width="220" height="64"></a>`,
      };
    });
  }

  /** The verification code of a grant's partner and product line, created on first use. */
  async codeFor(partnerId: string, grantId: string): Promise<string> {
    await this.dataSource.query(
      `INSERT INTO badge (code, organisation_id, product_line_id) SELECT $1, partner_id, product_line_id FROM tier_grant WHERE id = $2 AND partner_id = $3
       ON CONFLICT (organisation_id, product_line_id) DO NOTHING`,
      [`b${newToken()}`, grantId, partnerId],
    );
    const [row] = await this.dataSource.query<{ code: string }[]>(
      `SELECT b.code FROM badge b JOIN tier_grant g ON g.partner_id = b.organisation_id AND g.product_line_id = b.product_line_id WHERE g.id = $1`,
      [grantId],
    );
    return row.code;
  }

  /** Unknown and malformed codes answer alike and reveal nothing. */
  async verify(code: string): Promise<BadgeVerificationModel> {
    const unknown: BadgeVerificationModel = {
      status: BadgeStatus.NOT_FOUND,
      partnerName: null,
      city: null,
      tierCode: null,
      tierNameDe: null,
      tierNameEn: null,
      productLineNameDe: null,
      productLineNameEn: null,
      validUntil: null,
      badgeAllowed: false,
    };
    if (!CODE.test(code)) return unknown;
    const [row] = await this.dataSource.query<
      {
        partner: string;
        city: string;
        pl_de: string;
        pl_en: string;
        status: string | null;
        valid_from: string | null;
        valid_until: string | null;
        tier_code: string | null;
        tier_de: string | null;
        tier_en: string | null;
        badge_ok: boolean | null;
        org_status: string;
      }[]
    >(
      `SELECT o.name AS partner, o.city, o.status AS org_status, pl.name_de AS pl_de, pl.name_en AS pl_en,
              g.status, g.valid_from, g.valid_until, t.code AS tier_code, t.name_de AS tier_de, t.name_en AS tier_en, t.may_show_badge AS badge_ok
         FROM badge b JOIN organisation o ON o.id = b.organisation_id JOIN product_line pl ON pl.id = b.product_line_id
         LEFT JOIN LATERAL (SELECT * FROM tier_grant g WHERE g.partner_id = b.organisation_id AND g.product_line_id = b.product_line_id
                             ORDER BY (g.status IN ('ACTIVE', 'SUSPENDED')) DESC, g.created_at DESC LIMIT 1) g ON TRUE
         LEFT JOIN tier t ON t.id = g.tier_id
        WHERE b.code = $1`,
      [code],
    );
    if (!row) return unknown;
    const today = new Date().toISOString().slice(0, 10);
    let status: BadgeStatus;
    if (!row.status) status = BadgeStatus.REVOKED;
    else if (row.status === 'ACTIVE' && row.valid_until! < today) status = BadgeStatus.EXPIRED;
    else status = (row.status === 'ACTIVE' ? 'VALID' : row.status) as BadgeStatus;
    const live = status === BadgeStatus.VALID;
    return {
      status,
      partnerName: row.partner,
      city: row.city,
      // The old tier is never shown as current: without a valid grant the tier is left out.
      tierCode: live ? row.tier_code : null,
      tierNameDe: live ? row.tier_de : null,
      tierNameEn: live ? row.tier_en : null,
      productLineNameDe: row.pl_de,
      productLineNameEn: row.pl_en,
      validUntil: live ? row.valid_until : null,
      badgeAllowed: live && row.badge_ok === true,
    };
  }

  async svg(code: string): Promise<string | null> {
    const v = await this.verify(code);
    if (v.status === BadgeStatus.NOT_FOUND) return null;
    const live = v.status === BadgeStatus.VALID && v.badgeAllowed;
    const line1 = live
      ? `Autorisierter Servicepartner · ${v.tierNameDe}`
      : v.status === BadgeStatus.VALID
        ? `${v.tierNameDe}: ohne Partnersiegel`
        : `Keine gültige Autorisierung (${v.status})`;
    const line2 = `${v.partnerName} · ${v.productLineNameDe}`;
    const colour = live ? '#0b6b3a' : '#8a1c1c';
    return `<svg xmlns="http://www.w3.org/2000/svg" width="220" height="64" viewBox="0 0 220 64" role="img" aria-label="${escapeXml(line1)}">
  <rect width="220" height="64" rx="8" fill="${colour}"/>
  <text x="12" y="26" font-family="Helvetica, Arial, sans-serif" font-size="11" font-weight="bold" fill="#fff">${escapeXml(line1)}</text>
  <text x="12" y="46" font-family="Helvetica, Arial, sans-serif" font-size="10" fill="#fff">${escapeXml(line2)}</text>
</svg>`;
  }
}
