import type { MigrationInterface, QueryRunner } from 'typeorm';
import { addRolePermissions, removeRolePermissions, type RolePermissions } from './role-permissions';

const NEW_PERMISSIONS: RolePermissions = [
  ['PARTNER_ADMIN', ['training_need.manage']],
  ['TRAINING_MANAGER', ['training_need.read']],
  ['ADMIN', ['training_need.read']],
];

/** Training needs stated by partners, priority booking for sessions planned from them, private calendar feeds. */
export class TrainingNeeds1732700000000 implements MigrationInterface {
  name = 'TrainingNeeds1732700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE training_need (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation (id),
        course_id uuid REFERENCES course (id),
        topic text CHECK (topic IS NULL OR char_length(topic) BETWEEN 3 AND 200),
        people integer NOT NULL CHECK (people BETWEEN 1 AND 500),
        preferred_from date NOT NULL,
        preferred_to date NOT NULL,
        region text NOT NULL DEFAULT '' CHECK (char_length(region) <= 20),
        format text CHECK (format IN ('CLASSROOM', 'VIRTUAL_CLASSROOM', 'E_LEARNING', 'WORKSHOP')),
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'PLANNED', 'CLOSED')),
        session_id uuid REFERENCES training_session (id),
        created_by uuid NOT NULL REFERENCES app_user (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (course_id IS NOT NULL OR topic IS NOT NULL),
        CHECK (preferred_to >= preferred_from)
      )`);
    await q.query(`CREATE INDEX training_need_open ON training_need (status, course_id, region)`);
    await q.query(`CREATE INDEX training_need_organisation ON training_need (organisation_id, created_at DESC)`);
    await q.query(`ALTER TABLE training_session ADD COLUMN priority_until timestamptz`);
    await q.query(`
      CREATE TABLE session_priority_organisation (
        session_id uuid NOT NULL REFERENCES training_session (id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisation (id),
        PRIMARY KEY (session_id, organisation_id)
      )`);
    await q.query(`
      CREATE TABLE calendar_feed (
        user_id uuid PRIMARY KEY REFERENCES app_user (id) ON DELETE CASCADE,
        token_hash bytea NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await addRolePermissions(q, NEW_PERMISSIONS);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS calendar_feed`);
    await q.query(`DROP TABLE IF EXISTS session_priority_organisation`);
    await q.query(`ALTER TABLE training_session DROP COLUMN IF EXISTS priority_until`);
    await q.query(`DROP TABLE IF EXISTS training_need`);
    await removeRolePermissions(q, NEW_PERMISSIONS);
  }
}
