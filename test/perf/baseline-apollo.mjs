// The yardstick: a bare Apollo Server answering the same `me` query with the same SQL on the same database.
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { createHash } from 'node:crypto';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const SQL = `
  SELECT u.id, u.email, u.display_name, u.locale, o.id AS org_id, o.name AS org_name, o.kind AS org_kind, o.status AS org_status,
         COALESCE((SELECT array_agg(ur.role ORDER BY ur.role) FROM user_role ur WHERE ur.user_id = u.id), '{}') AS roles,
         COALESCE((SELECT array_agg(DISTINCT rp.permission) FROM user_role ur JOIN role_permission rp ON rp.role = ur.role WHERE ur.user_id = u.id), '{}') AS permissions
    FROM session s JOIN app_user u ON u.id = s.user_id JOIN organisation o ON o.id = u.organisation_id
   WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND u.status = 'ACTIVE' AND o.status <> 'ENDED'`;

const typeDefs = `#graphql
  type Org { id: ID! name: String! kind: String! status: String! }
  type Viewer { id: ID! email: String! displayName: String! locale: String! roles: [String!]! permissions: [String!]! organisation: Org! }
  type Query { me: Viewer }
`;
const resolvers = {
  Query: {
    me: async (_p, _a, ctx) => {
      const { rows } = await pool.query({ name: 'me', text: SQL, values: [ctx.tokenHash] });
      const r = rows[0];
      if (!r) throw new Error('unauthenticated');
      return {
        id: r.id,
        email: r.email,
        displayName: r.display_name,
        locale: r.locale,
        roles: r.roles,
        permissions: r.permissions,
        organisation: { id: r.org_id, name: r.org_name, kind: r.org_kind, status: r.org_status },
      };
    },
  },
};
const server = new ApolloServer({ typeDefs, resolvers });
const { url } = await startStandaloneServer(server, {
  listen: { port: Number(process.env.PORT), host: '127.0.0.1' },
  context: async ({ req }) => ({
    tokenHash: createHash('sha256')
      .update(String(req.headers.authorization ?? '').slice(7))
      .digest(),
  }),
});
process.stdout.write(`${JSON.stringify({ ready: true, url })}\n`);
process.on('SIGTERM', () =>
  server
    .stop()
    .then(() => pool.end())
    .then(() => process.exit(0)),
);
