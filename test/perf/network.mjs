// Tiers benchmark (issue 4): the network page over 5,000 partners × 3 product lines — p95 at 8 concurrent
// clients for typical filter/sort combinations, and SQL statements per request (must not grow with page size).
// Usage: npm run build:api && node test/perf/network.mjs
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { assertAnswers, load, sleep, start, stop, waitForReady } from './lib.mjs';

const PARTNERS = Number(process.env.BENCH_PARTNERS ?? 5000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const dataDir = mkdtempSync(join(tmpdir(), 'portal-bench-net-'));
const pgPort = 54500 + Math.floor(Math.random() * 100);
const env = { DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(pgPort), PORT: '3392', LOG_LEVEL: 'warn', JOB_INTERVAL_SECONDS: '0' };
const url = 'http://127.0.0.1:3392';
const app = start('node', ['dist/apps/api/src/main.js'], env);

try {
  await waitForReady(`${url}/health/ready`, app);
  const db = new pg.Client({ connectionString: `postgres://postgres:postgres@127.0.0.1:${pgPort}/portal` });
  await db.connect();
  const t0 = performance.now();
  await db.query(
    `
    WITH p AS (
      INSERT INTO organisation (kind, name, legal_name, street, postal_code, city, country, status)
      SELECT 'PARTNER', 'Partner ' || lpad(i::text, 5, '0'), 'Partner ' || i || ' GmbH', 'Straße ' || i,
             lpad(((i * 7919) % 99999)::text, 5, '0'), (ARRAY['München','Augsburg','Stuttgart','Köln','Berlin','Hamburg'])[1 + i % 6], 'DE',
             (ARRAY['ACTIVE','ACTIVE','ACTIVE','SUSPENDED','ONBOARDING'])[1 + i % 5]
        FROM generate_series(1, $1) i RETURNING id, name)
    INSERT INTO tier_grant (partner_id, product_line_id, tier_id, status, valid_from, valid_until)
    SELECT p.id, pl.id, (SELECT id FROM tier ORDER BY rank OFFSET (abs(hashtext(p.name || pl.code)) % 3) LIMIT 1), 'ACTIVE', current_date - 100, current_date + 500
      FROM p CROSS JOIN product_line pl`,
    [PARTNERS],
  );
  await db.query('ANALYZE');
  console.log(`generated ${PARTNERS} partners × 3 product lines in ${(performance.now() - t0).toFixed(0)} ms`);

  const login = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation { login(input: { email: "partners@thermotec.example", password: "demo1234" }) { token } }' }),
  }).then((r) => r.json());
  const headers = { authorization: `Bearer ${login.data.login.token}` };
  const [{ id: premium }] = (await db.query(`SELECT id FROM tier WHERE code = 'PREMIUM'`)).rows;
  const [{ id: heatPump }] = (await db.query(`SELECT id FROM product_line WHERE code = 'HEAT_PUMP'`)).rows;

  const query = `query($f: NetworkFilterInput, $s: NetworkSortInput, $p: PageInput) { partnerNetwork(filter: $f, sort: $s, page: $p) {
    totalCount hasMore items { id name city postalCode status grants { id status validUntil tier { code rank nameDe nameEn } productLine { code nameDe nameEn } } } } }`;
  const variants = {
    'first page, by name': { p: { limit: 25 } },
    'tier PREMIUM on heat pumps, by city': {
      f: { tierId: premium, productLineId: heatPump },
      s: { field: 'CITY', ascending: true },
      p: { limit: 25 },
    },
    'region 8, text "Partner 1", highest tier': {
      f: { region: '8', search: 'Partner 1' },
      s: { field: 'HIGHEST_TIER', ascending: false },
      p: { limit: 25 },
    },
    'status ACTIVE, page 40, 100 a page': { f: { status: 'ACTIVE' }, p: { offset: 4000, limit: 100 } },
  };
  const results = {};
  for (const [name, variables] of Object.entries(variants)) {
    const body = { query, variables };
    await assertAnswers(`${url}/graphql`, body, headers);
    await load({ url: `${url}/graphql`, body, headers, connections: 8, seconds: 1 });
    results[name] = await load({ url: `${url}/graphql`, body, headers, connections: 8, seconds: SECONDS, pid: app.pid });
  }

  // Statements per request: committed transactions of the database across sequential requests (autocommit = one
  // each). Idle backends publish their counters after about ten seconds, hence the waits.
  const statements = {};
  for (const limit of [10, 100]) {
    const body = JSON.stringify({ query, variables: { p: { limit } } });
    await sleep(11_000);
    const before = Number((await db.query(`SELECT xact_commit FROM pg_stat_database WHERE datname = 'portal'`)).rows[0].xact_commit);
    const n = 50;
    for (let i = 0; i < n; i++)
      await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    await sleep(11_000);
    const after = Number((await db.query(`SELECT xact_commit FROM pg_stat_database WHERE datname = 'portal'`)).rows[0].xact_commit);
    // The two stat reads themselves are transactions too.
    statements[`page size ${limit}`] = +((after - before - 1) / n).toFixed(2);
  }
  await db.end();

  console.log(`\nNetwork page, ${PARTNERS} partners × 3 product lines, 8 concurrent clients, ${SECONDS} s each:`);
  console.table(results);
  console.log('SQL statements per request (session lookup included):', statements);
} finally {
  await stop(app);
  rmSync(dataDir, { recursive: true, force: true });
}
