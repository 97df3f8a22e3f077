/**
 * Prepares one migrated template database with the demo data; every test file clones it
 * (CREATE DATABASE … TEMPLATE), so files run in parallel on isolated databases.
 * Without DATABASE_URL an embedded PostgreSQL is started in a temporary directory.
 */
require('@swc-node/register');
require('tsconfig-paths/register');
const { mkdtempSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { createServer } = require('node:net');
const { withAdmin } = require('./test-postgres');

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

module.exports = async function globalSetup() {
  const { startEmbeddedPostgres, runMigrations, seedDemoData, dataSourceOptions } = require('../../libs/db/src');
  const { DataSource } = require('typeorm');
  let url = process.env.DATABASE_URL;
  if (!url) {
    const dataDir = mkdtempSync(join(tmpdir(), 'portal-test-pg-'));
    require('node:fs').chmodSync(dataDir, 0o755);
    const handle = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: 'postgres', ephemeral: true });
    globalThis.__PORTAL_PG__ = handle;
    globalThis.__PORTAL_PG_DIR__ = dataDir;
    url = handle.url;
  }
  const template = `portal_tpl_${process.pid}`;
  await withAdmin(url, async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${template}`);
    await c.query(`CREATE DATABASE ${template}`);
  });
  const templateUrl = Object.assign(new URL(url), { pathname: `/${template}` }).toString();
  await runMigrations(templateUrl);
  const ds = new DataSource(dataSourceOptions({ url: templateUrl, poolSize: 1 }));
  await ds.initialize();
  await seedDemoData(ds);
  await ds.destroy();

  process.env.PORTAL_TEST_SERVER_URL = url;
  process.env.PORTAL_TEST_TEMPLATE = template;
  process.env.PORTAL_TEST_DB_PREFIX = `portal_t_${process.pid}_`;
};
