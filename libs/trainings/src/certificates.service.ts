import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AuditService,
  NotFoundError,
  Permission,
  type RequestContext,
  todayUtc,
  TransactionService,
  visibleOrganisationIds,
} from '@portal/core';
import { NotificationsService } from '@portal/notifications';
import { randomInt } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { bookingRow } from './booking-rows';
import { renderCertificatePdf } from './certificate-pdf';
import type { AttendanceInput } from './dto/training.input';
import { type BookingModel, type CertificateModel, CertificateValidity, type CertificateVerificationModel } from './models/training.model';
import { attendanceNotApplicable, attendanceTooEarly } from './trainings.errors';

// No 0/O, 1/I/L: codes are read aloud and typed from paper.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** 15 random symbols (~74 bits) in groups, e.g. TT-7KQ4M-ZP9XA-3HWR6. */
export function newCertificateCode(): string {
  const groups = Array.from({ length: 3 }, () => Array.from({ length: 5 }, () => ALPHABET[randomInt(ALPHABET.length)]).join(''));
  return `TT-${groups.join('-')}`;
}

const CERTIFICATE_SELECT = `
  SELECT k.id, k.code, u.display_name AS "holderName", c.code AS "courseCode", c.title_de AS "courseTitleDe", c.title_en AS "courseTitleEn",
         k.issued_on AS "issuedOn", k.valid_until AS "validUntil", k.revoked_at AS "revokedAt"
    FROM certificate k JOIN app_user u ON u.id = k.user_id JOIN course c ON c.id = k.course_id`;

@Injectable()
export class CertificatesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  /** ATTENDED issues a certificate valid for the course's months; NO_SHOW issues none. */
  markAttendance(ctx: RequestContext, input: AttendanceInput): Promise<BookingModel> {
    return this.tx.run(async (em) => {
      const [b] = await em.query<
        {
          id: string;
          status: string;
          participant_id: string;
          organisation_id: string;
          starts_at: Date;
          course_id: string;
          months: number;
        }[]
      >(
        `SELECT b.id::text, b.status, b.participant_id, b.organisation_id, s.starts_at, c.id AS course_id, c.certificate_validity_months AS months
           FROM booking b JOIN training_session s ON s.id = b.session_id JOIN course c ON c.id = s.course_id WHERE b.id = $1 FOR UPDATE OF b`,
        [input.bookingId],
      );
      if (!b) throw new NotFoundError('Booking', input.bookingId);
      if (b.starts_at > new Date()) throw attendanceTooEarly();
      if (!['CONFIRMED', 'LATE_CANCELLED', 'ATTENDED', 'NO_SHOW'].includes(b.status)) throw attendanceNotApplicable(b.status);
      const status = input.attended ? 'ATTENDED' : 'NO_SHOW';
      await em.query(`UPDATE booking SET status = $2, updated_at = now() WHERE id = $1`, [b.id, status]);
      if (input.attended) {
        await this.issue(em, {
          userId: b.participant_id,
          organisationId: b.organisation_id,
          courseId: b.course_id,
          months: b.months,
          bookingId: b.id,
        });
      } else {
        await em.query(
          `UPDATE certificate SET revoked_at = now(), revocation_reason = 'Marked as no-show' WHERE booking_id = $1 AND revoked_at IS NULL`,
          [b.id],
        );
      }
      await this.audit.record(em, ctx, {
        action: 'booking.attendance',
        entityType: 'booking',
        entityId: b.id,
        organisationId: b.organisation_id,
        before: { status: b.status },
        after: { status },
      });
      return bookingRow(em, b.id);
    });
  }

  /** One certificate per booking or enrolment; marking attendance again revives a revoked one. */
  async issue(
    em: EntityManager,
    c: { userId: string; organisationId: string; courseId: string; months: number; bookingId?: string; enrolmentId?: string },
  ): Promise<void> {
    const conflictTarget = c.bookingId ? 'booking_id' : 'enrolment_id';
    await em.query(
      `INSERT INTO certificate (code, user_id, organisation_id, course_id, booking_id, enrolment_id, issued_on, valid_until)
       VALUES ($1, $2, $3, $4, $5, $6, $7, ($7::date + make_interval(months => $8))::date)
       ON CONFLICT (${conflictTarget}) DO UPDATE SET revoked_at = NULL, revocation_reason = NULL`,
      [newCertificateCode(), c.userId, c.organisationId, c.courseId, c.bookingId ?? null, c.enrolmentId ?? null, todayUtc(), c.months],
    );
    await this.notifications.notifyUser(em, c.userId, 'CERTIFICATE_ISSUED', {
      bookingId: c.bookingId ?? null,
      enrolmentId: c.enrolmentId ?? null,
    });
  }

  async list(ctx: RequestContext): Promise<CertificateModel[]> {
    const scope = visibleOrganisationIds(ctx);
    return this.dataSource.query<CertificateModel[]>(
      `${CERTIFICATE_SELECT} WHERE ($1::uuid[] IS NULL OR k.organisation_id = ANY($1)) ORDER BY k.valid_until DESC LIMIT 500`,
      [scope],
    );
  }

  async revoke(ctx: RequestContext, id: string, reason: string): Promise<CertificateModel> {
    return this.tx.run(async (em) => {
      const [k] = await em.query<{ organisation_id: string; revoked_at: Date | null }[]>(
        `SELECT organisation_id, revoked_at FROM certificate WHERE id = $1 FOR UPDATE`,
        [id],
      );
      if (!k) throw new NotFoundError('Certificate', id);
      if (!k.revoked_at) await em.query(`UPDATE certificate SET revoked_at = now(), revocation_reason = $2 WHERE id = $1`, [id, reason]);
      await this.audit.record(em, ctx, {
        action: 'certificate.revoke',
        entityType: 'certificate',
        entityId: id,
        organisationId: k.organisation_id,
        after: { reason },
      });
      const [row] = await em.query<CertificateModel[]>(`${CERTIFICATE_SELECT} WHERE k.id = $1`, [id]);
      return row;
    });
  }

  /** The PDF for the holder, their organisation's admins and the manufacturer; others get NOT_FOUND. */
  async pdf(ctx: RequestContext, id: string, locale: 'de' | 'en', publicUrl: string): Promise<{ code: string; pdf: Buffer }> {
    const scope = visibleOrganisationIds(ctx);
    const ownOnly = scope !== null && !ctx.can(Permission.BookingCreateForTeam);
    const [k] = await this.dataSource.query<
      {
        code: string;
        holder: string;
        organisation: string;
        title_de: string;
        title_en: string;
        course_code: string;
        issued_on: string;
        valid_until: string;
        revoked: boolean;
      }[]
    >(
      `SELECT k.code, u.display_name AS holder, o.name AS organisation, c.title_de, c.title_en, c.code AS course_code, k.issued_on, k.valid_until,
              k.revoked_at IS NOT NULL AS revoked
         FROM certificate k JOIN app_user u ON u.id = k.user_id JOIN organisation o ON o.id = k.organisation_id JOIN course c ON c.id = k.course_id
        WHERE k.id = $1 AND ($2::uuid[] IS NULL OR k.organisation_id = ANY($2)) AND (NOT $3 OR k.user_id = $4)`,
      [id, scope, ownOnly, ctx.user.userId],
    );
    if (!k) throw new NotFoundError('Certificate', id);
    const pdf = await renderCertificatePdf(
      {
        code: k.code,
        holderName: k.holder,
        organisationName: k.organisation,
        courseTitle: locale === 'en' ? k.title_en : k.title_de,
        courseCode: k.course_code,
        issuedOn: k.issued_on,
        validUntil: k.valid_until,
        verifyUrl: `${publicUrl.replace(/\/$/, '')}/verify/certificate/${k.code}`,
        revoked: k.revoked,
      },
      locale,
    );
    return { code: k.code, pdf };
  }

  /** Public: anyone may check a code; unknown and malformed codes answer alike. */
  async verify(code: string): Promise<CertificateVerificationModel> {
    const normalised = code.trim().toUpperCase();
    const [k] = /^TT(-[A-Z0-9]{5}){3}$/.test(normalised)
      ? await this.dataSource.query<(CertificateModel & { organisationName: string })[]>(
          `${CERTIFICATE_SELECT.replace('FROM certificate k', ', o.name AS "organisationName" FROM certificate k JOIN organisation o ON o.id = k.organisation_id')} WHERE k.code = $1`,
          [normalised],
        )
      : [];
    if (!k)
      return {
        validity: CertificateValidity.UNKNOWN,
        holderName: null,
        organisationName: null,
        courseTitleDe: null,
        courseTitleEn: null,
        validUntil: null,
      };
    const validity = k.revokedAt
      ? CertificateValidity.REVOKED
      : k.validUntil < todayUtc()
        ? CertificateValidity.EXPIRED
        : CertificateValidity.VALID;
    return {
      validity,
      holderName: k.holderName,
      organisationName: k.organisationName,
      courseTitleDe: k.courseTitleDe,
      courseTitleEn: k.courseTitleEn,
      validUntil: k.validUntil,
    };
  }
}
