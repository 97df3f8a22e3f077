/**
 * Starts the production server (`node dist/apps/api/src/main.js`, which also serves apps/web/dist)
 * on free ports with a fresh embedded PostgreSQL and the demo data. Builds nothing: CI runs
 * `npm run build` first. With BROWSER_BASE_URL set, the tests use that server instead (and
 * BROWSER_DATABASE_URL, when given, its database).
 */
const { spawn } = require('node:child_process');
const { createWriteStream, existsSync, mkdtempSync, rmSync } = require('node:fs');
const net = require('node:net');
const { tmpdir } = require('node:os');
const { join, resolve } = require('node:path');

const ROOT = resolve(__dirname, '../../..');

function isFree(port) {
  return new Promise((done) => {
    const server = net.createServer();
    server.once('error', () => done(false));
    server.listen(port, '127.0.0.1', () => server.close(() => done(true)));
  });
}

async function freePort(preferred) {
  for (let port = preferred; port < preferred + 200; port++) if (await isFree(port)) return port;
  throw new Error(`no free port from ${preferred}`);
}

async function waitForReady(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with code ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server not ready after ${timeoutMs} ms`);
}

module.exports = async function globalSetup() {
  if (process.env.BROWSER_BASE_URL) return;
  const main = join(ROOT, 'dist/apps/api/src/main.js');
  const webDist = join(ROOT, 'apps/web/dist');
  for (const file of [main, join(webDist, 'index.html')]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` before \`npm run test:browser\``);
  }
  const port = await freePort(Number(process.env.BROWSER_TEST_PORT ?? 3150));
  const pgPort = await freePort(Number(process.env.BROWSER_TEST_PG_PORT ?? 54350));
  const dataDir = mkdtempSync(join(tmpdir(), 'portal-browser-'));
  const baseUrl = `http://localhost:${port}`;
  const logFile = join(tmpdir(), 'portal-browser-server.log');
  const log = createWriteStream(logFile);

  const child = spawn(process.execPath, [main], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: String(pgPort),
      PORT: String(port),
      PUBLIC_URL: baseUrl,
      WEB_DIST: webDist,
      SEED_DEMO: 'true',
      NODE_ENV: 'production',
      COOKIE_SECURE: 'false',
      LOGIN_IP_LIMIT: '1000',
      MUTATION_RATE_LIMIT: '10000',
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  globalThis.__PORTAL_BROWSER_SERVER__ = { child, dataDir };

  try {
    await waitForReady(`${baseUrl}/health/ready`, child, 90_000);
  } catch (error) {
    // Jest skips the teardown when the setup fails, so clean up here.
    child.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
    throw new Error(`${error.message}; server log: ${logFile}`);
  }
  process.env.BROWSER_BASE_URL = baseUrl;
  // The embedded server's database (user and password as in libs/db), for test setup that has no API, e.g. moving a session into the past.
  process.env.BROWSER_DATABASE_URL ??= process.env.DATABASE_URL ?? `postgres://postgres:postgres@127.0.0.1:${pgPort}/portal`;
};
