import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService, ConflictError, NotFoundError, type RequestContext, TransactionService } from '@portal/core';
import { QueryFailedError, type DataSource, type EntityManager } from 'typeorm';
import type { CourseInput } from './dto/training.input';
import type { CourseModel } from './models/training.model';

const COURSE_SELECT = `
  SELECT c.id, c.code, c.title_de AS "titleDe", c.title_en AS "titleEn", c.description_de AS "descriptionDe",
         c.description_en AS "descriptionEn", c.format, c.duration_minutes AS "durationMinutes", c.product_line_id AS "productLineId",
         c.certificate_validity_months AS "certificateValidityMonths", c.active,
         ARRAY(SELECT required_course_id FROM course_prerequisite WHERE course_id = c.id ORDER BY 1) AS "prerequisiteIds",
         ARRAY(SELECT equivalent_course_id FROM course_equivalence WHERE course_id = c.id ORDER BY 1) AS "equivalentIds"
    FROM course c`;

@Injectable()
export class CoursesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionService,
    private readonly audit: AuditService,
  ) {}

  list(activeOnly: boolean): Promise<CourseModel[]> {
    return this.dataSource.query<CourseModel[]>(`${COURSE_SELECT} ${activeOnly ? 'WHERE c.active' : ''} ORDER BY c.code`);
  }

  create(ctx: RequestContext, input: CourseInput): Promise<CourseModel> {
    return this.tx.run(async (em) => {
      let id: string;
      try {
        [{ id }] = await em.query<{ id: string }[]>(
          `INSERT INTO course (code, title_de, title_en, format, duration_minutes) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
          [input.code, input.titleDe, input.titleEn, input.format, input.durationMinutes],
        );
      } catch (error) {
        if (error instanceof QueryFailedError && (error.driverError as { constraint?: string }).constraint === 'course_code_key') {
          throw new ConflictError('CODE_TAKEN', 'This course code is already used.', { field: 'code' });
        }
        throw error;
      }
      return this.write(em, ctx, id, input, null);
    });
  }

  update(ctx: RequestContext, id: string, input: CourseInput): Promise<CourseModel> {
    return this.tx.run(async (em) => {
      const [before] = await em.query<CourseModel[]>(`${COURSE_SELECT} WHERE c.id = $1`, [id]);
      if (!before) throw new NotFoundError('Course', id);
      return this.write(em, ctx, id, input, before);
    });
  }

  private async write(
    em: EntityManager,
    ctx: RequestContext,
    id: string,
    input: CourseInput,
    before: CourseModel | null,
  ): Promise<CourseModel> {
    if (input.prerequisiteIds.includes(id) || input.equivalentIds.includes(id)) {
      throw new ConflictError('SELF_REFERENCE', 'A course cannot require or replace itself.');
    }
    await em.query(
      `UPDATE course SET code = $2, title_de = $3, title_en = $4, description_de = $5, description_en = $6, format = $7,
              duration_minutes = $8, product_line_id = $9, certificate_validity_months = $10, active = $11 WHERE id = $1`,
      [
        id,
        input.code,
        input.titleDe,
        input.titleEn,
        input.descriptionDe,
        input.descriptionEn,
        input.format,
        input.durationMinutes,
        input.productLineId ?? null,
        input.certificateValidityMonths,
        input.active,
      ],
    );
    await em.query(`DELETE FROM course_prerequisite WHERE course_id = $1`, [id]);
    await em.query(`DELETE FROM course_equivalence WHERE course_id = $1`, [id]);
    for (const r of input.prerequisiteIds)
      await em.query(`INSERT INTO course_prerequisite (course_id, required_course_id) VALUES ($1, $2)`, [id, r]);
    for (const e of input.equivalentIds)
      await em.query(`INSERT INTO course_equivalence (course_id, equivalent_course_id) VALUES ($1, $2)`, [id, e]);
    const [after] = await em.query<CourseModel[]>(`${COURSE_SELECT} WHERE c.id = $1`, [id]);
    await this.audit.record(em, ctx, {
      action: before ? 'course.update' : 'course.create',
      entityType: 'course',
      entityId: id,
      organisationId: null,
      before,
      after,
    });
    return after;
  }
}
