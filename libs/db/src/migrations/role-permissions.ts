import type { QueryRunner } from 'typeorm';

export type RolePermissions = [role: string, permissions: string[]][];

/** Migrations add permissions to roles as data; these keep that step uniform (and reversible). */
export async function addRolePermissions(q: QueryRunner, list: RolePermissions): Promise<void> {
  for (const [role, permissions] of list) {
    for (const p of permissions) await q.query(`INSERT INTO role_permission (role, permission) VALUES ($1, $2)`, [role, p]);
  }
}

export async function removeRolePermissions(q: QueryRunner, list: RolePermissions): Promise<void> {
  for (const [role, permissions] of list)
    await q.query(`DELETE FROM role_permission WHERE role = $1 AND permission = ANY($2)`, [role, permissions]);
}
