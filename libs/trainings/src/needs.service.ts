import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AuditService,
  BadInputError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  type RequestContext,
  TransactionService,
  visibleOrganisationIds,
} from '@portal/core';
import { NotificationsService } from '@portal/notifications';
import type { DataSource } from 'typeorm';
import type { PlanSessionArgs, TrainingNeedInput } from './dto/need.input';
import type { NeedStatus, TrainingNeedGroupModel, TrainingNeedModel } from './models/need.model';
import type { TrainingSessionModel } from './models/training.model';
import { SessionsService } from './sessions.service';

const NEED_SELECT = `
  SELECT n.id, n.organisation_id AS "organisationId", o.name AS "organisationName", n.course_id AS "courseId", c.code AS "courseCode",
         n.topic, n.people, n.preferred_from AS "preferredFrom", n.preferred_to AS "preferredTo", n.region, n.format, n.status,
         n.session_id AS "sessionId", n.created_at AS "createdAt"
    FROM training_need n JOIN organisation o ON o.id = n.organisation_id LEFT JOIN course c ON c.id = n.course_id`;

/** Partners state their training needs; the training manager sees them summed up and plans sessions from them. */
@Injectable()
export class NeedsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly sessions: SessionsService,
  ) {}

  list(ctx: RequestContext, status: NeedStatus | undefined): Promise<TrainingNeedModel[]> {
    return this.dataSource.query<TrainingNeedModel[]>(
      `${NEED_SELECT} WHERE ($1::uuid[] IS NULL OR n.organisation_id = ANY($1)) AND ($2::text IS NULL OR n.status = $2) ORDER BY n.created_at DESC LIMIT 500`,
      [visibleOrganisationIds(ctx), status ?? null],
    );
  }

  summary(): Promise<TrainingNeedGroupModel[]> {
    return this.dataSource.query<TrainingNeedGroupModel[]>(
      `SELECT n.course_id AS "courseId", c.code AS "courseCode", CASE WHEN n.course_id IS NULL THEN lower(n.topic) END AS topic, n.region,
              to_char(n.preferred_from, 'YYYY-MM') AS month, sum(n.people)::int AS people, count(DISTINCT n.organisation_id)::int AS partners,
              array_agg(n.id ORDER BY n.created_at) AS "needIds"
         FROM training_need n LEFT JOIN course c ON c.id = n.course_id
        WHERE n.status = 'OPEN'
        GROUP BY n.course_id, c.code, CASE WHEN n.course_id IS NULL THEN lower(n.topic) END, n.region, to_char(n.preferred_from, 'YYYY-MM')
        ORDER BY people DESC, month`,
    );
  }

  create(ctx: RequestContext, input: TrainingNeedInput): Promise<TrainingNeedModel> {
    const user = ctx.user;
    if (user.organisationKind !== 'PARTNER') throw new ForbiddenError('PARTNERS_ONLY', 'only service partners state training needs');
    if (!input.courseId && !input.topic) throw BadInputError.field('topic', 'COURSE_OR_TOPIC', 'Choose a course or describe a topic.');
    if (input.preferredTo < input.preferredFrom)
      throw BadInputError.field('preferredTo', 'INVALID_PERIOD', 'The period must not end before it starts.');
    return this.tx.run(async (em) => {
      if (input.courseId && !(await em.query<unknown[]>(`SELECT 1 FROM course WHERE id = $1`, [input.courseId])).length) {
        throw new NotFoundError('Course', input.courseId);
      }
      const [{ id }] = await em.query<{ id: string }[]>(
        `INSERT INTO training_need (organisation_id, course_id, topic, people, preferred_from, preferred_to, region, format, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
        [
          user.organisationId,
          input.courseId ?? null,
          input.topic ?? null,
          input.people,
          input.preferredFrom,
          input.preferredTo,
          input.region,
          input.format ?? null,
          user.userId,
        ],
      );
      await this.audit.record(em, ctx, {
        action: 'training_need.create',
        entityType: 'training_need',
        entityId: id,
        organisationId: user.organisationId,
        after: { ...input },
      });
      const [row] = await em.query<TrainingNeedModel[]>(`${NEED_SELECT} WHERE n.id = $1`, [id]);
      return row;
    });
  }

  /**
   * A partner withdraws an open need it no longer has (OPEN → CLOSED); it leaves the training manager's summary.
   * Another organisation's need is NOT_FOUND; a planned or closed one is a CONFLICT and stays as it is.
   */
  close(ctx: RequestContext, id: string): Promise<TrainingNeedModel> {
    const user = ctx.user;
    return this.tx.run(async (em) => {
      const [need] = await em.query<{ organisation_id: string; status: string }[]>(
        `SELECT organisation_id, status FROM training_need WHERE id = $1 FOR UPDATE`,
        [id],
      );
      if (!need || need.organisation_id !== user.organisationId) throw new NotFoundError('TrainingNeed', id);
      if (need.status !== 'OPEN') throw new ConflictError('NEED_NOT_OPEN', 'This need is already planned or closed.', { needIds: [id] });
      await em.query(`UPDATE training_need SET status = 'CLOSED' WHERE id = $1`, [id]);
      await this.audit.record(em, ctx, {
        action: 'training_need.close',
        entityType: 'training_need',
        entityId: id,
        organisationId: user.organisationId,
        before: { status: 'OPEN' },
        after: { status: 'CLOSED' },
      });
      const [row] = await em.query<TrainingNeedModel[]>(`${NEED_SELECT} WHERE n.id = $1`, [id]);
      return row;
    });
  }

  /** Creates the session, marks the needs planned and gives their partners a head start on booking. */
  plan(ctx: RequestContext, args: PlanSessionArgs): Promise<TrainingSessionModel> {
    return this.tx.run(async (em) => {
      const needs = await em.query<{ id: string; organisation_id: string; status: string }[]>(
        `SELECT id, organisation_id, status FROM training_need WHERE id = ANY($1) FOR UPDATE`,
        [args.needIds],
      );
      if (needs.length !== new Set(args.needIds).size) throw new NotFoundError('TrainingNeed');
      const planned = needs.filter((n) => n.status !== 'OPEN');
      if (planned.length)
        throw new ConflictError('NEED_NOT_OPEN', 'Some of these needs are already planned or closed.', {
          needIds: planned.map((n) => n.id),
        });
      const session = await this.sessions.createIn(em, ctx, args.session);
      const organisations = [...new Set(needs.map((n) => n.organisation_id))];
      if (args.priorityDays > 0) {
        await em.query(`UPDATE training_session SET priority_until = LEAST(starts_at, now() + make_interval(days => $2)) WHERE id = $1`, [
          session.id,
          args.priorityDays,
        ]);
        for (const o of organisations)
          await em.query(`INSERT INTO session_priority_organisation (session_id, organisation_id) VALUES ($1, $2)`, [session.id, o]);
      }
      await em.query(`UPDATE training_need SET status = 'PLANNED', session_id = $2 WHERE id = ANY($1)`, [args.needIds, session.id]);
      for (const o of organisations) {
        await this.notifications.notifyOrganisationAdmins(em, o, 'SESSION_PLANNED_FROM_NEED', {
          sessionId: session.id,
          priorityDays: args.priorityDays,
        });
      }
      await this.audit.record(em, ctx, {
        action: 'training_need.plan',
        entityType: 'training_session',
        entityId: session.id,
        organisationId: null,
        after: { needIds: args.needIds, priorityDays: args.priorityDays },
      });
      return this.sessions.get(session.id, em);
    });
  }
}
