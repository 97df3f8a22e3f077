import request from 'supertest';
import { Client } from 'pg';
import { createTestDatabase, startServer, startTestApp } from '@portal/testing';

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
    const login = (): Promise<{ data?: unknown }> =>
      t.gql.query(`mutation { login(input: { email: "admin@thermotec.example", password: "demo1234" }) { token } }`);
    const requests = Array.from({ length: 8 }, login);
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
});
