import { hashPassword } from '@portal/core';
import type { DataSource } from 'typeorm';
import { DEMO_ORGANISATIONS, DEMO_PASSWORD } from './demo-data';
import { seedDemoLocations, seedDemoTiers } from './demo-tiers';
import { seedDemoTrainings } from './demo-trainings';
import { seedDemoKnowledge } from './demo-knowledge';
import { insertActiveUser, insertOrganisation } from './seed-writes';

const SEED_LOCK_KEY = 727_310_002;

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
    const organisationIds = new Map<string, string>();
    for (const org of DEMO_ORGANISATIONS) {
      const organisationId = await insertOrganisation(em, { ...org, country: 'DE', status: 'ACTIVE' });
      organisationIds.set(org.key, organisationId);
      for (const user of org.users) await insertActiveUser(em, organisationId, { ...user, passwordHash });
    }
    await seedDemoTiers(em, organisationIds);
    await seedDemoTrainings(em, organisationIds);
    await seedDemoLocations(em, organisationIds);
    await seedDemoKnowledge(em);
    return true;
  });
}
