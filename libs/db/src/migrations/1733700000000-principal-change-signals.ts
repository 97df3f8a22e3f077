import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What an authenticated request's principal is read from (PRINCIPAL_SQL in session.service.ts). */
const WATCHED: [table: string, events: string][] = [
  ['session', 'UPDATE OF user_id, token_hash, expires_at, revoked_at OR DELETE OR TRUNCATE'],
  ['app_user', 'UPDATE OF email, display_name, locale, organisation_id, status OR DELETE OR TRUNCATE'],
  ['organisation', 'UPDATE OF name, kind, status OR DELETE OR TRUNCATE'],
  ['user_role', 'INSERT OR UPDATE OR DELETE OR TRUNCATE'],
  ['role_permission', 'INSERT OR UPDATE OR DELETE OR TRUNCATE'],
];

/**
 * Signals for the API's in-memory principals (PrincipalCache): a change to a session, user, organisation, role or
 * permission notifies every API instance (channel portal_principals) and marks the transaction
 * (portal.principals_changed), which the writing instance checks before it answers.
 */
export class PrincipalChangeSignals1733700000000 implements MigrationInterface {
  name = 'PrincipalChangeSignals1733700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION portal_principals_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM set_config('portal.principals_changed', 'on', true);
        PERFORM pg_notify('portal_principals', '');
        RETURN NULL;
      END $$`);
    for (const [table, events] of WATCHED)
      await q.query(
        `CREATE TRIGGER ${table}_principals_changed AFTER ${events} ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION portal_principals_changed()`,
      );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [table] of WATCHED) await q.query(`DROP TRIGGER ${table}_principals_changed ON ${table}`);
    await q.query('DROP FUNCTION portal_principals_changed()');
  }
}
