import type { EntityManager } from 'typeorm';
import type { TierGrantModel } from './models/grant.model';

/** Grants as GraphQL rows, with product line, tier and partner name joined in one statement. */
export const GRANT_SELECT = `
  SELECT g.id, g.partner_id AS "partnerId", o.name AS "partnerName", g.status,
         g.valid_from AS "validFrom", g.valid_until AS "validUntil", g.suspended_until AS "suspendedUntil",
         g.suspension_cause AS "suspensionCause", g.created_at AS "createdAt", g.updated_at AS "updatedAt",
         json_build_object('id', pl.id, 'code', pl.code, 'nameDe', pl.name_de, 'nameEn', pl.name_en, 'active', pl.active) AS "productLine",
         json_build_object('id', t.id, 'code', t.code, 'rank', t.rank, 'nameDe', t.name_de, 'nameEn', t.name_en,
                           'mayDelegate', t.may_delegate, 'listedInLocator', t.listed_in_locator, 'mayShowBadge', t.may_show_badge) AS tier
    FROM tier_grant g
    JOIN organisation o ON o.id = g.partner_id
    JOIN product_line pl ON pl.id = g.product_line_id
    JOIN tier t ON t.id = g.tier_id`;

export async function grantRow(em: EntityManager, id: string): Promise<TierGrantModel | undefined> {
  const rows = await em.query<TierGrantModel[]>(`${GRANT_SELECT} WHERE g.id = $1`, [id]);
  return rows[0];
}

/** The raw grant row used for state checks, locked for the rest of the transaction. */
export interface LockedGrant {
  id: string;
  partner_id: string;
  product_line_id: string;
  tier_id: string;
  status: string;
  valid_from: string;
  valid_until: string;
  suspended_until: string | null;
  suspension_cause: string | null;
}

export async function lockGrant(em: EntityManager, id: string): Promise<LockedGrant | undefined> {
  const rows = await em.query<LockedGrant[]>(`SELECT * FROM tier_grant WHERE id = $1 FOR UPDATE`, [id]);
  return rows[0];
}

/** A compact, human-meaningful snapshot for history and audit (codes, not ids). */
export async function grantSnapshot(em: EntityManager, id: string): Promise<Record<string, unknown>> {
  const [row] = await em.query<Record<string, unknown>[]>(
    `SELECT g.status, t.code AS tier, t.rank, pl.code AS "productLine", g.valid_from AS "validFrom", g.valid_until AS "validUntil",
            g.suspended_until AS "suspendedUntil", g.suspension_cause AS "suspensionCause"
       FROM tier_grant g JOIN tier t ON t.id = g.tier_id JOIN product_line pl ON pl.id = g.product_line_id WHERE g.id = $1`,
    [id],
  );
  return Object.fromEntries(Object.entries(row).filter(([, v]) => v !== null));
}
