import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import type { UserModel } from './models/user.model';

/** Selects users as GraphQL rows (roles and organisation name included) without hydrating entities. */
export function userRows(source: DataSource | EntityManager): SelectQueryBuilder<UserModel> {
  return source
    .createQueryBuilder()
    .from('app_user', 'u')
    .innerJoin('organisation', 'o', 'o.id = u.organisation_id')
    .select([
      'u.id AS "id"',
      'u.organisation_id AS "organisationId"',
      'o.name AS "organisationName"',
      'u.email AS "email"',
      'u.display_name AS "displayName"',
      'u.locale AS "locale"',
      'u.status AS "status"',
      'u.created_at AS "createdAt"',
      `COALESCE((SELECT array_agg(ur.role ORDER BY ur.role) FROM user_role ur WHERE ur.user_id = u.id), '{}') AS "roles"`,
    ]) as unknown as SelectQueryBuilder<UserModel>;
}

export async function userRow(source: DataSource | EntityManager, id: string): Promise<UserModel | undefined> {
  return userRows(source).where('u.id = :id', { id }).getRawOne<UserModel>();
}
