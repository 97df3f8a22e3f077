import { Injectable } from '@nestjs/common';
import { AuditService, hashPassword, type Principal, type RequestContext, TransactionService, verifyPassword } from '@portal/core';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { UserEntity } from './entities/user.entity';
import type { ChangePasswordInput, UpdateProfileInput } from './dto/auth.input';
import type { LocaleEnum, OrganisationKindEnum, OrganisationStatusEnum, RoleEnum } from './models/enums';
import type { LoginPayloadModel, ViewerModel } from './models/user.model';
import { invalidCredentials, wrongCurrentPassword } from './organisations.errors';
import { LoginThrottleService } from './login-throttle.service';
import { SessionService } from './session.service';

export interface ClientInfo {
  ip: string;
  userAgent?: string;
}

export function toViewer(p: Principal): ViewerModel {
  return {
    id: p.userId,
    email: p.email,
    displayName: p.displayName,
    locale: p.locale as LocaleEnum,
    roles: p.roles as RoleEnum[],
    permissions: [...p.permissions].sort(),
    organisation: {
      id: p.organisationId,
      name: p.organisationName,
      kind: p.organisationKind as OrganisationKindEnum,
      status: p.organisationStatus as OrganisationStatusEnum,
    },
  };
}

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
    private readonly throttle: LoginThrottleService,
    private readonly tx: TransactionService,
    private readonly audit: AuditService,
  ) {}

  async login(ctx: RequestContext, email: string, password: string, client: ClientInfo): Promise<LoginPayloadModel> {
    const normalised = email.toLowerCase();
    await this.throttle.reserveAttempt(normalised, client.ip);
    const user = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.email = :email', { email: normalised })
      .getOne();
    const ok = await verifyPassword(user?.status === 'ACTIVE' ? (user.passwordHash ?? null) : null, password);
    if (!user || !ok) {
      throw invalidCredentials();
    }
    const issued = await this.tx.run(async (em) => {
      const session = await this.sessions.issue(em, user.id, client);
      await this.audit.record(em, ctx, {
        action: 'session.login',
        entityType: 'user',
        entityId: user.id,
        organisationId: user.organisationId,
        actor: { userId: user.id, organisationId: user.organisationId },
        after: { sessionId: session.id, ip: client.ip },
      });
      return session;
    });
    await this.throttle.recordSuccess(normalised, client.ip);
    const principal = await this.sessions.authenticate(issued.token);
    if (!principal) throw invalidCredentials(); // organisation ended or user deactivated meanwhile
    return { token: issued.token, expiresAt: issued.expiresAt, viewer: toViewer(principal) };
  }

  async logout(ctx: RequestContext): Promise<boolean> {
    const user = ctx.user;
    await this.tx.run(async (em) => {
      await this.sessions.revoke(em, user.sessionId);
      await this.audit.record(em, ctx, {
        action: 'session.logout',
        entityType: 'user',
        entityId: user.userId,
        organisationId: user.organisationId,
        after: { sessionId: user.sessionId },
      });
    });
    return true;
  }

  /** Revokes every other session of the user at once; the current one stays valid. */
  async changePassword(ctx: RequestContext, input: ChangePasswordInput): Promise<boolean> {
    const user = ctx.user;
    const stored = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.id = :id', { id: user.userId })
      .getOneOrFail();
    if (!(await verifyPassword(stored.passwordHash, input.currentPassword))) throw wrongCurrentPassword();
    const passwordHash = await hashPassword(input.newPassword);
    await this.tx.run(async (em) => {
      await em.update(UserEntity, { id: user.userId }, { passwordHash, updatedAt: () => 'now()' });
      const revoked = await this.sessions.revokeAllForUser(em, user.userId, user.sessionId);
      await this.audit.record(em, ctx, {
        action: 'user.change_password',
        entityType: 'user',
        entityId: user.userId,
        organisationId: user.organisationId,
        after: { revokedSessions: revoked },
      });
    });
    return true;
  }

  async updateProfile(ctx: RequestContext, input: UpdateProfileInput): Promise<ViewerModel> {
    const user = ctx.user;
    const changes: Partial<Pick<UserEntity, 'displayName' | 'locale'>> = {};
    if (input.displayName !== undefined) changes.displayName = input.displayName;
    if (input.locale !== undefined) changes.locale = input.locale;
    await this.tx.run(async (em) => {
      if (Object.keys(changes).length === 0) return;
      await em.update(UserEntity, { id: user.userId }, { ...changes, updatedAt: () => 'now()' });
      await this.audit.record(em, ctx, {
        action: 'user.update_profile',
        entityType: 'user',
        entityId: user.userId,
        organisationId: user.organisationId,
        before: { displayName: user.displayName, locale: user.locale },
        after: { displayName: changes.displayName ?? user.displayName, locale: changes.locale ?? user.locale },
      });
    });
    return toViewer({ ...user, ...changes });
  }
}
