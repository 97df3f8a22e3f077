// Trainings benchmark (issue 5): booking under contention (200 technicians on 20 seats; 2,000 bookings over 100
// sessions) and the partners' session list over 10,000 sessions (p95 at 8 concurrent clients, statements/request).
// Usage: npm run build:api && node test/perf/trainings.mjs
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { assertAnswers, load, sleep, start, stop, waitForReady } from './lib.mjs';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const dataDir = mkdtempSync(join(tmpdir(), 'portal-bench-trn-'));
const pgPort = 54700 + Math.floor(Math.random() * 100);
const env = {
  DATA_DIR: dataDir,
  EMBEDDED_PG_PORT: String(pgPort),
  PORT: '3396',
  LOG_LEVEL: 'warn',
  JOB_INTERVAL_SECONDS: '0',
  MUTATION_RATE_LIMIT: '1000000',
};
const url = 'http://127.0.0.1:3396';
const app = start('node', ['dist/apps/api/src/main.js'], env);

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Sends one booking per token with `concurrency` requests in flight; returns throughput, latencies and outcomes. */
async function bookAll(jobs, concurrency) {
  const latencies = [];
  const outcomes = {};
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < jobs.length) {
        const { token, sessionId } = jobs[next++];
        const s = performance.now();
        const res = await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({
            query: 'mutation($s: ID!) { bookSeat(input: { sessionId: $s }) { status } }',
            variables: { s: sessionId },
          }),
        }).then((r) => r.json());
        latencies.push(performance.now() - s);
        const key = res.data?.bookSeat.status ?? res.errors?.[0].extensions.reason;
        outcomes[key] = (outcomes[key] ?? 0) + 1;
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    rps: Math.round(jobs.length / seconds),
    p50: +percentile(latencies, 50).toFixed(1),
    p95: +percentile(latencies, 95).toFixed(1),
    ...outcomes,
  };
}

try {
  await waitForReady(`${url}/health/ready`, app);
  const db = new pg.Client({ connectionString: `postgres://postgres:postgres@127.0.0.1:${pgPort}/portal` });
  await db.connect();
  const [{ id: partner }] = (await db.query(`SELECT id FROM organisation WHERE name LIKE 'Wärmetechnik%'`)).rows;
  const [{ id: course }] = (await db.query(`SELECT id FROM course WHERE code = 'BASIC'`)).rows;

  // 2,000 technicians with ready sessions, so the benchmark measures booking, not password hashing.
  const people = [];
  const users = (
    await db.query(
      `INSERT INTO app_user (organisation_id, email, display_name, password_hash, status)
     SELECT $1, 'bench' || i || '@schulz.example', 'Bench ' || i, 'x', 'ACTIVE' FROM generate_series(1, 2000) i RETURNING id`,
      [partner],
    )
  ).rows;
  await db.query(`INSERT INTO user_role (user_id, role) SELECT unnest($1::uuid[]), 'TECHNICIAN'`, [users.map((u) => u.id)]);
  for (const u of users) {
    const token = randomBytes(32).toString('base64url');
    people.push({ id: u.id, token, hash: createHash('sha256').update(token).digest() });
  }
  await db.query(
    `INSERT INTO session (user_id, token_hash, expires_at) SELECT unnest($1::uuid[]), unnest($2::bytea[]), now() + interval '1 day'`,
    [people.map((p) => p.id), people.map((p) => p.hash)],
  );
  const newSessions = async (n, capacity) =>
    (
      await db.query(
        `INSERT INTO training_session (course_id, starts_at, ends_at, region, capacity, booking_deadline, cancellation_deadline)
       SELECT $1, now() + interval '30 days' + i * interval '1 hour', now() + interval '30 days 8 hours' + i * interval '1 hour', '70', $3,
              now() + interval '29 days', now() + interval '28 days'
         FROM generate_series(1, $2) i RETURNING id`,
        [course, n, capacity],
      )
    ).rows.map((r) => r.id);

  const races = [];
  for (let round = 0; round < 3; round++) {
    const [hot] = await newSessions(1, 20);
    races.push(
      await bookAll(
        people.slice(0, 200).map((p) => ({ token: p.token, sessionId: hot })),
        200,
      ),
    );
    const [{ taken }] = (await db.query(`SELECT seats_taken AS taken FROM training_session WHERE id = $1`, [hot])).rows;
    if (taken !== 20) throw new Error(`seat counter ${taken} after the race`);
  }
  const spread = await newSessions(100, 25);
  const spreadResult = await bookAll(
    people.map((p, i) => ({ token: p.token, sessionId: spread[i % 100] })),
    32,
  );

  // 10,000 sessions for the list.
  await newSessions(10_000 - 103, 20);
  await db.query('ANALYZE');
  const login = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation { login(input: { email: "admin@schulz.example", password: "demo1234" }) { token } }' }),
  }).then((r) => r.json());
  const headers = { authorization: `Bearer ${login.data.login.token}` };
  const list = `query($f: SessionFilterInput, $p: PageInput) { trainingSessions(filter: $f, page: $p) { totalCount items {
    id courseCode courseTitleDe courseTitleEn format startsAt endsAt venue region language capacity seatsTaken seatsLeft waitlistLength status } } }`;
  const variants = {
    'first page of 25': { p: { limit: 25 } },
    'region 70, page 100 of 25': { f: { region: '70' }, p: { offset: 2500, limit: 25 } },
    '100 a page': { p: { limit: 100 } },
  };
  const listResults = {};
  for (const [name, variables] of Object.entries(variants)) {
    const body = { query: list, variables };
    await assertAnswers(`${url}/graphql`, body, headers);
    await load({ url: `${url}/graphql`, body, headers, connections: 8, seconds: 1 });
    listResults[name] = await load({ url: `${url}/graphql`, body, headers, connections: 8, seconds: SECONDS, pid: app.pid });
  }
  const statements = {};
  for (const limit of [10, 100]) {
    const body = JSON.stringify({ query: list, variables: { p: { limit } } });
    await sleep(11_000);
    const before = Number((await db.query(`SELECT xact_commit FROM pg_stat_database WHERE datname = 'portal'`)).rows[0].xact_commit);
    for (let i = 0; i < 50; i++)
      await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    await sleep(11_000);
    const after = Number((await db.query(`SELECT xact_commit FROM pg_stat_database WHERE datname = 'portal'`)).rows[0].xact_commit);
    statements[`page size ${limit}`] = +((after - before - 1) / 50).toFixed(2);
  }
  await db.end();

  console.log('\nBooking under contention (GraphQL bookSeat, each request its own technician):');
  console.table(Object.fromEntries(races.map((r, i) => [`200 on 20 seats, run ${i + 1}`, r])));
  console.table({ '2,000 over 100 sessions (32 in flight)': spreadResult });
  console.log(`\nSession list over 10,000 sessions, 8 concurrent clients, ${SECONDS} s each:`);
  console.table(listResults);
  console.log('SQL statements per request (session lookup included):', statements);
} finally {
  await stop(app);
  rmSync(dataDir, { recursive: true, force: true });
}
