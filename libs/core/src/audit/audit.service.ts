import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { scopeToTenant } from '../access/tenant-scope';
import type { RequestContext } from '../context/request-context';
import { type Page, pageOf, pageWindow } from '../pagination/page';
import { AuditEventEntity } from './audit-event.entity';
import type { AuditFilterInput } from './audit-filter.input';
import type { AuditEventModel } from './audit-event.model';
import type { PageInput } from '../pagination/page';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string;
  organisationId: string | null;
  before?: object | null;
  after?: object | null;
  /** Overrides the actor for events of not-yet-authenticated requests (login, invitation acceptance). */
  actor?: { userId: string; organisationId: string };
}

@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Must be called with the transaction's manager so the event shares the change's fate. */
  async record(em: EntityManager, ctx: RequestContext, entry: AuditEntry): Promise<void> {
    await em.insert(AuditEventEntity, {
      // jsonb columns: TypeORM's deep-partial typing cannot express arbitrary JSON objects.
      requestId: ctx.requestId,
      actorUserId: entry.actor?.userId ?? ctx.principal?.userId ?? null,
      actorOrganisationId: entry.actor?.organisationId ?? ctx.principal?.organisationId ?? null,
      organisationId: entry.organisationId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: (entry.before ?? null) as never,
      after: (entry.after ?? null) as never,
    });
  }

  async list(ctx: RequestContext, filter: AuditFilterInput | undefined, page: PageInput | undefined): Promise<Page<AuditEventModel>> {
    const { offset, limit } = pageWindow(page);
    const qb = this.dataSource
      .createQueryBuilder()
      .from(AuditEventEntity, 'e')
      .leftJoin('app_user', 'u', 'u.id = e.actor_user_id')
      .select([
        'e.id AS "id"',
        'e.occurred_at AS "occurredAt"',
        'e.request_id AS "requestId"',
        'e.actor_user_id AS "actorUserId"',
        'u.email AS "actorEmail"',
        'e.organisation_id AS "organisationId"',
        'e.action AS "action"',
        'e.entity_type AS "entityType"',
        'e.entity_id AS "entityId"',
        'e.before AS "before"',
        'e.after AS "after"',
      ]);
    scopeToTenant(ctx, qb, 'e.organisation_id');
    if (filter?.organisationId) qb.andWhere('e.organisation_id = :org', { org: filter.organisationId });
    if (filter?.actorUserId) qb.andWhere('e.actor_user_id = :actor', { actor: filter.actorUserId });
    if (filter?.action) {
      if (filter.action.endsWith('.')) qb.andWhere('starts_with(e.action, :action)', { action: filter.action });
      else qb.andWhere('e.action = :action', { action: filter.action });
    }
    if (filter?.entityType) qb.andWhere('e.entity_type = :entityType', { entityType: filter.entityType });
    if (filter?.entityId) qb.andWhere('e.entity_id = :entityId', { entityId: filter.entityId });
    if (filter?.from) qb.andWhere('e.occurred_at >= :from', { from: filter.from });
    if (filter?.to) qb.andWhere('e.occurred_at < :to', { to: filter.to });

    const [rows, total] = await Promise.all([
      qb.clone().orderBy('e.id', 'DESC').offset(offset).limit(limit).getRawMany<AuditEventModel>(),
      qb.clone().select('count(*)::int', 'count').getRawOne<{ count: number }>(),
    ]);
    return pageOf(
      rows.map((r) => ({ ...r, id: String(r.id) })),
      total?.count ?? 0,
      page,
    );
  }
}
