import type { MigrationInterface, QueryRunner } from 'typeorm';

/** E-learning enrolments (no sessions) and a record of reminders sent, so each goes out once. */
export class EnrolmentsReminders1732800000000 implements MigrationInterface {
  name = 'EnrolmentsReminders1732800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE course_enrolment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        course_id uuid NOT NULL REFERENCES course (id),
        participant_id uuid NOT NULL REFERENCES app_user (id),
        organisation_id uuid NOT NULL REFERENCES organisation (id),
        enrolled_by uuid NOT NULL REFERENCES app_user (id),
        status text NOT NULL DEFAULT 'ENROLLED' CHECK (status IN ('ENROLLED', 'COMPLETED', 'WITHDRAWN')),
        enrolled_at timestamptz NOT NULL DEFAULT now(),
        completed_at timestamptz
      )`);
    await q.query(`CREATE UNIQUE INDEX course_enrolment_open ON course_enrolment (course_id, participant_id) WHERE status = 'ENROLLED'`);
    await q.query(`CREATE INDEX course_enrolment_organisation ON course_enrolment (organisation_id, enrolled_at DESC)`);
    await q.query(`ALTER TABLE certificate ADD COLUMN enrolment_id uuid UNIQUE REFERENCES course_enrolment (id)`);
    await q.query(`
      CREATE TABLE reminder_sent (
        kind text NOT NULL,
        subject_id text NOT NULL,
        sent_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (kind, subject_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS reminder_sent`);
    await q.query(`ALTER TABLE certificate DROP COLUMN IF EXISTS enrolment_id`);
    await q.query(`DROP TABLE IF EXISTS course_enrolment`);
  }
}
