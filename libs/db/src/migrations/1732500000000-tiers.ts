import type { MigrationInterface, QueryRunner } from 'typeorm';
import { addRolePermissions, removeRolePermissions, type RolePermissions } from './role-permissions';

const NEW_PERMISSIONS: RolePermissions = [
  ['ADMIN', ['catalogue.manage', 'grant.read', 'grant.manage', 'tier_request.read', 'tier_request.decide', 'entitlement.read']],
  ['PARTNER_MANAGER', ['grant.read', 'grant.manage', 'tier_request.read', 'tier_request.decide', 'entitlement.read']],
  ['TRAINING_MANAGER', ['grant.read', 'entitlement.read']],
  ['KNOWLEDGE_EDITOR', ['grant.read', 'entitlement.read']],
  ['HOTLINE_AGENT', ['grant.read', 'entitlement.read']],
  ['PARTNER_ADMIN', ['grant.read', 'tier_request.read', 'tier_request.create', 'entitlement.read']],
  ['TECHNICIAN', ['grant.read', 'entitlement.read']],
];

/** Catalogue, tier definitions with privileges as data, grants with append-only history, requests, notifications. */
export class Tiers1732500000000 implements MigrationInterface {
  name = 'Tiers1732500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE product_line (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE CHECK (code ~ '^[A-Z0-9_]{2,40}$'),
        name_de text NOT NULL CHECK (char_length(name_de) BETWEEN 1 AND 120),
        name_en text NOT NULL CHECK (char_length(name_en) BETWEEN 1 AND 120),
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE service_category (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE CHECK (code ~ '^[A-Z0-9_]{2,40}$'),
        name_de text NOT NULL CHECK (char_length(name_de) BETWEEN 1 AND 120),
        name_en text NOT NULL CHECK (char_length(name_en) BETWEEN 1 AND 120),
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE tier (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE CHECK (code ~ '^[A-Z0-9_]{2,40}$'),
        rank integer NOT NULL UNIQUE CHECK (rank BETWEEN 1 AND 100),
        name_de text NOT NULL CHECK (char_length(name_de) BETWEEN 1 AND 120),
        name_en text NOT NULL CHECK (char_length(name_en) BETWEEN 1 AND 120),
        description_de text NOT NULL DEFAULT '' CHECK (char_length(description_de) <= 2000),
        description_en text NOT NULL DEFAULT '' CHECK (char_length(description_en) <= 2000),
        knowledge_level integer NOT NULL DEFAULT 1 CHECK (knowledge_level BETWEEN 0 AND 100),
        may_delegate boolean NOT NULL DEFAULT false,
        listed_in_locator boolean NOT NULL DEFAULT false,
        may_show_badge boolean NOT NULL DEFAULT false,
        required_certified_technicians integer NOT NULL DEFAULT 0 CHECK (required_certified_technicians BETWEEN 0 AND 100),
        requires_annual_training boolean NOT NULL DEFAULT false,
        required_course_codes text[] NOT NULL DEFAULT '{}',
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE tier_entitlement (
        tier_id uuid NOT NULL REFERENCES tier (id) ON DELETE CASCADE,
        product_line_id uuid NOT NULL REFERENCES product_line (id),
        service_category_id uuid NOT NULL REFERENCES service_category (id),
        PRIMARY KEY (tier_id, product_line_id, service_category_id)
      )`);

    await q.query(`
      CREATE TABLE tier_grant (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partner_id uuid NOT NULL REFERENCES organisation (id),
        product_line_id uuid NOT NULL REFERENCES product_line (id),
        tier_id uuid NOT NULL REFERENCES tier (id),
        status text NOT NULL CHECK (status IN ('ACTIVE', 'SUSPENDED', 'EXPIRED', 'REVOKED', 'ENDED')),
        valid_from date NOT NULL,
        valid_until date NOT NULL,
        suspended_until date,
        suspension_cause text CHECK (suspension_cause IN ('MANUAL', 'ORGANISATION')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT tier_grant_validity CHECK (valid_until >= valid_from),
        CONSTRAINT tier_grant_suspension CHECK ((status = 'SUSPENDED') = (suspension_cause IS NOT NULL))
      )`);
    // The invariant "one live grant per partner and product line" belongs to the database.
    await q.query(
      `CREATE UNIQUE INDEX tier_grant_one_live ON tier_grant (partner_id, product_line_id) WHERE status IN ('ACTIVE', 'SUSPENDED')`,
    );
    await q.query(`CREATE INDEX tier_grant_partner ON tier_grant (partner_id, product_line_id, created_at DESC)`);
    await q.query(`CREATE INDEX tier_grant_live_until ON tier_grant (valid_until) WHERE status IN ('ACTIVE', 'SUSPENDED')`);

    await q.query(`
      CREATE TABLE tier_grant_event (
        id bigserial PRIMARY KEY,
        grant_id uuid NOT NULL REFERENCES tier_grant (id),
        partner_id uuid NOT NULL,
        action text NOT NULL,
        reason text NOT NULL DEFAULT '',
        actor_user_id uuid,
        request_id text,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        before jsonb,
        after jsonb
      )`);
    await q.query(`CREATE INDEX tier_grant_event_grant ON tier_grant_event (grant_id, id)`);
    await q.query(`CREATE INDEX tier_grant_event_partner ON tier_grant_event (partner_id, id DESC)`);
    await q.query(`CREATE TRIGGER tier_grant_event_no_change BEFORE UPDATE OR DELETE ON tier_grant_event
      FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()`);
    await q.query(`CREATE TRIGGER tier_grant_event_no_truncate BEFORE TRUNCATE ON tier_grant_event
      FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()`);

    await q.query(`
      CREATE TABLE tier_request (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partner_id uuid NOT NULL REFERENCES organisation (id),
        product_line_id uuid NOT NULL REFERENCES product_line (id),
        tier_id uuid NOT NULL REFERENCES tier (id),
        justification text NOT NULL CHECK (char_length(justification) BETWEEN 10 AND 4000),
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'APPROVED', 'REJECTED', 'WITHDRAWN')),
        requested_by uuid NOT NULL REFERENCES app_user (id),
        requested_at timestamptz NOT NULL DEFAULT now(),
        decided_by uuid REFERENCES app_user (id),
        decided_at timestamptz,
        decision_reason text,
        grant_id uuid REFERENCES tier_grant (id)
      )`);
    await q.query(`CREATE UNIQUE INDEX tier_request_one_open ON tier_request (partner_id, product_line_id) WHERE status = 'OPEN'`);
    await q.query(`CREATE INDEX tier_request_status ON tier_request (status, requested_at)`);

    await q.query(`
      CREATE TABLE notification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        kind text NOT NULL,
        params jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz
      )`);
    await q.query(`CREATE INDEX notification_user ON notification (user_id, created_at DESC)`);
    // Mail goes out through this outbox once a mail transport is configured; rows are written in the change's transaction.
    await q.query(`
      CREATE TABLE mail_outbox (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        to_email citext NOT NULL,
        locale text NOT NULL,
        kind text NOT NULL,
        params jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz
      )`);
    await q.query(`CREATE INDEX mail_outbox_pending ON mail_outbox (created_at) WHERE sent_at IS NULL`);
    await q.query(`
      CREATE TABLE grant_expiry_notice (
        grant_id uuid NOT NULL REFERENCES tier_grant (id),
        valid_until date NOT NULL,
        days_before integer NOT NULL,
        PRIMARY KEY (grant_id, valid_until, days_before)
      )`);

    await addRolePermissions(q, NEW_PERMISSIONS);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'grant_expiry_notice',
      'mail_outbox',
      'notification',
      'tier_request',
      'tier_grant_event',
      'tier_grant',
      'tier_entitlement',
      'tier',
      'service_category',
      'product_line',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
    await removeRolePermissions(q, NEW_PERMISSIONS);
  }
}
