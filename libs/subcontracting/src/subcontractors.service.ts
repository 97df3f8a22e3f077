import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AuditService,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  type RequestContext,
  TransactionService,
  partnerSubcontractorScope,
} from '@portal/core';
import { type InvitationModel, OrganisationEntity, UsersService } from '@portal/organisations';
import type { DataSource, EntityManager } from 'typeorm';
import { DelegationCascadeService } from './delegation-cascade.service';
import type { InviteSubcontractorUserArgs, RegisterSubcontractorInput } from './dto/subcontracting.input';
import type { SubcontractorModel } from './models/subcontracting.model';

const RELATIONSHIP_SELECT = `
  SELECT r.id, r.subcontractor_id AS "subcontractorId", s.name, s.street, s.postal_code AS "postalCode", s.city,
         s.trade_register_number AS "tradeRegisterNumber", s.contact_name AS "contactName", s.contact_email AS "contactEmail",
         s.contact_phone AS "contactPhone", r.partner_id AS "partnerId", p.name AS "partnerName", r.status, r.created_at AS "createdAt",
         (SELECT count(*)::int FROM delegation d WHERE d.relationship_id = r.id AND d.status = 'APPROVED') AS "activeDelegations"
    FROM subcontractor_relationship r JOIN organisation s ON s.id = r.subcontractor_id JOIN organisation p ON p.id = r.partner_id`;

/** Partners register subcontractor companies (or link one another partner registered) and manage their users. */
@Injectable()
export class SubcontractorsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionService,
    private readonly audit: AuditService,
    private readonly users: UsersService,
    private readonly cascade: DelegationCascadeService,
  ) {}

  list(ctx: RequestContext, includeEnded: boolean): Promise<SubcontractorModel[]> {
    const scope = partnerSubcontractorScope(ctx, 'r', 1);
    return this.dataSource.query<SubcontractorModel[]>(
      `${RELATIONSHIP_SELECT} WHERE ${scope.sql} AND ($2 OR r.status = 'ACTIVE') ORDER BY r.status, lower(s.name), r.id LIMIT 500`,
      [scope.value, includeEnded],
    );
  }

  async get(ctx: RequestContext, id: string, em: EntityManager = this.dataSource.manager): Promise<SubcontractorModel> {
    const scope = partnerSubcontractorScope(ctx, 'r', 2);
    const [row] = await em.query<SubcontractorModel[]>(`${RELATIONSHIP_SELECT} WHERE r.id = $1 AND ${scope.sql}`, [id, scope.value]);
    if (!row) throw new NotFoundError('Subcontractor', id);
    return row;
  }

  /** Registers the company, or links the one with this trade register number; either way a relationship of this partner. */
  register(ctx: RequestContext, input: RegisterSubcontractorInput): Promise<SubcontractorModel> {
    const user = ctx.user;
    if (user.organisationKind !== 'PARTNER') throw new ForbiddenError('PARTNERS_ONLY', 'only service partners register subcontractors');
    return this.tx.run(async (em) => {
      const register = input.tradeRegisterNumber.toUpperCase();
      const [existing] = await em.query<{ id: string; kind: string }[]>(
        `SELECT id, kind FROM organisation WHERE upper(trade_register_number) = $1 FOR UPDATE`,
        [register],
      );
      if (existing && existing.kind !== 'SUBCONTRACTOR')
        throw new ConflictError('NOT_A_SUBCONTRACTOR', 'This trade register number belongs to a company that is not a subcontractor.');
      let subcontractorId = existing?.id;
      if (!subcontractorId) {
        const [row] = await em.query<{ id: string }[]>(
          `INSERT INTO organisation (kind, name, legal_name, street, postal_code, city, country, status, trade_register_number,
                                     contact_name, contact_email, contact_phone)
           VALUES ('SUBCONTRACTOR', $1, $1, $2, $3, $4, 'DE', 'ACTIVE', $5, $6, $7, $8) RETURNING id`,
          [
            input.name,
            input.street,
            input.postalCode,
            input.city,
            register,
            input.contactName || null,
            input.contactEmail?.trim() || null,
            input.contactPhone || null,
          ],
        );
        subcontractorId = row.id;
      }
      const [relationship] = await em.query<{ id: string }[]>(
        `INSERT INTO subcontractor_relationship (partner_id, subcontractor_id, created_by) VALUES ($1, $2, $3)
         ON CONFLICT DO NOTHING RETURNING id`,
        [user.organisationId, subcontractorId, user.userId],
      );
      if (!relationship) throw new ConflictError('ALREADY_LINKED', 'This subcontractor already works for your company.');
      await this.audit.record(em, ctx, {
        action: existing ? 'subcontractor.link' : 'subcontractor.register',
        entityType: 'subcontractor_relationship',
        entityId: relationship.id,
        organisationId: user.organisationId,
        after: { subcontractorId, name: input.name, tradeRegisterNumber: register },
      });
      return this.get(ctx, relationship.id, em);
    });
  }

  /** Ends the relationship; its live permissions end with it. */
  end(ctx: RequestContext, id: string, reason: string): Promise<SubcontractorModel> {
    return this.tx.run(async (em) => {
      const relationship = await this.get(ctx, id, em);
      if (ctx.user.organisationKind !== 'PARTNER') throw new ForbiddenError('PARTNERS_ONLY');
      if (relationship.status !== 'ACTIVE') throw new ConflictError('RELATIONSHIP_ENDED', 'This relationship has already ended.');
      await em.query(
        `UPDATE subcontractor_relationship SET status = 'ENDED', ended_at = now(), ended_by = $2, end_reason = $3 WHERE id = $1`,
        [id, ctx.user.userId, reason],
      );
      await this.cascade.endForRelationship(em, ctx, id, reason);
      await this.audit.record(em, ctx, {
        action: 'subcontractor.end',
        entityType: 'subcontractor_relationship',
        entityId: id,
        organisationId: relationship.partnerId,
        before: { status: 'ACTIVE' },
        after: { status: 'ENDED', reason: reason },
      });
      return this.get(ctx, id, em);
    });
  }

  inviteUser(ctx: RequestContext, args: InviteSubcontractorUserArgs): Promise<InvitationModel> {
    return this.tx.run(async (em) => {
      const relationship = await this.get(ctx, args.relationshipId, em);
      if (ctx.user.organisationKind !== 'PARTNER') throw new ForbiddenError('PARTNERS_ONLY');
      if (relationship.status !== 'ACTIVE') throw new ConflictError('RELATIONSHIP_ENDED', 'This relationship has ended.');
      const organisation = await em.getRepository(OrganisationEntity).findOneByOrFail({ id: relationship.subcontractorId });
      return this.users.createInvitedUser(em, ctx, {
        organisation,
        email: args.email,
        displayName: args.displayName,
        locale: args.locale as 'de' | 'en',
        roles: ['SUBCONTRACTOR_USER'],
      });
    });
  }
}
