// Foundation benchmark (issue 2): cold start, `me` throughput/latency against a bare Apollo Server, memory.
// Usage: npm run build:api && npm run bench   (BENCH_SECONDS=10 by default; prints figures, asserts nothing)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertAnswers, load, start, stop, waitForReady } from './lib.mjs';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 32;
const dataDir = mkdtempSync(join(tmpdir(), 'portal-bench-'));
const pgPort = 54400 + Math.floor(Math.random() * 100);
const env = {
  DATA_DIR: dataDir,
  EMBEDDED_PG_PORT: String(pgPort),
  PORT: '3390',
  LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn',
  LOGIN_IP_LIMIT: '100000',
};
const portal = 'http://127.0.0.1:3390';
const main = ['dist/apps/api/src/main.js'];

try {
  // First start initialises the embedded cluster, migrates and seeds; it is not the figure.
  let app = start('node', main, env);
  const firstMs = await waitForReady(`${portal}/health/ready`, app);
  await stop(app);

  const coldStarts = [];
  for (let i = 0; i < 3; i++) {
    app = start('node', main, env);
    coldStarts.push(await waitForReady(`${portal}/health/ready`, app));
    if (i < 2) await stop(app);
  }
  coldStarts.sort((a, b) => a - b);

  const login = await fetch(`${portal}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation { login(input: { email: "admin@schulz.example", password: "demo1234" }) { token } }' }),
  }).then((r) => r.json());
  const token = login.data.login.token;
  const body = { query: '{ me { id email displayName locale roles permissions organisation { id name kind status } } }' };
  const headers = { authorization: `Bearer ${token}` };

  await assertAnswers(`${portal}/graphql`, body, headers);
  await load({ url: `${portal}/graphql`, body, headers, connections: CONNECTIONS, seconds: 2 }); // warm-up
  const ours = await load({ url: `${portal}/graphql`, body, headers, connections: CONNECTIONS, seconds: SECONDS, pid: app.pid });
  await stop(app);

  // The baseline reads the same database; the embedded server keeps running under the baseline's own start.
  const db = start(
    'node',
    [
      '-e',
      `
    const { startEmbeddedPostgres } = require('./dist/libs/db/src/embedded-postgres.js');
    startEmbeddedPostgres({ dataDir: ${JSON.stringify(dataDir)}, port: ${pgPort}, database: 'portal' })
      .then((h) => { console.log(JSON.stringify({ url: h.url })); process.on('SIGTERM', () => h.stop().then(() => process.exit(0))); });`,
    ],
    {},
  );
  while (!db.output().includes('"url"')) await new Promise((r) => setTimeout(r, 50));
  const dbUrl = JSON.parse(
    db
      .output()
      .split('\n')
      .find((l) => l.includes('"url"')),
  ).url;
  const base = start('node', ['test/perf/baseline-apollo.mjs'], { DATABASE_URL: dbUrl, PORT: '3391' });
  while (!base.output().includes('"ready"')) {
    if (base.exitCode !== null) throw new Error(base.output());
    await new Promise((r) => setTimeout(r, 50));
  }
  // The baseline answers for the same session: the portal's token is in the same database.
  await assertAnswers('http://127.0.0.1:3391/', body, headers);
  await load({ url: 'http://127.0.0.1:3391/', body, headers, connections: CONNECTIONS, seconds: 2 });
  const baseline = await load({ url: 'http://127.0.0.1:3391/', body, headers, connections: CONNECTIONS, seconds: SECONDS, pid: base.pid });
  await stop(base);
  await stop(db);

  console.log('\nFoundation benchmark (2 cores; one run, read as ratios)');
  console.log(`first start (initdb + migrate + seed): ${firstMs.toFixed(0)} ms`);
  console.log(
    `cold start to /health/ready, existing data dir: median ${coldStarts[1].toFixed(0)} ms (runs: ${coldStarts.map((c) => c.toFixed(0)).join(', ')}) — target < 5000 ms`,
  );
  console.log(`\n'me' query, ${CONNECTIONS} concurrent clients, ${SECONDS} s each:`);
  console.table({ 'partner portal (NestJS+fastify+Apollo)': ours, 'bare Apollo Server, same SQL': baseline });
  console.log(`throughput ratio portal/baseline: ${(ours.rps / baseline.rps).toFixed(2)}× — target ≥ 0.70×`);
  console.log(`p95 ratio portal/baseline: ${(ours.p95 / baseline.p95).toFixed(2)}×`);
  console.log(`API resident memory under load (peak): ${ours.peakRssMiB} MiB`);
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
