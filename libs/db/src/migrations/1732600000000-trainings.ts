import type { MigrationInterface, QueryRunner } from 'typeorm';
import { addRolePermissions, removeRolePermissions, type RolePermissions } from './role-permissions';

const NEW_PERMISSIONS: RolePermissions = [
  ['ADMIN', ['training.read', 'training.manage', 'booking.read']],
  ['TRAINING_MANAGER', ['training.read', 'training.manage', 'booking.read']],
  ['PARTNER_MANAGER', ['training.read', 'booking.read']],
  ['KNOWLEDGE_EDITOR', ['training.read']],
  ['HOTLINE_AGENT', ['training.read']],
  ['PARTNER_ADMIN', ['training.read', 'booking.read', 'booking.create', 'booking.create_for_team']],
  ['TECHNICIAN', ['training.read', 'booking.read', 'booking.create']],
];

/** Course catalogue, sessions with a seat counter, bookings with a FIFO waiting list, certificates. */
export class Trainings1732600000000 implements MigrationInterface {
  name = 'Trainings1732600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE course (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE CHECK (code ~ '^[A-Z0-9_-]{2,40}$'),
        title_de text NOT NULL CHECK (char_length(title_de) BETWEEN 1 AND 200),
        title_en text NOT NULL CHECK (char_length(title_en) BETWEEN 1 AND 200),
        description_de text NOT NULL DEFAULT '' CHECK (char_length(description_de) <= 5000),
        description_en text NOT NULL DEFAULT '' CHECK (char_length(description_en) <= 5000),
        format text NOT NULL CHECK (format IN ('CLASSROOM', 'VIRTUAL_CLASSROOM', 'E_LEARNING', 'WORKSHOP')),
        duration_minutes integer NOT NULL CHECK (duration_minutes BETWEEN 15 AND 10080),
        product_line_id uuid REFERENCES product_line (id),
        certificate_validity_months integer NOT NULL DEFAULT 24 CHECK (certificate_validity_months BETWEEN 1 AND 120),
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE course_prerequisite (
        course_id uuid NOT NULL REFERENCES course (id) ON DELETE CASCADE,
        required_course_id uuid NOT NULL REFERENCES course (id),
        PRIMARY KEY (course_id, required_course_id),
        CHECK (course_id <> required_course_id)
      )`);
    // "equivalent_course_id counts in place of course_id", e.g. an e-learning accepted instead of a classroom course.
    await q.query(`
      CREATE TABLE course_equivalence (
        course_id uuid NOT NULL REFERENCES course (id) ON DELETE CASCADE,
        equivalent_course_id uuid NOT NULL REFERENCES course (id),
        PRIMARY KEY (course_id, equivalent_course_id),
        CHECK (course_id <> equivalent_course_id)
      )`);
    await q.query(`
      CREATE TABLE training_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        course_id uuid NOT NULL REFERENCES course (id),
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        time_zone text NOT NULL DEFAULT 'Europe/Berlin',
        venue text NOT NULL DEFAULT '' CHECK (char_length(venue) <= 500),
        online_url text CHECK (online_url IS NULL OR online_url ~ '^https://'),
        region text NOT NULL DEFAULT '' CHECK (char_length(region) <= 20),
        language text NOT NULL DEFAULT 'de' CHECK (language IN ('de', 'en')),
        trainer text NOT NULL DEFAULT '' CHECK (char_length(trainer) <= 200),
        capacity integer NOT NULL CHECK (capacity BETWEEN 1 AND 1000),
        seats_taken integer NOT NULL DEFAULT 0,
        seat_cap_per_organisation integer CHECK (seat_cap_per_organisation IS NULL OR seat_cap_per_organisation >= 1),
        booking_deadline timestamptz NOT NULL,
        cancellation_deadline timestamptz NOT NULL,
        status text NOT NULL DEFAULT 'SCHEDULED' CHECK (status IN ('SCHEDULED', 'CANCELLED', 'COMPLETED')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT training_session_times CHECK (ends_at > starts_at AND booking_deadline <= starts_at AND cancellation_deadline <= starts_at),
        -- Overbooking is impossible by construction: the counter never passes the capacity.
        CONSTRAINT training_session_seats CHECK (seats_taken BETWEEN 0 AND capacity)
      )`);
    await q.query(`CREATE INDEX training_session_course ON training_session (course_id, starts_at)`);
    await q.query(`CREATE INDEX training_session_upcoming ON training_session (starts_at) WHERE status = 'SCHEDULED'`);

    await q.query(`
      CREATE TABLE booking (
        id bigserial PRIMARY KEY,
        session_id uuid NOT NULL REFERENCES training_session (id),
        participant_id uuid NOT NULL REFERENCES app_user (id),
        organisation_id uuid NOT NULL REFERENCES organisation (id),
        booked_by uuid NOT NULL REFERENCES app_user (id),
        status text NOT NULL CHECK (status IN ('CONFIRMED', 'WAITLISTED', 'CANCELLED', 'LATE_CANCELLED', 'ATTENDED', 'NO_SHOW')),
        idempotency_key text CHECK (char_length(idempotency_key) BETWEEN 8 AND 100),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE UNIQUE INDEX booking_once_per_person ON booking (session_id, participant_id) WHERE status IN ('CONFIRMED', 'WAITLISTED', 'LATE_CANCELLED', 'ATTENDED', 'NO_SHOW')`,
    );
    await q.query(`CREATE UNIQUE INDEX booking_idempotency ON booking (booked_by, idempotency_key) WHERE idempotency_key IS NOT NULL`);
    // The waiting list is the session's WAITLISTED bookings in id order (arrival order).
    await q.query(`CREATE INDEX booking_waitlist ON booking (session_id, id) WHERE status = 'WAITLISTED'`);
    await q.query(`CREATE INDEX booking_participant ON booking (participant_id, created_at DESC)`);
    await q.query(`CREATE INDEX booking_organisation ON booking (organisation_id, session_id)`);

    await q.query(`
      CREATE TABLE certificate (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE,
        user_id uuid NOT NULL REFERENCES app_user (id),
        organisation_id uuid NOT NULL REFERENCES organisation (id),
        course_id uuid NOT NULL REFERENCES course (id),
        booking_id bigint UNIQUE REFERENCES booking (id),
        issued_on date NOT NULL,
        valid_until date NOT NULL,
        revoked_at timestamptz,
        revocation_reason text,
        CHECK (valid_until > issued_on)
      )`);
    await q.query(`CREATE INDEX certificate_user ON certificate (user_id, course_id)`);
    await q.query(`CREATE INDEX certificate_organisation ON certificate (organisation_id, valid_until)`);

    await addRolePermissions(q, NEW_PERMISSIONS);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['certificate', 'booking', 'training_session', 'course_equivalence', 'course_prerequisite', 'course']) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
    await removeRolePermissions(q, NEW_PERMISSIONS);
  }
}
