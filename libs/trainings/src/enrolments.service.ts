import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  assertOrganisationVisible,
  AuditService,
  ConflictError,
  NotFoundError,
  Permission,
  type RequestContext,
  TransactionService,
  visibleOrganisationIds,
} from '@portal/core';
import { QueryFailedError, type DataSource, type EntityManager } from 'typeorm';
import { CertificatesService } from './certificates.service';
import type { EnrolmentModel } from './models/enrolment.model';
import { assertMayActFor } from './participant-access';
import { noParticipantsOrganisation } from './trainings.errors';

const ENROLMENT_SELECT = `
  SELECT e.id, e.course_id AS "courseId", c.code AS "courseCode", c.title_de AS "courseTitleDe", c.title_en AS "courseTitleEn",
         e.participant_id AS "participantId", u.display_name AS "participantName", e.status, e.enrolled_at AS "enrolledAt", e.completed_at AS "completedAt"
    FROM course_enrolment e JOIN course c ON c.id = e.course_id JOIN app_user u ON u.id = e.participant_id`;

interface OpenEnrolment {
  id: string;
  participant_id: string;
  organisation_id: string;
  course_id: string;
  months: number;
}

/** E-learning has no sessions: a person enrols, and the training manager marks the course completed. */
@Injectable()
export class EnrolmentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionService,
    private readonly audit: AuditService,
    private readonly certificates: CertificatesService,
  ) {}

  list(ctx: RequestContext): Promise<EnrolmentModel[]> {
    const scope = visibleOrganisationIds(ctx);
    const ownOnly = scope !== null && !ctx.can(Permission.BookingCreateForTeam);
    return this.dataSource.query<EnrolmentModel[]>(
      `${ENROLMENT_SELECT} WHERE ($1::uuid[] IS NULL OR e.organisation_id = ANY($1)) AND (NOT $2 OR e.participant_id = $3) ORDER BY e.enrolled_at DESC LIMIT 500`,
      [scope, ownOnly, ctx.user.userId],
    );
  }

  enrol(ctx: RequestContext, courseId: string, participantId: string | undefined): Promise<EnrolmentModel> {
    const user = ctx.user;
    const participant = participantId ?? user.userId;
    if (participant !== user.userId) ctx.require(Permission.BookingCreateForTeam);
    if (user.organisationKind !== 'PARTNER') throw noParticipantsOrganisation();
    return this.tx.run(async (em) => {
      const [p] = await em.query<{ organisation_id: string }[]>(
        `SELECT organisation_id FROM app_user WHERE id = $1 AND status = 'ACTIVE'`,
        [participant],
      );
      if (!p || p.organisation_id !== user.organisationId) throw new NotFoundError('User', participant);
      const [course] = await em.query<{ format: string; active: boolean }[]>(`SELECT format, active FROM course WHERE id = $1`, [courseId]);
      if (!course || !course.active) throw new NotFoundError('Course', courseId);
      if (course.format !== 'E_LEARNING')
        throw new ConflictError('NOT_E_LEARNING', 'Only e-learning courses take enrolments; book a session instead.');
      let id: string;
      try {
        [{ id }] = await em.query<{ id: string }[]>(
          `INSERT INTO course_enrolment (course_id, participant_id, organisation_id, enrolled_by) VALUES ($1, $2, $3, $4) RETURNING id`,
          [courseId, participant, user.organisationId, user.userId],
        );
      } catch (error) {
        if (error instanceof QueryFailedError && (error.driverError as { constraint?: string }).constraint === 'course_enrolment_open') {
          throw new ConflictError('ALREADY_ENROLLED', 'This person is already enrolled in this course.');
        }
        throw error;
      }
      await this.audit.record(em, ctx, {
        action: 'enrolment.create',
        entityType: 'course_enrolment',
        entityId: id,
        organisationId: user.organisationId,
        after: { courseId, participantId: participant },
      });
      return this.row(em, id);
    });
  }

  complete(ctx: RequestContext, id: string): Promise<EnrolmentModel> {
    return this.tx.run(async (em) => {
      const e = await this.lockOpen(em, ctx, id);
      await em.query(`UPDATE course_enrolment SET status = 'COMPLETED', completed_at = now() WHERE id = $1`, [id]);
      await this.certificates.issue(em, {
        userId: e.participant_id,
        organisationId: e.organisation_id,
        courseId: e.course_id,
        months: e.months,
        enrolmentId: id,
      });
      return this.recorded(em, ctx, e, 'COMPLETED');
    });
  }

  /** Takes an open enrolment back: the participant, a partner admin for the team, or the manufacturer's training staff. */
  withdraw(ctx: RequestContext, id: string): Promise<EnrolmentModel> {
    return this.tx.run(async (em) => {
      const e = await this.lockOpen(em, ctx, id);
      assertMayActFor(ctx, e.participant_id);
      await em.query(`UPDATE course_enrolment SET status = 'WITHDRAWN' WHERE id = $1`, [id]);
      return this.recorded(em, ctx, e, 'WITHDRAWN');
    });
  }

  /** The enrolment, locked; NOT_FOUND outside the viewer's organisations, CONFLICT once it is completed or withdrawn. */
  private async lockOpen(em: EntityManager, ctx: RequestContext, id: string): Promise<OpenEnrolment> {
    const [e] = await em.query<(OpenEnrolment & { status: string })[]>(
      `SELECT e.id, e.status, e.participant_id, e.organisation_id, e.course_id, c.certificate_validity_months AS months
         FROM course_enrolment e JOIN course c ON c.id = e.course_id WHERE e.id = $1 FOR UPDATE OF e`,
      [id],
    );
    if (!e) throw new NotFoundError('Enrolment', id);
    assertOrganisationVisible(ctx, e.organisation_id, 'Enrolment', id);
    if (e.status !== 'ENROLLED') throw new ConflictError('ENROLMENT_NOT_OPEN', `This enrolment is already ${e.status.toLowerCase()}.`);
    return e;
  }

  private async recorded(
    em: EntityManager,
    ctx: RequestContext,
    e: OpenEnrolment,
    status: 'COMPLETED' | 'WITHDRAWN',
  ): Promise<EnrolmentModel> {
    await this.audit.record(em, ctx, {
      action: `enrolment.${status === 'COMPLETED' ? 'complete' : 'withdraw'}`,
      entityType: 'course_enrolment',
      entityId: e.id,
      organisationId: e.organisation_id,
      before: { status: 'ENROLLED' },
      after: { status },
    });
    return this.row(em, e.id);
  }

  private async row(em: EntityManager, id: string): Promise<EnrolmentModel> {
    const [row] = await em.query<EnrolmentModel[]>(`${ENROLMENT_SELECT} WHERE e.id = $1`, [id]);
    return row;
  }
}
