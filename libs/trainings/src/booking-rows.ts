import type { EntityManager } from 'typeorm';
import type { BookingModel } from './models/training.model';

export const BOOKING_SELECT = `
  SELECT b.id::text AS id, b.session_id AS "sessionId", c.title_de AS "courseTitleDe", c.title_en AS "courseTitleEn",
         s.starts_at AS "startsAt", b.participant_id AS "participantId", u.display_name AS "participantName",
         o.name AS "organisationName", b.status, b.created_at AS "createdAt",
         CASE WHEN b.status = 'WAITLISTED'
              THEN (SELECT count(*)::int FROM booking w WHERE w.session_id = b.session_id AND w.status = 'WAITLISTED' AND w.id <= b.id)
         END AS "waitlistPosition"
    FROM booking b
    JOIN training_session s ON s.id = b.session_id
    JOIN course c ON c.id = s.course_id
    JOIN app_user u ON u.id = b.participant_id
    JOIN organisation o ON o.id = b.organisation_id`;

export async function bookingRow(em: EntityManager, id: string): Promise<BookingModel> {
  const [row] = await em.query<BookingModel[]>(`${BOOKING_SELECT} WHERE b.id = $1`, [id]);
  return row;
}
