import type { EntityManager } from 'typeorm';

export interface OrganisationRow {
  kind: 'MANUFACTURER' | 'PARTNER' | 'SUBCONTRACTOR';
  name: string;
  legalName: string;
  street?: string;
  postalCode?: string;
  city?: string;
  country: string;
  status: 'ONBOARDING' | 'ACTIVE';
}

export interface ActiveUserRow {
  email: string;
  displayName: string;
  locale: 'de' | 'en';
  roles: string[];
  passwordHash: string;
}

/** Plain inserts for bootstrap paths that run without the application (seed, CLI). */
export async function insertOrganisation(em: EntityManager, org: OrganisationRow): Promise<string> {
  const [{ id }] = await em.query<{ id: string }[]>(
    `INSERT INTO organisation (kind, name, legal_name, street, postal_code, city, country, status)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [org.kind, org.name, org.legalName, org.street ?? '', org.postalCode ?? '', org.city ?? '', org.country, org.status],
  );
  return id;
}

export async function insertActiveUser(em: EntityManager, organisationId: string, user: ActiveUserRow): Promise<string> {
  const [{ id }] = await em.query<{ id: string }[]>(
    `INSERT INTO app_user (organisation_id, email, display_name, locale, password_hash, status)
     VALUES ($1, $2, $3, $4, $5, 'ACTIVE') RETURNING id`,
    [organisationId, user.email.toLowerCase(), user.displayName, user.locale, user.passwordHash],
  );
  for (const role of user.roles) await em.query(`INSERT INTO user_role (user_id, role) VALUES ($1, $2)`, [id, role]);
  return id;
}
