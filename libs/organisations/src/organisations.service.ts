import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  assertOrganisationVisible,
  AuditService,
  ConflictError,
  DomainEvents,
  NotFoundError,
  type Page,
  pageOf,
  pageWindow,
  type RequestContext,
  scopeToTenant,
  TransactionService,
} from '@portal/core';
import type { DataSource, EntityManager } from 'typeorm';
import type { CreatePartnerOrganisationInput, OrganisationsArgs, UpdateOrganisationInput } from './dto/organisation.input';
import { OrganisationEntity, type OrganisationStatus } from './entities/organisation.entity';
import type { CreatePartnerOrganisationPayloadModel } from './models/create-partner-organisation.payload';
import { OrganisationKindEnum, OrganisationSortField, SortDirection } from './models/enums';
import type { OrganisationModel } from './models/organisation.model';
import { organisationNameTaken } from './organisations.errors';
import { ORGANISATION_STATUS_CHANGED, type OrganisationStatusChanged } from './organisations.events';
import { UsersService } from './users.service';

const SORT_COLUMNS: Record<OrganisationSortField, string> = {
  [OrganisationSortField.NAME]: 'o.name',
  [OrganisationSortField.CREATED_AT]: 'o.created_at',
  [OrganisationSortField.STATUS]: 'o.status',
  [OrganisationSortField.CITY]: 'o.city',
};

/** Allowed status changes; ENDED is final so history stays meaningful. */
const STATUS_TRANSITIONS: Record<OrganisationStatus, OrganisationStatus[]> = {
  ONBOARDING: ['ACTIVE', 'ENDED'],
  ACTIVE: ['SUSPENDED', 'ENDED'],
  SUSPENDED: ['ACTIVE', 'ENDED'],
  ENDED: [],
};

function snapshot(o: OrganisationEntity): Record<string, unknown> {
  const { id: _id, createdAt: _c, updatedAt: _u, ...rest } = o;
  return rest;
}

@Injectable()
export class OrganisationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionService,
    private readonly audit: AuditService,
    private readonly users: UsersService,
    private readonly events: DomainEvents,
  ) {}

  async list(ctx: RequestContext, args: OrganisationsArgs): Promise<Page<OrganisationModel>> {
    const { offset, limit } = pageWindow(args.page);
    const qb = this.dataSource.getRepository(OrganisationEntity).createQueryBuilder('o');
    scopeToTenant(ctx, qb, 'o.id');
    const f = args.filter;
    if (f?.kind) qb.andWhere('o.kind = :kind', { kind: f.kind });
    if (f?.status) qb.andWhere('o.status = :status', { status: f.status });
    if (f?.search) {
      qb.andWhere(`(o.name ILIKE :q OR o.legal_name ILIKE :q OR o.city ILIKE :q)`, { q: `%${f.search.replace(/[\\%_]/g, '\\$&')}%` });
    }
    const sort = args.sort ?? { field: OrganisationSortField.NAME, direction: SortDirection.ASC };
    const [items, total] = await qb
      .orderBy(SORT_COLUMNS[sort.field], sort.direction)
      .addOrderBy('o.id')
      .skip(offset)
      .take(limit)
      .getManyAndCount();
    return pageOf(items as OrganisationModel[], total, args.page);
  }

  async get(ctx: RequestContext, id: string): Promise<OrganisationModel> {
    assertOrganisationVisible(ctx, id, 'Organisation', id);
    const organisation = await this.dataSource.getRepository(OrganisationEntity).findOneBy({ id });
    if (!organisation) throw new NotFoundError('Organisation', id);
    return organisation as OrganisationModel;
  }

  /** Onboards a partner or subcontractor together with the invitation of its first admin. */
  async createPartner(ctx: RequestContext, input: CreatePartnerOrganisationInput): Promise<CreatePartnerOrganisationPayloadModel> {
    return this.tx.run(async (em) => {
      await this.assertNameFree(em, input.name);
      const { identifiers } = await em.insert(OrganisationEntity, {
        kind: input.kind,
        name: input.name,
        legalName: input.legalName,
        street: input.street,
        postalCode: input.postalCode,
        city: input.city,
        country: input.country,
        status: 'ONBOARDING',
      });
      const organisation = await em.findOneByOrFail(OrganisationEntity, { id: (identifiers[0] as { id: string }).id });
      await this.audit.record(em, ctx, {
        action: 'organisation.create',
        entityType: 'organisation',
        entityId: organisation.id,
        organisationId: organisation.id,
        after: snapshot(organisation),
      });
      const invitation = await this.users.createInvitedUser(em, ctx, {
        organisation,
        email: input.firstAdmin.email,
        displayName: input.firstAdmin.displayName,
        locale: input.firstAdmin.locale,
        roles: [input.kind === OrganisationKindEnum.SUBCONTRACTOR ? 'SUBCONTRACTOR_USER' : 'PARTNER_ADMIN'],
      });
      return { organisation: organisation as OrganisationModel, invitation };
    });
  }

  async update(ctx: RequestContext, id: string, input: UpdateOrganisationInput): Promise<OrganisationModel> {
    return this.tx.run(async (em) => {
      const before = await this.lockVisible(em, ctx, id);
      if (input.name !== undefined && input.name.toLowerCase() !== before.name.toLowerCase()) await this.assertNameFree(em, input.name);
      const changes = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
      await em.update(OrganisationEntity, { id }, { ...changes, updatedAt: () => 'now()' });
      const after = await em.findOneByOrFail(OrganisationEntity, { id });
      await this.audit.record(em, ctx, {
        action: 'organisation.update',
        entityType: 'organisation',
        entityId: id,
        organisationId: id,
        before: snapshot(before),
        after: snapshot(after),
      });
      return after as OrganisationModel;
    });
  }

  async setStatus(ctx: RequestContext, id: string, status: OrganisationStatus, reason: string): Promise<OrganisationModel> {
    return this.tx.run(async (em) => {
      const before = await this.lockVisible(em, ctx, id);
      if (before.kind === 'MANUFACTURER')
        throw new ConflictError('MANUFACTURER_STATUS_FIXED', "The manufacturer's own status cannot be changed.");
      if (!STATUS_TRANSITIONS[before.status].includes(status)) {
        throw new ConflictError('INVALID_STATUS_TRANSITION', `An organisation cannot go from ${before.status} to ${status}.`, {
          from: before.status,
          to: status,
        });
      }
      await em.update(OrganisationEntity, { id }, { status, updatedAt: () => 'now()' });
      await this.events.publish<OrganisationStatusChanged>(em, ctx, {
        type: ORGANISATION_STATUS_CHANGED,
        organisationId: id,
        from: before.status,
        to: status,
        reason,
      });
      await this.audit.record(em, ctx, {
        action: 'organisation.set_status',
        entityType: 'organisation',
        entityId: id,
        organisationId: id,
        before: { status: before.status },
        after: { status, reason },
      });
      return em.findOneByOrFail(OrganisationEntity, { id }) as Promise<OrganisationModel>;
    });
  }

  private async lockVisible(em: EntityManager, ctx: RequestContext, id: string): Promise<OrganisationEntity> {
    assertOrganisationVisible(ctx, id, 'Organisation', id);
    const organisation = await em
      .getRepository(OrganisationEntity)
      .createQueryBuilder('o')
      .setLock('pessimistic_write')
      .where('o.id = :id', { id })
      .getOne();
    if (!organisation) throw new NotFoundError('Organisation', id);
    return organisation;
  }

  private async assertNameFree(em: EntityManager, name: string): Promise<void> {
    const rows = await em.query<unknown[]>(`SELECT 1 FROM organisation WHERE lower(name) = lower($1)`, [name]);
    if (rows.length) throw organisationNameTaken(name);
  }
}
