import type { MigrationInterface, QueryRunner } from 'typeorm';

const ROLES: [code: string, kind: string, en: string, de: string, permissions: string[]][] = [
  [
    'ADMIN',
    'MANUFACTURER',
    'Administrator',
    'Administrator',
    ['organisation.read', 'organisation.manage', 'user.read', 'user.manage', 'audit.read'],
  ],
  ['PARTNER_MANAGER', 'MANUFACTURER', 'Partner manager', 'Partnermanager', ['organisation.read', 'organisation.manage', 'user.read']],
  ['TRAINING_MANAGER', 'MANUFACTURER', 'Training manager', 'Schulungsmanager', ['organisation.read']],
  ['KNOWLEDGE_EDITOR', 'MANUFACTURER', 'Knowledge editor', 'Wissensredaktion', ['organisation.read']],
  ['HOTLINE_AGENT', 'MANUFACTURER', 'Hotline agent', 'Hotline-Mitarbeiter', ['organisation.read']],
  [
    'PARTNER_ADMIN',
    'PARTNER',
    'Partner administrator',
    'Partner-Administrator',
    ['organisation.read', 'user.read', 'user.manage', 'audit.read'],
  ],
  ['TECHNICIAN', 'PARTNER', 'Technician', 'Techniker', ['organisation.read']],
  ['SUBCONTRACTOR_USER', 'SUBCONTRACTOR', 'Subcontractor user', 'Unterauftragnehmer', ['organisation.read']],
];

export class Foundation1732400000000 implements MigrationInterface {
  name = 'Foundation1732400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS citext`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);

    await q.query(`
      CREATE TABLE organisation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('MANUFACTURER', 'PARTNER', 'SUBCONTRACTOR')),
        name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
        legal_name text NOT NULL CHECK (char_length(legal_name) BETWEEN 1 AND 300),
        street text NOT NULL DEFAULT '' CHECK (char_length(street) <= 200),
        postal_code text NOT NULL DEFAULT '' CHECK (char_length(postal_code) <= 20),
        city text NOT NULL DEFAULT '' CHECK (char_length(city) <= 100),
        country text NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
        status text NOT NULL DEFAULT 'ONBOARDING' CHECK (status IN ('ONBOARDING', 'ACTIVE', 'SUSPENDED', 'ENDED')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX organisation_single_manufacturer ON organisation (kind) WHERE kind = 'MANUFACTURER'`);
    await q.query(`CREATE UNIQUE INDEX organisation_name_unique ON organisation (lower(name))`);
    await q.query(`CREATE INDEX organisation_name_trgm ON organisation USING gin (name gin_trgm_ops)`);

    await q.query(`
      CREATE TABLE role (
        code text PRIMARY KEY,
        organisation_kind text NOT NULL CHECK (organisation_kind IN ('MANUFACTURER', 'PARTNER', 'SUBCONTRACTOR')),
        name_en text NOT NULL,
        name_de text NOT NULL
      )`);
    await q.query(`
      CREATE TABLE role_permission (
        role text NOT NULL REFERENCES role (code) ON DELETE CASCADE,
        permission text NOT NULL,
        PRIMARY KEY (role, permission)
      )`);
    for (const [code, kind, en, de, permissions] of ROLES) {
      await q.query(`INSERT INTO role (code, organisation_kind, name_en, name_de) VALUES ($1, $2, $3, $4)`, [code, kind, en, de]);
      for (const p of permissions) await q.query(`INSERT INTO role_permission (role, permission) VALUES ($1, $2)`, [code, p]);
    }

    await q.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation (id),
        email citext NOT NULL CHECK (char_length(email) BETWEEN 3 AND 254),
        display_name text NOT NULL CHECK (char_length(display_name) BETWEEN 1 AND 200),
        locale text NOT NULL DEFAULT 'de' CHECK (locale IN ('de', 'en')),
        password_hash text,
        status text NOT NULL DEFAULT 'INVITED' CHECK (status IN ('INVITED', 'ACTIVE', 'DEACTIVATED')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT app_user_email_unique UNIQUE (email),
        CONSTRAINT app_user_active_has_password CHECK (status <> 'ACTIVE' OR password_hash IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX app_user_organisation ON app_user (organisation_id)`);
    await q.query(`
      CREATE TABLE user_role (
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        role text NOT NULL REFERENCES role (code),
        PRIMARY KEY (user_id, role)
      )`);

    await q.query(`
      CREATE TABLE session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        token_hash bytea NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        ip text,
        user_agent text
      )`);
    await q.query(`CREATE INDEX session_user_open ON session (user_id) WHERE revoked_at IS NULL`);

    await q.query(`
      CREATE TABLE invitation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        token_hash bytea NOT NULL UNIQUE,
        created_by uuid REFERENCES app_user (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        accepted_at timestamptz,
        revoked_at timestamptz
      )`);
    await q.query(`CREATE INDEX invitation_user ON invitation (user_id)`);

    await q.query(`
      CREATE TABLE audit_event (
        id bigserial PRIMARY KEY,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        request_id text NOT NULL,
        actor_user_id uuid,
        actor_organisation_id uuid,
        organisation_id uuid,
        action text NOT NULL,
        entity_type text NOT NULL,
        entity_id text NOT NULL,
        before jsonb,
        after jsonb
      )`);
    await q.query(`CREATE INDEX audit_event_organisation ON audit_event (organisation_id, id DESC)`);
    await q.query(`CREATE INDEX audit_event_entity ON audit_event (entity_type, entity_id)`);
    await q.query(`CREATE INDEX audit_event_actor ON audit_event (actor_user_id, id DESC)`);
    await q.query(`
      CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`CREATE TRIGGER audit_event_no_change BEFORE UPDATE OR DELETE ON audit_event
      FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()`);
    await q.query(`CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
      FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()`);

    // Shape required by rate-limiter-flexible's PostgreSQL store (login throttling across instances).
    await q.query(`CREATE TABLE rate_limit (key varchar(255) PRIMARY KEY, points integer NOT NULL DEFAULT 0, expire bigint)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'rate_limit',
      'audit_event',
      'invitation',
      'session',
      'user_role',
      'app_user',
      'role_permission',
      'role',
      'organisation',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
    await q.query(`DROP FUNCTION IF EXISTS audit_event_append_only()`);
  }
}
