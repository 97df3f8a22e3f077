import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService, BadInputError, ConflictError, NotFoundError, type RequestContext, TransactionService } from '@portal/core';
import { QueryFailedError, type DataSource, type EntityManager } from 'typeorm';
import type { CatalogueEntryInput, TierInput, UpdateCatalogueEntryInput } from './dto/catalogue.input';
import type { ProductLineModel, ServiceCategoryModel, TierModel } from './models/catalogue.model';

type CatalogueTable = 'product_line' | 'service_category';

const TIER_SELECT = `
  SELECT t.id, t.code, t.rank, t.name_de AS "nameDe", t.name_en AS "nameEn", t.description_de AS "descriptionDe",
         t.description_en AS "descriptionEn", t.knowledge_level AS "knowledgeLevel", t.may_delegate AS "mayDelegate",
         t.listed_in_locator AS "listedInLocator", t.may_show_badge AS "mayShowBadge",
         json_build_object('certifiedTechnicians', t.required_certified_technicians, 'annualTraining', t.requires_annual_training,
                           'courseCodes', t.required_course_codes) AS requirements,
         COALESCE((SELECT json_agg(json_build_object('productLineId', x.product_line_id, 'serviceCategoryIds', x.ids) ORDER BY x.product_line_id)
                     FROM (SELECT product_line_id, array_agg(service_category_id ORDER BY service_category_id) AS ids
                             FROM tier_entitlement WHERE tier_id = t.id GROUP BY product_line_id) x), '[]') AS entitlements
    FROM tier t`;

/** Product lines, service categories and tier definitions; privileges are data, edited here. */
@Injectable()
export class CatalogueService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionService,
    private readonly audit: AuditService,
  ) {}

  productLines(): Promise<ProductLineModel[]> {
    return this.entries('product_line');
  }

  serviceCategories(): Promise<ServiceCategoryModel[]> {
    return this.entries('service_category');
  }

  tiers(): Promise<TierModel[]> {
    return this.dataSource.query<TierModel[]>(`${TIER_SELECT} ORDER BY t.rank`);
  }

  createEntry(ctx: RequestContext, table: CatalogueTable, input: CatalogueEntryInput): Promise<ProductLineModel> {
    return this.tx.run(async (em) => {
      const [row] = await this.unique(() =>
        em.query<{ id: string }[]>(`INSERT INTO ${table} (code, name_de, name_en, active) VALUES ($1, $2, $3, $4) RETURNING id`, [
          input.code,
          input.nameDe,
          input.nameEn,
          input.active,
        ]),
      );
      await this.audit.record(em, ctx, {
        action: `${table}.create`,
        entityType: table,
        entityId: row.id,
        organisationId: null,
        after: { ...input },
      });
      return (await this.entries(table, em, row.id))[0];
    });
  }

  updateEntry(ctx: RequestContext, table: CatalogueTable, input: UpdateCatalogueEntryInput): Promise<ProductLineModel> {
    return this.tx.run(async (em) => {
      const [before] = await this.entries(table, em, input.id);
      if (!before) throw new NotFoundError(table === 'product_line' ? 'ProductLine' : 'ServiceCategory', input.id);
      await em.query(
        `UPDATE ${table} SET name_de = COALESCE($2, name_de), name_en = COALESCE($3, name_en), active = COALESCE($4, active) WHERE id = $1`,
        [input.id, input.nameDe ?? null, input.nameEn ?? null, input.active ?? null],
      );
      const [after] = await this.entries(table, em, input.id);
      await this.audit.record(em, ctx, {
        action: `${table}.update`,
        entityType: table,
        entityId: input.id,
        organisationId: null,
        before,
        after,
      });
      return after;
    });
  }

  createTier(ctx: RequestContext, input: TierInput): Promise<TierModel> {
    return this.tx.run(async (em) => {
      const [{ id }] = await this.unique(() =>
        em.query<{ id: string }[]>(`INSERT INTO tier (code, rank, name_de, name_en) VALUES ($1, $2, $3, $4) RETURNING id`, [
          input.code,
          input.rank,
          input.nameDe,
          input.nameEn,
        ]),
      );
      return this.writeTier(em, ctx, id, input, null);
    });
  }

  updateTier(ctx: RequestContext, id: string, input: TierInput): Promise<TierModel> {
    return this.tx.run(async (em) => {
      const [before] = await em.query<TierModel[]>(`${TIER_SELECT} WHERE t.id = $1 FOR UPDATE OF t`, [id]);
      if (!before) throw new NotFoundError('Tier', id);
      return this.writeTier(em, ctx, id, input, before);
    });
  }

  /** A tier requiring a course nobody can take could never be met. */
  private async assertCoursesExist(em: EntityManager, codes: string[]): Promise<void> {
    if (codes.length === 0) return;
    const known = await em.query<{ code: string }[]>(`SELECT code FROM course WHERE code = ANY ($1)`, [codes]);
    const unknown = codes.filter((code) => !known.some((k) => k.code === code));
    if (unknown.length)
      throw BadInputError.field('requiredCourseCodes', 'UNKNOWN_COURSE', `There is no course with the code ${unknown.join(', ')}.`);
  }

  private async writeTier(
    em: EntityManager,
    ctx: RequestContext,
    id: string,
    input: TierInput,
    before: TierModel | null,
  ): Promise<TierModel> {
    await this.assertCoursesExist(em, input.requiredCourseCodes);
    await this.unique(() =>
      em.query(
        `UPDATE tier SET code = $2, rank = $3, name_de = $4, name_en = $5, description_de = $6, description_en = $7, knowledge_level = $8,
                may_delegate = $9, listed_in_locator = $10, may_show_badge = $11, required_certified_technicians = $12,
                requires_annual_training = $13, required_course_codes = $14, updated_at = now() WHERE id = $1`,
        [
          id,
          input.code,
          input.rank,
          input.nameDe,
          input.nameEn,
          input.descriptionDe,
          input.descriptionEn,
          input.knowledgeLevel,
          input.mayDelegate,
          input.listedInLocator,
          input.mayShowBadge,
          input.requiredCertifiedTechnicians,
          input.requiresAnnualTraining,
          input.requiredCourseCodes,
        ],
      ),
    );
    await em.query(`DELETE FROM tier_entitlement WHERE tier_id = $1`, [id]);
    for (const e of input.entitlements) {
      for (const categoryId of e.serviceCategoryIds) {
        await em.query(`INSERT INTO tier_entitlement (tier_id, product_line_id, service_category_id) VALUES ($1, $2, $3)`, [
          id,
          e.productLineId,
          categoryId,
        ]);
      }
    }
    const [after] = await em.query<TierModel[]>(`${TIER_SELECT} WHERE t.id = $1`, [id]);
    await this.audit.record(em, ctx, {
      action: before ? 'tier.update' : 'tier.create',
      entityType: 'tier',
      entityId: id,
      organisationId: null,
      before,
      after,
    });
    return after;
  }

  private entries(table: CatalogueTable, em: EntityManager = this.dataSource.manager, id?: string): Promise<ProductLineModel[]> {
    return em.query<ProductLineModel[]>(
      `SELECT id, code, name_de AS "nameDe", name_en AS "nameEn", active FROM ${table} ${id ? 'WHERE id = $1' : ''} ORDER BY code`,
      id ? [id] : [],
    );
  }

  /** Codes and ranks are unique; say so instead of a generic conflict. */
  private async unique<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      const constraint = error instanceof QueryFailedError ? (error.driverError as { constraint?: string }).constraint : undefined;
      if (constraint?.endsWith('_code_key')) throw new ConflictError('CODE_TAKEN', 'This code is already used.', { field: 'code' });
      if (constraint === 'tier_rank_key') throw new ConflictError('RANK_TAKEN', 'Another tier already has this rank.', { field: 'rank' });
      throw error;
    }
  }
}
