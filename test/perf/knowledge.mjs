// Knowledge search benchmark (issue 9): hotline search over generated article sets (10k and 100k by default; add 1M
// with KNOWLEDGE_SIZES=10000,100000,1000000). Per size: generation time, GIN index sizes and build times, then p50/p95
// of the GraphQL knowledgeSearch per query class at 8 concurrent clients, side by side with the same search as raw SQL
// (searchStatement from the compiled API) through pg in the same run, and EXPLAIN (ANALYZE, BUFFERS) of the common-term
// statement near 100k. Prints figures, asserts nothing. Usage: npm run build:api && node test/perf/knowledge.mjs
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { fillTerms, insertArticles, loadRefs, TERMS } from './knowledge-data.mjs';
import { assertAnswers, load, start, stop, waitForReady } from './lib.mjs';

const require = createRequire(import.meta.url);
const { searchStatement, CORRECTION_SQL, SEARCH_BANDS } = require('../../dist/libs/knowledge/src/search-sql.js');
const { runSearch, SEARCH_CONNECTION_OPTIONS } = require('../../dist/libs/knowledge/src/search-runner.js');
const { searchTerms, TSQUERY_SQL } = require('../../dist/libs/knowledge/src/search-terms.js');
const { parseQuery } = require('../../dist/libs/knowledge/src/search-query.js');

const SECONDS = Number(process.env.BENCH_SECONDS ?? 6);
const SIZES = (process.env.KNOWLEDGE_SIZES ?? '10000,100000')
  .split(',')
  .map(Number)
  .sort((a, b) => a - b);
const CONNECTIONS = 8;
const BATCH = 10_000;
const GENERATORS = 2;
const dataDir = mkdtempSync(join(tmpdir(), 'portal-bench-kb-'));
const pgPort = 54900 + Math.floor(Math.random() * 100);
// The API runs as deployed (graphql-js and Apollo take their production paths), with the demo data it needs.
const env = {
  NODE_ENV: 'production',
  SEED_DEMO: 'true',
  DATA_DIR: dataDir,
  EMBEDDED_PG_PORT: String(pgPort),
  PORT: '3398',
  LOG_LEVEL: 'warn',
  JOB_INTERVAL_SECONDS: '0',
  MUTATION_RATE_LIMIT: '1000000',
  LOGIN_IP_LIMIT: '100000',
  LOGIN_ACCOUNT_LIMIT: '100000',
};
const url = 'http://127.0.0.1:3398';
const dbUrl = `postgres://postgres:postgres@127.0.0.1:${pgPort}/portal`;

const CLASSES = {
  'rare term': TERMS.rare,
  'common term (~20%)': TERMS.common,
  'two words': TERMS.twoWords,
  phrase: `"${TERMS.phrase[0]}"`,
  'typo (+correction)': TERMS.typo,
  'error code': TERMS.code,
};
// The search indexes the migrations create (written through, no pending list); dropped during each load and
// re-created (timed) afterwards.
const GIN = {
  ...Object.fromEntries(
    Array.from({ length: SEARCH_BANDS }, (_, band) => [
      `article_search_doc_text_${band}`,
      `CREATE INDEX article_search_doc_text_${band} ON article_search_doc USING gin (search_vector) WITH (fastupdate = off) WHERE band = ${band}`,
    ]),
  ),
  article_search_doc_title: 'CREATE INDEX article_search_doc_title ON article_search_doc USING gin (title_vector) WITH (fastupdate = off)',
  article_search_doc_codes: 'CREATE INDEX article_search_doc_codes ON article_search_doc USING gin (codes_norm) WITH (fastupdate = off)',
  article_title_trgm: `CREATE INDEX article_title_trgm ON article USING gin (title gin_trgm_ops) WHERE status = 'PUBLISHED'`,
};
const GQL = `query($q: String!) { knowledgeSearch(input: { query: $q, limit: 20 }) {
  hits { article { id title } title { text highlight } snippet { text highlight } } total facets { kinds { value count } } } }`;

const mib = (bytes) => +(bytes / 1048576).toFixed(1);
const per100k = (value, n) => +((value * 100_000) / n).toFixed(1);
const fmtN = (n) => (n >= 1e6 ? `${n / 1e6}M` : `${n / 1e3}k`);
/** A connected client; errors after the server stops (at the end of the run) are not the benchmark's. */
async function connect(options) {
  const c = new pg.Client({ connectionString: dbUrl, options });
  c.on('error', () => undefined);
  await c.connect();
  return c;
}
function percentile(sorted, p) {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;
}

/**
 * The search as the API runs it (SearchService.search), on a connection with the search pool's settings: the
 * query parsed by PostgreSQL, one prepared statement, plus correction and a second search when nothing matched.
 */
async function rawSearch(client, viewer, query) {
  const page = { offset: 0, limit: 20 };
  let parsed = parseQuery(query);
  let row = await runSearch(client, viewer, parsed, {}, page);
  let corrected = null;
  if (row.total === 0 && parsed.words.length) {
    const rows = (await client.query({ text: CORRECTION_SQL, values: [parsed.words] })).rows;
    let text = query;
    for (const r of rows) if (!r.known && r.suggestion) text = text.replace(r.word, r.suggestion);
    if (text !== query) {
      parsed = parseQuery(text);
      const second = await runSearch(client, viewer, parsed, {}, page);
      if (second.total > 0) [row, corrected] = [second, text];
    }
  }
  return { total: row.total, hits: row.hits.length, corrected };
}

/** Runs `fn(client)` in a loop on each client for `seconds`; latencies in ms. */
async function rawLoad(clients, fn, seconds) {
  const latencies = [];
  const end = performance.now() + seconds * 1000;
  await Promise.all(
    clients.map(async (c) => {
      while (performance.now() < end) {
        const s = performance.now();
        await fn(c);
        latencies.push(performance.now() - s);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return {
    rps: Math.round(latencies.length / seconds),
    p50: +percentile(latencies, 50).toFixed(2),
    p95: +percentile(latencies, 95).toFixed(2),
    p99: +percentile(latencies, 99).toFixed(2),
  };
}

async function generate(db, from, to, refs) {
  const batches = [];
  for (let b = from; b <= to; b += BATCH) batches.push([b, Math.min(to, b + BATCH - 1)]);
  const workers = await Promise.all(Array.from({ length: GENERATORS }, connect));
  const t0 = performance.now();
  await Promise.all(
    workers.map(async (c) => {
      for (let batch = batches.shift(); batch; batch = batches.shift()) await insertArticles(c, batch[0], batch[1], refs);
    }),
  );
  const ms = performance.now() - t0;
  await Promise.all(workers.map((c) => c.end()));
  return ms;
}

const app = start('node', ['dist/apps/api/src/main.js'], env);
const clients = [];
try {
  await waitForReady(`${url}/health/ready`, app);
  const db = await connect();
  const refs = await loadRefs(db);
  const [hotline] = (await db.query(`SELECT id, organisation_id FROM app_user WHERE email = 'hotline@thermotec.example'`)).rows;
  // As KnowledgeViewerService builds it for manufacturer staff without knowledge.review.
  const viewer = {
    userId: hotline.id,
    organisationId: hotline.organisation_id,
    kind: 'MANUFACTURER',
    grantProductLineIds: [],
    grantRanks: [],
    permittedProductLineIds: [],
    permittedCategoryIds: [],
  };
  const login = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation { login(input: { email: "hotline@thermotec.example", password: "demo1234" }) { token } }' }),
  }).then((r) => r.json());
  const headers = { authorization: `Bearer ${login.data.login.token}` };
  for (let i = 0; i < CONNECTIONS; i++) clients.push(await connect(SEARCH_CONNECTION_OPTIONS));
  const settings = (
    await db.query(`SELECT name, setting, unit FROM pg_settings WHERE name IN ('shared_buffers', 'maintenance_work_mem', 'work_mem')`)
  ).rows;
  const seeded = (await db.query(`SELECT count(*)::int AS n FROM article WHERE status = 'PUBLISHED'`)).rows[0].n;
  console.log(
    `\nKnowledge search benchmark — sizes ${SIZES.map(fmtN).join(', ')}, ${CONNECTIONS} concurrent clients, ${SECONDS} s per class and side`,
  );
  console.log(
    `PostgreSQL: ${settings.map((s) => `${s.name}=${s.setting}${s.unit ?? ''}`).join(', ')}; ${seeded} demo articles besides the generated ones`,
  );

  const summary = {};
  let generated = 0;
  let explained = false;
  for (const size of SIZES) {
    for (const name of Object.keys(GIN)) await db.query(`DROP INDEX IF EXISTS ${name}`);
    const genMs = await generate(db, generated + 1, size, refs);
    const termCount = await fillTerms(db, size);
    const t2 = performance.now();
    const moved = (await db.query('SELECT knowledge_rebalance_bands() AS n')).rows[0].n;
    const bandMs = performance.now() - t2;
    const indexes = {};
    for (const [name, ddl] of Object.entries(GIN)) {
      const t0 = performance.now();
      await db.query(ddl);
      const ms = performance.now() - t0;
      const bytes = Number((await db.query('SELECT pg_relation_size($1::regclass) AS b', [name])).rows[0].b);
      indexes[name] = {
        sizeMiB: mib(bytes),
        'MiB per 100k': per100k(mib(bytes), size),
        buildMs: Math.round(ms),
        'build ms per 100k': per100k(ms, size),
      };
    }
    const t1 = performance.now();
    await db.query('VACUUM (ANALYZE) article');
    await db.query('VACUUM (ANALYZE) article_search_doc');
    await db.query('VACUUM (ANALYZE) knowledge_term');
    const analyseMs = performance.now() - t1;
    const [rel] = (
      await db.query(
        `SELECT pg_relation_size('article_search_doc') AS heap, pg_table_size('article_search_doc') AS tbl,
                pg_total_relation_size('article_search_doc') AS total, pg_total_relation_size('article') AS article`,
      )
    ).rows;
    indexes['search documents (heap)'] = { sizeMiB: mib(rel.heap), 'MiB per 100k': per100k(mib(rel.heap), size) };
    indexes['search documents (heap + TOAST)'] = { sizeMiB: mib(rel.tbl), 'MiB per 100k': per100k(mib(rel.tbl), size) };
    indexes['search documents + indexes'] = { sizeMiB: mib(rel.total), 'MiB per 100k': per100k(mib(rel.total), size) };
    indexes['table article + indexes'] = { sizeMiB: mib(rel.article), 'MiB per 100k': per100k(mib(rel.article), size) };
    const added = size - generated;
    generated = size;

    const freq = {};
    const tsq = `(websearch_to_tsquery('portal_de', $1) || websearch_to_tsquery('portal_en', $1))`;
    for (const [label, q] of [
      ['common', TERMS.common],
      ['rare', TERMS.rare],
      ['phrase', `"${TERMS.phrase[0]}"`],
      ['two words', TERMS.twoWords],
      ['typo target', TERMS.typoOf],
    ])
      freq[label] = (await db.query(`SELECT count(*)::int AS n FROM article_search_doc WHERE search_vector @@ ${tsq}`, [q])).rows[0].n;
    freq['code F.28'] = (await db.query(`SELECT count(*)::int AS n FROM article_search_doc WHERE 'F28' = ANY (codes_norm)`)).rows[0].n;

    console.log(`\n=== ${fmtN(size)} articles ===`);
    console.log(
      `generation: ${added.toLocaleString('en')} articles in ${(genMs / 1000).toFixed(1)} s (${Math.round(added / (genMs / 1000)).toLocaleString('en')}/s, ` +
        `${GENERATORS} connections, triggers on, GIN indexes dropped); knowledge_term: ${termCount} terms; ` +
        `quality bands rebalanced in ${(bandMs / 1000).toFixed(1)} s (${moved} rows moved); VACUUM ANALYZE ${(analyseMs / 1000).toFixed(1)} s`,
    );
    console.log(
      `document frequencies: ${Object.entries(freq)
        .map(([k, v]) => `${k} ${v} (${((v / size) * 100).toFixed(2)}%)`)
        .join(', ')}`,
    );
    console.log('index and table sizes, GIN build times (CREATE INDEX on the whole set):');
    console.table(indexes);

    const results = {};
    for (const [name, query] of Object.entries(CLASSES)) {
      const check = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({
          query: 'query($q: String!) { knowledgeSearch(input: { query: $q, limit: 20 }) { total correctedQuery } }',
          variables: { q: query },
        }),
      }).then((r) => r.json());
      const raw = await rawSearch(clients[0], viewer, query);
      const body = { query: GQL, variables: { q: query } };
      await assertAnswers(`${url}/graphql`, body, headers);
      await load({ url: `${url}/graphql`, body, headers, connections: CONNECTIONS, seconds: 1 });
      const gql = await load({ url: `${url}/graphql`, body, headers, connections: CONNECTIONS, seconds: SECONDS, pid: app.pid });
      await rawLoad(clients, (c) => rawSearch(c, viewer, query), 1);
      const sql = await rawLoad(clients, (c) => rawSearch(c, viewer, query), SECONDS);
      results[name] = {
        query,
        total: check.data.knowledgeSearch.total,
        corrected: check.data.knowledgeSearch.correctedQuery ?? '',
        'sql total': raw.total,
        'gql rps': gql.rps,
        'gql p50': gql.p50,
        'gql p95': gql.p95,
        'sql rps': sql.rps,
        'sql p50': sql.p50,
        'sql p95': sql.p95,
        'p95 gql/sql': +(gql.p95 / sql.p95).toFixed(2),
        errors: gql.errors,
      };
      (summary[name] ??= {})[fmtN(size)] = { gql: gql.p95, sql: sql.p95 };
    }
    console.log(`knowledgeSearch (GraphQL, hotline agent) vs the same search as raw SQL through pg, ${CONNECTIONS} clients, ms:`);
    console.table(results);
    const misses = Object.entries(results).filter(([, r]) => r['gql p95'] >= 30 || r['p95 gql/sql'] > 1.5);
    console.log(
      `targets (p95 < 30 ms, GraphQL within 1.5× of SQL): ${misses.length ? `missed by ${misses.map(([k]) => k).join(', ')}` : 'all classes meet them'}`,
    );

    if (!explained && (size >= 100_000 || size === SIZES.at(-1))) {
      explained = true;
      const parsed = parseQuery(TERMS.common);
      const [{ de, en }] = (await clients[0].query(TSQUERY_SQL, [parsed.text])).rows;
      const st = searchStatement(viewer, searchTerms(de, en, parsed.codes), parsed.codes, {}, { offset: 0, limit: 20 });
      const plan = (await clients[0].query(`EXPLAIN (ANALYZE, BUFFERS) ${st.text}`, st.values)).rows.map((r) => r['QUERY PLAN']);
      console.log(
        `\nEXPLAIN (ANALYZE, BUFFERS) of the common-term statement ("${TERMS.common}") at ${fmtN(size)} — plan nodes (details left out):`,
      );
      const nodes = plan.filter((l) => /actual time|^\s*(CTE|InitPlan|SubPlan)\b|Buffers: shared|Time:/.test(l));
      for (const line of nodes) console.log(`  ${line.length > 200 ? `${line.slice(0, 200)}…` : line}`);
    }
  }
  await db.end();

  console.log('\nGrowth of p95 (ms) with the number of articles — GraphQL / raw SQL:');
  const growth = {};
  for (const [name, bySize] of Object.entries(summary)) {
    const row = {};
    const keys = Object.keys(bySize);
    for (const k of keys) row[k] = `${bySize[k].gql} / ${bySize[k].sql}`;
    for (let i = 1; i < keys.length; i++)
      row[`× ${keys[i - 1]}→${keys[i]}`] =
        `${(bySize[keys[i]].gql / bySize[keys[i - 1]].gql).toFixed(2)} / ${(bySize[keys[i]].sql / bySize[keys[i - 1]].sql).toFixed(2)}`;
    growth[name] = row;
  }
  console.table(growth);
  console.log('targets: p95 < 30 ms for every class at 100k; GraphQL p95 within 1.5× of raw SQL');
} finally {
  await Promise.all(clients.map((c) => c.end().catch(() => undefined)));
  await stop(app);
  rmSync(dataDir, { recursive: true, force: true });
}
