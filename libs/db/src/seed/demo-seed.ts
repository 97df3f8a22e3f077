import { hashPassword } from '@portal/core';
import type { DataSource, EntityManager } from 'typeorm';

export const DEMO_PASSWORD = 'demo1234';

interface DemoOrganisation {
  key: string;
  kind: 'MANUFACTURER' | 'PARTNER' | 'SUBCONTRACTOR';
  name: string;
  legalName: string;
  street: string;
  postalCode: string;
  city: string;
  users: { email: string; displayName: string; roles: string[]; locale: 'de' | 'en' }[];
}

export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  {
    key: 'thermotec',
    kind: 'MANUFACTURER',
    name: 'Thermotec GmbH',
    legalName: 'Thermotec Heizsysteme GmbH',
    street: 'Industriestraße 12',
    postalCode: '70565',
    city: 'Stuttgart',
    users: [
      { email: 'admin@thermotec.example', displayName: 'Anna Admin', roles: ['ADMIN'], locale: 'de' },
      { email: 'partners@thermotec.example', displayName: 'Peter Partnermanager', roles: ['PARTNER_MANAGER'], locale: 'de' },
      { email: 'training@thermotec.example', displayName: 'Tanja Training', roles: ['TRAINING_MANAGER'], locale: 'de' },
      { email: 'knowledge@thermotec.example', displayName: 'Klaus Knowledge', roles: ['KNOWLEDGE_EDITOR'], locale: 'en' },
      { email: 'hotline@thermotec.example', displayName: 'Hanna Hotline', roles: ['HOTLINE_AGENT'], locale: 'de' },
    ],
  },
  {
    key: 'schulz',
    kind: 'PARTNER',
    name: 'Wärmetechnik Schulz GmbH',
    legalName: 'Wärmetechnik Schulz GmbH',
    street: 'Landsberger Straße 155',
    postalCode: '80687',
    city: 'München',
    users: [
      { email: 'admin@schulz.example', displayName: 'Sabine Schulz', roles: ['PARTNER_ADMIN'], locale: 'de' },
      { email: 'technik@schulz.example', displayName: 'Tobias Techniker', roles: ['TECHNICIAN'], locale: 'de' },
    ],
  },
  {
    key: 'berger',
    kind: 'PARTNER',
    name: 'Haustechnik Berger KG',
    legalName: 'Haustechnik Berger KG',
    street: 'Haunstetter Straße 40',
    postalCode: '86161',
    city: 'Augsburg',
    users: [{ email: 'admin@berger.example', displayName: 'Bernd Berger', roles: ['PARTNER_ADMIN'], locale: 'de' }],
  },
  {
    key: 'kaya',
    kind: 'SUBCONTRACTOR',
    name: 'Montageservice Kaya',
    legalName: 'Montageservice Kaya e.K.',
    street: 'Schleißheimer Straße 90',
    postalCode: '80797',
    city: 'München',
    users: [{ email: 'team@kaya.example', displayName: 'Kemal Kaya', roles: ['SUBCONTRACTOR_USER'], locale: 'de' }],
  },
];

const SEED_LOCK_KEY = 727_310_002;

async function insertOrganisation(em: EntityManager, org: DemoOrganisation, passwordHash: string): Promise<void> {
  const [{ id }] = (await em.query(
    `INSERT INTO organisation (kind, name, legal_name, street, postal_code, city, country, status)
     VALUES ($1, $2, $3, $4, $5, $6, 'DE', 'ACTIVE') RETURNING id`,
    [org.kind, org.name, org.legalName, org.street, org.postalCode, org.city],
  )) as { id: string }[];
  for (const user of org.users) {
    const [{ id: userId }] = (await em.query(
      `INSERT INTO app_user (organisation_id, email, display_name, locale, password_hash, status)
       VALUES ($1, $2, $3, $4, $5, 'ACTIVE') RETURNING id`,
      [id, user.email, user.displayName, user.locale, passwordHash],
    )) as { id: string }[];
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
    const existing = (await em.query(`SELECT 1 FROM organisation WHERE kind = 'MANUFACTURER'`)) as unknown[];
    if (existing.length > 0) return false;
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    for (const org of DEMO_ORGANISATIONS) await insertOrganisation(em, org, passwordHash);
    return true;
  });
}
