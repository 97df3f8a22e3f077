import { DEMO_ORGANISATIONS } from '../../db/src/seed/demo-data';

/** One demo login per role, so permission tests can walk every role. */
export const USER_BY_ROLE: Record<string, string> = Object.fromEntries(
  DEMO_ORGANISATIONS.flatMap((o) => o.users.filter((u) => u.email !== 'admin@berger.example').map((u) => [u.roles[0], u.email])),
);

export const ROLES = Object.keys(USER_BY_ROLE);

export { DEMO_ORGANISATIONS };
