import type { EntityManager } from 'typeorm';
import { DEMO_GRANTS, DEMO_LOCATIONS, DEMO_PRODUCT_LINES, DEMO_SERVICE_CATEGORIES, DEMO_TIERS } from './demo-data';

/** Catalogue, tier definitions and the demo partners' grants (valid from 300 days ago for 2 years). */
export async function seedDemoTiers(em: EntityManager, organisationIds: Map<string, string>): Promise<void> {
  const productLines = new Map<string, string>();
  for (const pl of DEMO_PRODUCT_LINES) {
    const [{ id }] = await em.query<{ id: string }[]>(
      `INSERT INTO product_line (code, name_de, name_en) VALUES ($1, $2, $3) RETURNING id`,
      [pl.code, pl.de, pl.en],
    );
    productLines.set(pl.code, id);
  }
  const categories = new Map<string, string>();
  for (const sc of DEMO_SERVICE_CATEGORIES) {
    const [{ id }] = await em.query<{ id: string }[]>(
      `INSERT INTO service_category (code, name_de, name_en) VALUES ($1, $2, $3) RETURNING id`,
      [sc.code, sc.de, sc.en],
    );
    categories.set(sc.code, id);
  }
  const tiers = new Map<string, string>();
  for (const t of DEMO_TIERS) {
    const [{ id }] = await em.query<{ id: string }[]>(
      `INSERT INTO tier (code, rank, name_de, name_en, description_de, description_en, knowledge_level, may_delegate, listed_in_locator,
                         may_show_badge, required_certified_technicians, requires_annual_training, required_course_codes)
       VALUES ($1, $2, $3, $4, $5, $6, $2, $7, $8, $9, $10, true, $11) RETURNING id`,
      [t.code, t.rank, t.de, t.en, t.descriptionDe, t.descriptionEn, t.mayDelegate, t.listed, t.badge, t.technicians, t.courses],
    );
    tiers.set(t.code, id);
    for (const plId of productLines.values()) {
      for (const code of t.categories) {
        await em.query(`INSERT INTO tier_entitlement (tier_id, product_line_id, service_category_id) VALUES ($1, $2, $3)`, [
          id,
          plId,
          categories.get(code),
        ]);
      }
    }
  }
  for (const [partner, pl, tier] of DEMO_GRANTS) {
    const partnerId = organisationIds.get(partner);
    const [{ id }] = await em.query<{ id: string }[]>(
      `INSERT INTO tier_grant (partner_id, product_line_id, tier_id, status, valid_from, valid_until)
       VALUES ($1, $2, $3, 'ACTIVE', current_date - 300, current_date + 430) RETURNING id`,
      [partnerId, productLines.get(pl), tiers.get(tier)],
    );
    await em.query(
      `INSERT INTO tier_grant_event (grant_id, partner_id, action, reason, request_id, after)
       VALUES ($1, $2, 'GRANTED', 'Demo data', 'seed', $3)`,
      [id, partnerId, { tier, productLine: pl, status: 'ACTIVE' }],
    );
  }
}

/** Locations, service areas and badges of the demo partners (the locator shows something at once). */
export async function seedDemoLocations(em: EntityManager, organisationIds: Map<string, string>): Promise<void> {
  for (const l of DEMO_LOCATIONS) {
    const organisationId = organisationIds.get(l.partner);
    await em.query(
      `INSERT INTO partner_location (organisation_id, name, street, postal_code, city, latitude, longitude, phone, opening_hours)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [organisationId, l.name, l.street, l.postalCode, l.city, l.latitude, l.longitude, l.phone, l.openingHours],
    );
    for (const prefix of l.areas)
      await em.query(`INSERT INTO service_area (organisation_id, postal_prefix) VALUES ($1, $2)`, [organisationId, prefix]);
  }
}
