import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig, hashToken, newToken, type Principal, type SessionAuthenticator } from '@portal/core';
import type { Pool } from 'pg';
import type { DataSource, EntityManager } from 'typeorm';
import { SessionEntity } from './entities/session.entity';
import { PrincipalCache } from './principal-cache';

interface PrincipalRow {
  session_id: string;
  user_id: string;
  email: string;
  display_name: string;
  locale: string;
  organisation_id: string;
  organisation_name: string;
  organisation_kind: Principal['organisationKind'];
  organisation_status: string;
  expires_at: Date;
  roles: string[];
  permissions: string[];
}

/** One statement per request: session, user, organisation, roles and permissions. */
const PRINCIPAL_SQL = `
  SELECT s.id AS session_id, s.expires_at, u.id AS user_id, u.email, u.display_name, u.locale,
         o.id AS organisation_id, o.name AS organisation_name, o.kind AS organisation_kind, o.status AS organisation_status,
         COALESCE((SELECT array_agg(ur.role ORDER BY ur.role) FROM user_role ur WHERE ur.user_id = u.id), '{}') AS roles,
         COALESCE((SELECT array_agg(DISTINCT rp.permission) FROM user_role ur
                   JOIN role_permission rp ON rp.role = ur.role WHERE ur.user_id = u.id), '{}') AS permissions
    FROM session s
    JOIN app_user u ON u.id = s.user_id
    JOIN organisation o ON o.id = u.organisation_id
   WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()
     AND u.status = 'ACTIVE' AND o.status <> 'ENDED'`;

export interface IssuedSession {
  id: string;
  token: string;
  expiresAt: Date;
}

@Injectable()
export class SessionService implements SessionAuthenticator {
  private readonly pool: Pool;

  constructor(
    @InjectDataSource() dataSource: DataSource,
    @Inject(AppConfig) private readonly config: AppConfig,
    private readonly principals: PrincipalCache,
  ) {
    // The hot path uses the driver's pool directly for a named (prepared) statement.
    this.pool = (dataSource.driver as unknown as { master: Pool }).master;
  }

  authenticate(token: string): Promise<Principal | null> {
    const hash = hashToken(token);
    return this.principals.get(hash.toString('base64'), () => this.load(hash));
  }

  private async load(tokenHash: Buffer): Promise<(Principal & { expiresAt: Date }) | null> {
    const { rows } = await this.pool.query<PrincipalRow>({ name: 'portal_principal', text: PRINCIPAL_SQL, values: [tokenHash] });
    const row = rows[0];
    if (!row) return null;
    return {
      expiresAt: row.expires_at,
      sessionId: row.session_id,
      userId: row.user_id,
      email: row.email,
      displayName: row.display_name,
      locale: row.locale,
      organisationId: row.organisation_id,
      organisationName: row.organisation_name,
      organisationKind: row.organisation_kind,
      organisationStatus: row.organisation_status,
      roles: row.roles,
      permissions: new Set(row.permissions),
    };
  }

  async issue(em: EntityManager, userId: string, client: { ip?: string; userAgent?: string }): Promise<IssuedSession> {
    const token = newToken();
    const expiresAt = new Date(Date.now() + this.config.sessionTtlHours * 3600_000);
    const result = await em.insert(SessionEntity, {
      userId,
      tokenHash: hashToken(token),
      expiresAt,
      ip: client.ip ?? null,
      userAgent: client.userAgent?.slice(0, 300) ?? null,
    });
    return { id: (result.identifiers[0] as { id: string }).id, token, expiresAt };
  }

  async revoke(em: EntityManager, sessionId: string): Promise<void> {
    await em.update(SessionEntity, { id: sessionId }, { revokedAt: () => 'now()' });
  }

  /** Revokes every open session of a user, optionally keeping the one making the request. */
  async revokeAllForUser(em: EntityManager, userId: string, keepSessionId?: string): Promise<number> {
    const qb = em
      .createQueryBuilder()
      .update(SessionEntity)
      .set({ revokedAt: () => 'now()' })
      .where('user_id = :userId AND revoked_at IS NULL', { userId });
    if (keepSessionId) qb.andWhere('id <> :keep', { keep: keepSessionId });
    const result = await qb.execute();
    return result.affected ?? 0;
  }
}
