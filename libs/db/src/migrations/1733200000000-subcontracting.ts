import type { MigrationInterface, QueryRunner } from 'typeorm';
import { addRolePermissions, removeRolePermissions, type RolePermissions } from './role-permissions';

const NEW_PERMISSIONS: RolePermissions = [
  ['ADMIN', ['subcontractor.read', 'delegation.read', 'delegation.decide']],
  ['PARTNER_MANAGER', ['subcontractor.read', 'delegation.read', 'delegation.decide']],
  ['PARTNER_ADMIN', ['subcontractor.read', 'subcontractor.manage', 'delegation.read', 'delegation.request']],
  ['SUBCONTRACTOR_USER', ['subcontractor.read', 'delegation.read']],
];

/**
 * Subcontractor companies (organisations of kind SUBCONTRACTOR) linked to partners, and the permissions a partner
 * asks for them. A permission's status follows the delegating partner's grant in the same transaction; the
 * history of every change is append-only.
 */
export class Subcontracting1733200000000 implements MigrationInterface {
  name = 'Subcontracting1733200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE organisation ADD COLUMN trade_register_number text CHECK (char_length(trade_register_number) <= 60)`);
    await q.query(`ALTER TABLE organisation ADD COLUMN contact_name text CHECK (char_length(contact_name) <= 200)`);
    await q.query(`ALTER TABLE organisation ADD COLUMN contact_email citext CHECK (char_length(contact_email) <= 254)`);
    await q.query(`ALTER TABLE organisation ADD COLUMN contact_phone text CHECK (char_length(contact_phone) <= 60)`);
    await q.query(
      `CREATE UNIQUE INDEX organisation_trade_register ON organisation (upper(trade_register_number)) WHERE trade_register_number IS NOT NULL`,
    );
    await q.query(`
      CREATE TABLE subcontractor_relationship (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        partner_id uuid NOT NULL REFERENCES organisation (id),
        subcontractor_id uuid NOT NULL REFERENCES organisation (id),
        status text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'ENDED')),
        created_by uuid REFERENCES app_user (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        ended_by uuid REFERENCES app_user (id),
        ended_at timestamptz,
        end_reason text
      )`);
    await q.query(
      `CREATE UNIQUE INDEX subcontractor_relationship_live ON subcontractor_relationship (partner_id, subcontractor_id) WHERE status = 'ACTIVE'`,
    );
    await q.query(`CREATE INDEX subcontractor_relationship_sub ON subcontractor_relationship (subcontractor_id)`);
    await q.query(`
      CREATE TABLE delegation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        relationship_id uuid NOT NULL REFERENCES subcontractor_relationship (id),
        partner_id uuid NOT NULL REFERENCES organisation (id),
        subcontractor_id uuid NOT NULL REFERENCES organisation (id),
        product_line_id uuid NOT NULL REFERENCES product_line (id),
        service_category_id uuid NOT NULL REFERENCES service_category (id),
        status text NOT NULL DEFAULT 'REQUESTED'
          CHECK (status IN ('REQUESTED', 'APPROVED', 'REJECTED', 'SUSPENDED', 'REVOKED', 'EXPIRED', 'WITHDRAWN', 'ENDED')),
        valid_from date NOT NULL,
        valid_until date NOT NULL,
        justification text NOT NULL DEFAULT '' CHECK (char_length(justification) <= 2000),
        suspension_cause text CHECK (suspension_cause IN ('PARTNER_TIER', 'MANUAL')),
        requested_by uuid REFERENCES app_user (id),
        decided_by uuid REFERENCES app_user (id),
        decided_at timestamptz,
        decision_reason text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT delegation_period CHECK (valid_until >= valid_from),
        CONSTRAINT delegation_suspension CHECK ((status = 'SUSPENDED') = (suspension_cause IS NOT NULL))
      )`);
    await q.query(`CREATE UNIQUE INDEX delegation_one_live ON delegation (relationship_id, product_line_id, service_category_id)
      WHERE status IN ('REQUESTED', 'APPROVED', 'SUSPENDED')`);
    await q.query(`CREATE INDEX delegation_partner ON delegation (partner_id, product_line_id, status)`);
    await q.query(`CREATE INDEX delegation_subcontractor ON delegation (subcontractor_id, status)`);
    await q.query(`CREATE INDEX delegation_status ON delegation (status, created_at)`);
    await q.query(`
      CREATE TABLE delegation_event (
        id bigserial PRIMARY KEY,
        delegation_id uuid NOT NULL REFERENCES delegation (id),
        action text NOT NULL,
        from_status text,
        to_status text NOT NULL,
        reason text NOT NULL DEFAULT '',
        actor_user_id uuid REFERENCES app_user (id),
        request_id text,
        occurred_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX delegation_event_delegation ON delegation_event (delegation_id, id)`);
    await q.query(`CREATE TRIGGER delegation_event_no_change BEFORE UPDATE OR DELETE ON delegation_event
      FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()`);
    await q.query(`CREATE TRIGGER delegation_event_no_truncate BEFORE TRUNCATE ON delegation_event
      FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()`);
    await addRolePermissions(q, NEW_PERMISSIONS);
  }

  async down(q: QueryRunner): Promise<void> {
    await removeRolePermissions(q, NEW_PERMISSIONS);
    await q.query(`DROP TABLE IF EXISTS delegation_event`);
    await q.query(`DROP TABLE IF EXISTS delegation`);
    await q.query(`DROP TABLE IF EXISTS subcontractor_relationship`);
    await q.query(`DROP INDEX IF EXISTS organisation_trade_register`);
    for (const c of ['trade_register_number', 'contact_name', 'contact_email', 'contact_phone'])
      await q.query(`ALTER TABLE organisation DROP COLUMN IF EXISTS ${c}`);
  }
}
