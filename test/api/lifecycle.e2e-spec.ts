import request from 'supertest';
import { Client } from 'pg';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { createTestDatabase, GraphQLClient, startServer, startTestApp } from '@portal/testing';

describe('database lifecycle', () => {
  it('starts two instances at once against one empty database; both come up (migration lock)', async () => {
    const db = await createTestDatabase({ empty: true });
    try {
      const [a, b] = await Promise.all([
        startServer(db.url, {}, { PORTAL_TEST_MIGRATE: '1' }),
        startServer(db.url, {}, { PORTAL_TEST_MIGRATE: '1' }),
      ]);
      try {
        for (const s of [a, b]) expect((await request(s.url).get('/health/ready')).body).toEqual({ status: 'ok', database: 'up' });
        const client = new Client({ connectionString: db.url });
        await client.connect();
        const { rows } = await client.query(`SELECT name FROM schema_migration`);
        const ext = await client.query(`SELECT extname FROM pg_extension WHERE extname IN ('pg_trgm', 'unaccent', 'citext') ORDER BY 1`);
        await client.end();
        expect(rows.length).toBeGreaterThan(0);
        expect(new Set(rows.map((r) => r.name)).size).toBe(rows.length);
        expect(ext.rows.map((r) => r.extname)).toEqual(['citext', 'pg_trgm', 'unaccent']);
      } finally {
        await Promise.all([a.stop(), b.stop()]);
      }
    } finally {
      await db.drop();
    }
  });

  it('survives losing its idle database connections', async () => {
    const t = await startTestApp();
    try {
      const token = await t.loginAs('admin@thermotec.example');
      const killer = new Client({ connectionString: t.database.url });
      await killer.connect();
      const { rows } = await killer.query(
        `SELECT pg_terminate_backend(pid) AS killed FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND application_name = 'partner-portal'`,
      );
      await killer.end();
      expect(rows.length).toBeGreaterThan(0);
      await new Promise((r) => setTimeout(r, 200));
      expect(t.process.exitCode).toBeNull();
      // The pool drops the dead connections and opens new ones.
      let ok = false;
      for (let i = 0; i < 5 && !ok; i++) ok = (await request(t.url).get('/health/ready')).status === 200;
      expect(ok).toBe(true);
      expect((await t.gql.ok(`{ me { email } }`, {}, { token })).me.email).toBe('admin@thermotec.example');
    } finally {
      await t.close();
    }
  });

  it('drains in-flight requests on SIGTERM and exits cleanly', async () => {
    const t = await startTestApp();
    // Eight accounts: more than five parallel attempts on one account would meet the login limit.
    const emails = ['admin', 'partners', 'training', 'knowledge', 'hotline'].map((u) => `${u}@thermotec.example`);
    emails.push('admin@schulz.example', 'technik@schulz.example', 'admin@berger.example');
    const login = (email: string): Promise<{ data?: { login?: unknown } | null }> =>
      t.gql.query(`mutation($email: String!) { login(input: { email: $email, password: "demo1234" }) { token } }`, { email });
    const requests = emails.map(login);
    // Password hashing keeps the server busy; once the first answer is back the others are in flight.
    await Promise.race(requests);
    const code = t.process.kill('SIGTERM');
    const inflight = Promise.all(requests);
    const results = await inflight;
    expect(code).toBe(true);
    for (const r of results) expect(r.data?.login).toBeTruthy();
    await t.close();
    expect(t.process.exitCode).toBe(0);
  });

  it('creates the first admin of a production install from the command line', async () => {
    const db = await createTestDatabase({ empty: true });
    try {
      const run = (args: string[], env: Record<string, string> = {}) =>
        promisify(execFile)(
          process.execPath,
          ['-r', '@swc-node/register', '-r', 'tsconfig-paths/register', 'apps/api/src/cli.ts', ...args],
          {
            env: { ...process.env, DATABASE_URL: db.url, LOG_LEVEL: 'silent', NODE_OPTIONS: '--no-warnings', ...env },
          },
        );
      const created = await run(
        ['create-admin', '--email', 'Chefin@Hersteller.example', '--name', 'Chefin', '--organisation', 'Hersteller AG'],
        {
          ADMIN_PASSWORD: 'ein-langes-passwort',
        },
      );
      expect(created.stdout).toContain('Admin Chefin@Hersteller.example created.');
      await expect(run(['create-admin', '--email', 'chefin@hersteller.example', '--name', 'Zwei'])).rejects.toThrow(/already exists/);
      const generated = await run(['create-admin', '--email', 'zweite@hersteller.example', '--name', 'Zweite']);
      const password = /Password \(shown once\): (\S+)/.exec(generated.stdout)?.[1];
      expect(password).toBeTruthy();

      const server = await startServer(db.url);
      try {
        const gql = new GraphQLClient(server.url);
        const LOGIN = `mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { viewer { roles organisation { name kind } } } }`;
        const first = await gql.ok(LOGIN, { e: 'chefin@hersteller.example', p: 'ein-langes-passwort' });
        expect(first.login.viewer).toEqual({ roles: ['ADMIN'], organisation: { name: 'Hersteller AG', kind: 'MANUFACTURER' } });
        expect((await gql.ok(LOGIN, { e: 'zweite@hersteller.example', p: password })).login.viewer.roles).toEqual(['ADMIN']);
        // No demo data on such an install.
        const orgs = await gql.query(`mutation { login(input: { email: "admin@thermotec.example", password: "demo1234" }) { token } }`);
        expect(orgs.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
      } finally {
        await server.stop();
      }
    } finally {
      await db.drop();
    }
  });
});
