import { hashPassword } from '@portal/core';
import type { DataSource, EntityManager } from 'typeorm';
import { DEMO_ORGANISATIONS, DEMO_PASSWORD, type DemoOrganisation } from './demo-data';

const SEED_LOCK_KEY = 727_310_002;

async function insertOrganisation(em: EntityManager, org: DemoOrganisation, passwordHash: string): Promise<void> {
  const [{ id }] = await em.query<{ id: string }[]>(
    `INSERT INTO organisation (kind, name, legal_name, street, postal_code, city, country, status)
     VALUES ($1, $2, $3, $4, $5, $6, 'DE', 'ACTIVE') RETURNING id`,
    [org.kind, org.name, org.legalName, org.street, org.postalCode, org.city],
  );
  for (const user of org.users) {
    const [{ id: userId }] = await em.query<{ id: string }[]>(
      `INSERT INTO app_user (organisation_id, email, display_name, locale, password_hash, status)
       VALUES ($1, $2, $3, $4, $5, 'ACTIVE') RETURNING id`,
      [id, user.email, user.displayName, user.locale, passwordHash],
    );
    for (const role of user.roles) await em.query(`INSERT INTO user_role (user_id, role) VALUES ($1, $2)`, [userId, role]);
  }
}

/**
 * Seeds the demo network once. Idempotent and safe when two instances start together: the second
 * waits for the lock, then finds the manufacturer and does nothing.
 */
export async function seedDemoData(dataSource: DataSource): Promise<boolean> {
  return dataSource.transaction(async (em) => {
    await em.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK_KEY]);
    const existing = await em.query<unknown[]>(`SELECT 1 FROM organisation WHERE kind = 'MANUFACTURER'`);
    if (existing.length > 0) return false;
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    for (const org of DEMO_ORGANISATIONS) await insertOrganisation(em, org, passwordHash);
    return true;
  });
}
