import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig, AuditService, hashPassword, hashToken, newToken, type RequestContext, TransactionService } from '@portal/core';
import { type DataSource, type EntityManager, IsNull } from 'typeorm';
import type { AcceptInvitationInput } from './dto/auth.input';
import { InvitationEntity } from './entities/invitation.entity';
import { UserEntity } from './entities/user.entity';
import type { InvitationModel, InvitationPreviewModel } from './models/user.model';
import { invitationInvalid } from './organisations.errors';
import { userRow } from './user-query';

@Injectable()
export class InvitationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(AppConfig) private readonly config: AppConfig,
    private readonly tx: TransactionService,
    private readonly audit: AuditService,
  ) {}

  /** Creates a single-use invitation (earlier open ones of the user are revoked) and returns its link. */
  async create(em: EntityManager, ctx: RequestContext, userId: string): Promise<InvitationModel> {
    await em.update(InvitationEntity, { userId, acceptedAt: IsNull(), revokedAt: IsNull() }, { revokedAt: () => 'now()' });
    const token = newToken();
    const expiresAt = new Date(Date.now() + this.config.invitationTtlHours * 3600_000);
    await em.insert(InvitationEntity, { userId, tokenHash: hashToken(token), createdBy: ctx.principal?.userId ?? null, expiresAt });
    const user = await userRow(em, userId);
    if (!user) throw new Error(`invited user ${userId} vanished inside its transaction`);
    return { user, expiresAt, invitationUrl: `${this.config.publicUrl.replace(/\/$/, '')}/invitation/${token}` };
  }

  async preview(token: string): Promise<InvitationPreviewModel> {
    const rows = await this.dataSource.query<InvitationPreviewModel[]>(
      `SELECT u.email, u.display_name AS "displayName", o.name AS "organisationName", u.locale, i.expires_at AS "expiresAt"
         FROM invitation i JOIN app_user u ON u.id = i.user_id JOIN organisation o ON o.id = u.organisation_id
        WHERE i.token_hash = $1 AND i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now()
          AND u.status = 'INVITED' AND o.status <> 'ENDED'`,
      [hashToken(token)],
    );
    if (!rows[0]) throw invitationInvalid();
    return rows[0];
  }

  /** Single use: the conditional update claims the invitation; a second attempt finds nothing to claim. */
  async accept(ctx: RequestContext, input: AcceptInvitationInput): Promise<{ userId: string; email: string }> {
    const passwordHash = await hashPassword(input.password);
    return this.tx.run(async (em) => {
      const claimed = await em.query<[{ userId: string; email: string; organisationId: string }[], number]>(
        `UPDATE invitation i SET accepted_at = now()
           FROM app_user u JOIN organisation o ON o.id = u.organisation_id
          WHERE i.user_id = u.id AND i.token_hash = $1 AND i.accepted_at IS NULL AND i.revoked_at IS NULL
            AND i.expires_at > now() AND u.status = 'INVITED' AND o.status <> 'ENDED'
          RETURNING u.id AS "userId", u.email, u.organisation_id AS "organisationId"`,
        [hashToken(input.token)],
      );
      const row = claimed[0][0];
      if (!row) throw invitationInvalid();
      await em.update(UserEntity, { id: row.userId }, { passwordHash, status: 'ACTIVE', updatedAt: () => 'now()' });
      await this.audit.record(em, ctx, {
        action: 'user.accept_invitation',
        entityType: 'user',
        entityId: row.userId,
        organisationId: row.organisationId,
        actor: { userId: row.userId, organisationId: row.organisationId },
        before: { status: 'INVITED' },
        after: { status: 'ACTIVE' },
      });
      return { userId: row.userId, email: row.email };
    });
  }
}
