import { Injectable } from '@nestjs/common';
import { JobScheduler } from '@portal/core';
import { NotificationsService } from '@portal/notifications';
import type { EntityManager } from 'typeorm';

/** Reminders through the outbox: a session in two days, a certificate expiring in 60 days — each once. */
@Injectable()
export class RemindersService {
  constructor(
    private readonly notifications: NotificationsService,
    jobs: JobScheduler,
  ) {
    jobs.register('training-reminders', (em) => this.send(em));
  }

  async send(em: EntityManager): Promise<{ sessions: number; certificates: number }> {
    const upcoming = await em.query<{ booking_id: string; participant_id: string; session_id: string }[]>(
      `WITH due AS (
         SELECT b.id::text AS booking_id, b.participant_id, b.session_id FROM booking b JOIN training_session s ON s.id = b.session_id
          WHERE b.status = 'CONFIRMED' AND s.status = 'SCHEDULED' AND s.starts_at BETWEEN now() AND now() + interval '2 days')
       INSERT INTO reminder_sent (kind, subject_id) SELECT 'SESSION_IN_2_DAYS', booking_id FROM due
       ON CONFLICT DO NOTHING RETURNING subject_id AS booking_id,
         (SELECT participant_id FROM booking WHERE id = subject_id::bigint) AS participant_id,
         (SELECT session_id FROM booking WHERE id = subject_id::bigint) AS session_id`,
    );
    for (const r of upcoming)
      await this.notifications.notifyUser(em, r.participant_id, 'SESSION_REMINDER', { bookingId: r.booking_id, sessionId: r.session_id });
    const expiring = await em.query<{ id: string; user_id: string; valid_until: string }[]>(
      `WITH due AS (
         SELECT id FROM certificate WHERE revoked_at IS NULL AND valid_until BETWEEN current_date AND current_date + 60)
       INSERT INTO reminder_sent (kind, subject_id) SELECT 'CERTIFICATE_EXPIRING_60', id::text FROM due
       ON CONFLICT DO NOTHING RETURNING subject_id AS id,
         (SELECT user_id FROM certificate WHERE id = subject_id::uuid) AS user_id,
         (SELECT valid_until FROM certificate WHERE id = subject_id::uuid) AS valid_until`,
    );
    for (const c of expiring)
      await this.notifications.notifyUser(em, c.user_id, 'CERTIFICATE_EXPIRING', { certificateId: c.id, validUntil: c.valid_until });
    return { sessions: upcoming.length, certificates: expiring.length };
  }
}
