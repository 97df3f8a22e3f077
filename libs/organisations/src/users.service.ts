import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  assertOrganisationVisible,
  AuditService,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  type Page,
  pageOf,
  pageWindow,
  Permission,
  type RequestContext,
  scopeToTenant,
  TransactionService,
} from '@portal/core';
import type { DataSource, EntityManager } from 'typeorm';
import type { InviteUserInput, UsersArgs } from './dto/user.input';
import { OrganisationEntity } from './entities/organisation.entity';
import { UserEntity, UserRoleEntity, type UserStatus } from './entities/user.entity';
import { SortDirection, UserSortField } from './models/enums';
import type { InvitationModel, UserModel } from './models/user.model';
import { emailTaken, organisationEnded, rolesNotForOrganisation } from './organisations.errors';
import { InvitationService } from './invitation.service';
import { SessionService } from './session.service';
import { userRow, userRows } from './user-query';

const SORT_COLUMNS: Record<UserSortField, string> = {
  [UserSortField.DISPLAY_NAME]: 'u.display_name',
  [UserSortField.EMAIL]: 'u.email',
  [UserSortField.CREATED_AT]: 'u.created_at',
};

export interface NewUser {
  organisation: OrganisationEntity;
  email: string;
  displayName: string;
  locale: 'de' | 'en';
  roles: string[];
}

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionService,
    private readonly audit: AuditService,
    private readonly invitations: InvitationService,
    private readonly sessions: SessionService,
  ) {}

  async list(ctx: RequestContext, args: UsersArgs): Promise<Page<UserModel>> {
    const { offset, limit } = pageWindow(args.page);
    const qb = userRows(this.dataSource);
    scopeToTenant(ctx, qb, 'u.organisation_id');
    const f = args.filter;
    if (f?.organisationId) qb.andWhere('u.organisation_id = :org', { org: f.organisationId });
    if (f?.status) qb.andWhere('u.status = :status', { status: f.status });
    if (f?.search) {
      qb.andWhere(`(u.display_name ILIKE :q OR u.email::text ILIKE :q)`, { q: `%${f.search.replace(/[\\%_]/g, '\\$&')}%` });
    }
    const sort = args.sort ?? { field: UserSortField.DISPLAY_NAME, direction: SortDirection.ASC };
    const [items, count] = await Promise.all([
      qb.clone().orderBy(SORT_COLUMNS[sort.field], sort.direction).addOrderBy('u.id').offset(offset).limit(limit).getRawMany<UserModel>(),
      qb.clone().select('count(*)::int', 'count').getRawOne<{ count: number }>(),
    ]);
    return pageOf(items, count?.count ?? 0, args.page);
  }

  /**
   * Inside the own organisation it takes user.manage; in another (partner or subcontractor)
   * organisation it takes organisation.manage, which only manufacturer staff hold.
   */
  async invite(ctx: RequestContext, input: InviteUserInput): Promise<InvitationModel> {
    const organisationId = input.organisationId ?? ctx.user.organisationId;
    return this.tx.run(async (em) => {
      const organisation = await this.manageableOrganisation(em, ctx, organisationId);
      return this.createInvitedUser(em, ctx, { organisation, ...input });
    });
  }

  /** Used by invite and by partner onboarding; runs in the caller's transaction. */
  async createInvitedUser(em: EntityManager, ctx: RequestContext, input: NewUser): Promise<InvitationModel> {
    const { organisation } = input;
    if (organisation.status === 'ENDED') throw organisationEnded();
    await this.assertRolesFit(em, input.roles, organisation.kind);
    const email = input.email.trim().toLowerCase();
    const taken = await em.getRepository(UserEntity).exists({ where: { email } });
    if (taken) throw emailTaken(email);
    const { identifiers } = await em.insert(UserEntity, {
      organisationId: organisation.id,
      email,
      displayName: input.displayName,
      locale: input.locale,
      status: 'INVITED',
    });
    const userId = (identifiers[0] as { id: string }).id;
    await em.insert(
      UserRoleEntity,
      input.roles.map((role) => ({ userId, role })),
    );
    const invitation = await this.invitations.create(em, ctx, userId);
    await this.audit.record(em, ctx, {
      action: 'user.invite',
      entityType: 'user',
      entityId: userId,
      organisationId: organisation.id,
      after: { email, displayName: input.displayName, roles: input.roles, locale: input.locale, status: 'INVITED' },
    });
    return invitation;
  }

  async resendInvitation(ctx: RequestContext, userId: string): Promise<InvitationModel> {
    return this.tx.run(async (em) => {
      const user = await this.manageableUser(em, ctx, userId);
      if (user.status !== 'INVITED') throw new ConflictError('USER_NOT_INVITED', 'This user has already accepted the invitation.');
      const invitation = await this.invitations.create(em, ctx, userId);
      await this.audit.record(em, ctx, {
        action: 'user.resend_invitation',
        entityType: 'user',
        entityId: userId,
        organisationId: user.organisationId,
      });
      return invitation;
    });
  }

  async deactivate(ctx: RequestContext, userId: string): Promise<UserModel> {
    if (userId === ctx.user.userId) throw new ConflictError('CANNOT_DEACTIVATE_SELF', 'You cannot deactivate your own account.');
    return this.changeStatus(ctx, userId, 'DEACTIVATED', async (em, user) => {
      if (user.status === 'DEACTIVATED') throw new ConflictError('USER_ALREADY_DEACTIVATED', 'This user is already deactivated.');
      await this.sessions.revokeAllForUser(em, userId);
      await em.query(`UPDATE invitation SET revoked_at = now() WHERE user_id = $1 AND accepted_at IS NULL AND revoked_at IS NULL`, [
        userId,
      ]);
    });
  }

  async reactivate(ctx: RequestContext, userId: string): Promise<UserModel> {
    return this.changeStatus(ctx, userId, 'ACTIVE', (_em, user) => {
      if (user.status !== 'DEACTIVATED') throw new ConflictError('USER_NOT_DEACTIVATED', 'This user is not deactivated.');
      if (!user.passwordHash)
        throw new ConflictError('USER_NEVER_ACTIVATED', 'This user never set a password; send a new invitation instead.');
      return Promise.resolve();
    });
  }

  private async changeStatus(
    ctx: RequestContext,
    userId: string,
    status: UserStatus,
    check: (em: EntityManager, user: UserEntity) => Promise<void>,
  ): Promise<UserModel> {
    return this.tx.run(async (em) => {
      const user = await this.manageableUser(em, ctx, userId);
      await check(em, user);
      await em.update(UserEntity, { id: userId }, { status, updatedAt: () => 'now()' });
      await this.audit.record(em, ctx, {
        action: status === 'DEACTIVATED' ? 'user.deactivate' : 'user.reactivate',
        entityType: 'user',
        entityId: userId,
        organisationId: user.organisationId,
        before: { status: user.status },
        after: { status },
      });
      const row = await userRow(em, userId);
      if (!row) throw new NotFoundError('User', userId);
      return row;
    });
  }

  private async manageableUser(em: EntityManager, ctx: RequestContext, userId: string): Promise<UserEntity> {
    const user = await em
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .setLock('pessimistic_write')
      .where('u.id = :id', { id: userId })
      .getOne();
    if (!user) throw new NotFoundError('User', userId);
    assertOrganisationVisible(ctx, user.organisationId, 'User', userId);
    await this.manageableOrganisation(em, ctx, user.organisationId);
    return user;
  }

  private async manageableOrganisation(em: EntityManager, ctx: RequestContext, organisationId: string): Promise<OrganisationEntity> {
    assertOrganisationVisible(ctx, organisationId, 'Organisation', organisationId);
    const organisation = await em.findOneBy(OrganisationEntity, { id: organisationId });
    if (!organisation) throw new NotFoundError('Organisation', organisationId);
    const own = organisation.id === ctx.user.organisationId;
    if (own) ctx.require(Permission.UserManage);
    else if (!ctx.can(Permission.OrganisationManage) || organisation.kind === 'MANUFACTURER') {
      throw new ForbiddenError('MISSING_PERMISSION', 'managing users of another organisation needs organisation.manage');
    }
    return organisation;
  }

  private async assertRolesFit(em: EntityManager, roles: string[], kind: string): Promise<void> {
    const rows = await em.query<{ code: string }[]>(`SELECT code FROM role WHERE code = ANY($1) AND organisation_kind = $2`, [roles, kind]);
    const fitting = new Set(rows.map((r) => r.code));
    const misfits = roles.filter((r) => !fitting.has(r));
    if (misfits.length) throw rolesNotForOrganisation(misfits, kind);
  }
}
