import { hashPassword } from '@portal/core';
import type { DataSource } from 'typeorm';
import { insertActiveUser, insertOrganisation } from './seed-writes';

export interface BootstrapAdminInput {
  email: string;
  displayName: string;
  password: string;
  organisationName: string;
  legalName: string;
  country: string;
}

/**
 * Creates the first manufacturer admin of a production install (and the manufacturer itself
 * when it does not exist yet). Writes an audit event like every other change.
 */
export async function bootstrapAdmin(
  dataSource: DataSource,
  input: BootstrapAdminInput,
): Promise<{ userId: string; organisationId: string }> {
  const passwordHash = await hashPassword(input.password);
  return dataSource.transaction(async (em) => {
    const taken = await em.query<unknown[]>(`SELECT 1 FROM app_user WHERE email = $1`, [input.email.toLowerCase()]);
    if (taken.length) throw new Error(`A user with the e-mail ${input.email} already exists.`);
    const existing = await em.query<{ id: string }[]>(`SELECT id FROM organisation WHERE kind = 'MANUFACTURER'`);
    const organisationId =
      existing[0]?.id ??
      (await insertOrganisation(em, {
        kind: 'MANUFACTURER',
        name: input.organisationName,
        legalName: input.legalName,
        country: input.country,
        status: 'ACTIVE',
      }));
    const userId = await insertActiveUser(em, organisationId, {
      email: input.email,
      displayName: input.displayName,
      locale: 'de',
      roles: ['ADMIN'],
      passwordHash,
    });
    await em.query(
      `INSERT INTO audit_event (request_id, organisation_id, action, entity_type, entity_id, after)
       VALUES ('cli', $1, 'user.bootstrap_admin', 'user', $2, $3)`,
      [organisationId, userId, { email: input.email.toLowerCase(), roles: ['ADMIN'] }],
    );
    return { userId, organisationId };
  });
}
