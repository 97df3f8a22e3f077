import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  assertOrganisationVisible,
  AuditService,
  ConflictError,
  NotFoundError,
  type RequestContext,
  TransactionService,
} from '@portal/core';
import type { DataSource, EntityManager } from 'typeorm';
import type { LocationInput, ServiceAreaInput } from './dto/directory.input';
import type { PartnerLocationModel, ServiceAreaModel } from './models/directory.model';

const LOCATION_SELECT = `SELECT id, organisation_id AS "organisationId", name, street, postal_code AS "postalCode", city, country, latitude, longitude,
         phone, opening_hours AS "openingHours" FROM partner_location`;

/** A partner's locations and the postcode areas it serves; partners edit their own, manufacturer staff any. */
@Injectable()
export class LocationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionService,
    private readonly audit: AuditService,
  ) {}

  async list(
    ctx: RequestContext,
    organisationId: string | undefined,
  ): Promise<{ locations: PartnerLocationModel[]; areas: ServiceAreaModel[] }> {
    const id = organisationId ?? ctx.user.organisationId;
    assertOrganisationVisible(ctx, id, 'Organisation', id);
    const [locations, areas] = await Promise.all([
      this.dataSource.query<PartnerLocationModel[]>(`${LOCATION_SELECT} WHERE organisation_id = $1 ORDER BY name`, [id]),
      this.dataSource.query<ServiceAreaModel[]>(
        `SELECT postal_prefix AS "postalPrefix", product_line_id AS "productLineId" FROM service_area WHERE organisation_id = $1 ORDER BY 1`,
        [id],
      ),
    ]);
    return { locations, areas };
  }

  save(ctx: RequestContext, id: string | null, input: LocationInput): Promise<PartnerLocationModel> {
    return this.tx.run(async (em) => {
      const organisationId = await this.partner(em, ctx, input.organisationId ?? ctx.user.organisationId);
      const values = [
        input.name.trim(),
        input.street,
        input.postalCode,
        input.city.trim(),
        input.country,
        input.latitude,
        input.longitude,
        input.phone,
        input.openingHours,
      ];
      let before: PartnerLocationModel | null = null;
      if (id) {
        [before] = await em.query<PartnerLocationModel[]>(`${LOCATION_SELECT} WHERE id = $1 AND organisation_id = $2 FOR UPDATE`, [
          id,
          organisationId,
        ]);
        if (!before) throw new NotFoundError('PartnerLocation', id);
        await em.query(
          `UPDATE partner_location SET name = $3, street = $4, postal_code = $5, city = $6, country = $7, latitude = $8, longitude = $9, phone = $10, opening_hours = $11
            WHERE id = $1 AND organisation_id = $2`,
          [id, organisationId, ...values],
        );
      } else {
        [{ id }] = await em.query<{ id: string }[]>(
          `INSERT INTO partner_location (organisation_id, name, street, postal_code, city, country, latitude, longitude, phone, opening_hours)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
          [organisationId, ...values],
        );
      }
      const [after] = await em.query<PartnerLocationModel[]>(`${LOCATION_SELECT} WHERE id = $1`, [id]);
      await this.audit.record(em, ctx, {
        action: before ? 'location.update' : 'location.create',
        entityType: 'partner_location',
        entityId: id,
        organisationId,
        before,
        after,
      });
      return after;
    });
  }

  remove(ctx: RequestContext, id: string): Promise<boolean> {
    return this.tx.run(async (em) => {
      const [row] = await em.query<PartnerLocationModel[]>(`${LOCATION_SELECT} WHERE id = $1 FOR UPDATE`, [id]);
      if (!row) throw new NotFoundError('PartnerLocation', id);
      await this.partner(em, ctx, row.organisationId);
      await em.query(`DELETE FROM partner_location WHERE id = $1`, [id]);
      await this.audit.record(em, ctx, {
        action: 'location.delete',
        entityType: 'partner_location',
        entityId: id,
        organisationId: row.organisationId,
        before: row,
      });
      return true;
    });
  }

  setAreas(ctx: RequestContext, organisationId: string | undefined, areas: ServiceAreaInput[]): Promise<ServiceAreaModel[]> {
    return this.tx.run(async (em) => {
      const id = await this.partner(em, ctx, organisationId ?? ctx.user.organisationId);
      const before = await em.query<ServiceAreaModel[]>(
        `SELECT postal_prefix AS "postalPrefix", product_line_id AS "productLineId" FROM service_area WHERE organisation_id = $1 ORDER BY 1`,
        [id],
      );
      await em.query(`DELETE FROM service_area WHERE organisation_id = $1`, [id]);
      const seen = new Set<string>();
      for (const a of areas) {
        const key = `${a.postalPrefix}/${a.productLineId ?? ''}`;
        if (seen.has(key)) continue;
        seen.add(key);
        await em.query(`INSERT INTO service_area (organisation_id, postal_prefix, product_line_id) VALUES ($1, $2, $3)`, [
          id,
          a.postalPrefix,
          a.productLineId ?? null,
        ]);
      }
      const after = await em.query<ServiceAreaModel[]>(
        `SELECT postal_prefix AS "postalPrefix", product_line_id AS "productLineId" FROM service_area WHERE organisation_id = $1 ORDER BY 1`,
        [id],
      );
      await this.audit.record(em, ctx, {
        action: 'service_area.set',
        entityType: 'organisation',
        entityId: id,
        organisationId: id,
        before: { areas: before },
        after: { areas: after },
      });
      return after;
    });
  }

  private async partner(em: EntityManager, ctx: RequestContext, organisationId: string): Promise<string> {
    assertOrganisationVisible(ctx, organisationId, 'Organisation', organisationId);
    const [org] = await em.query<{ kind: string }[]>(`SELECT kind FROM organisation WHERE id = $1`, [organisationId]);
    if (!org) throw new NotFoundError('Organisation', organisationId);
    if (org.kind !== 'PARTNER') throw new ConflictError('PARTNERS_ONLY', 'Locations and service areas belong to service partners.');
    return organisationId;
  }
}
