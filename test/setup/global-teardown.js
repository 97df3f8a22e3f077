const { withAdmin } = require('./test-postgres');

module.exports = async function globalTeardown() {
  const url = process.env.PORTAL_TEST_SERVER_URL;
  const template = process.env.PORTAL_TEST_TEMPLATE;
  const handle = globalThis.__PORTAL_PG__;
  if (handle) {
    await handle.stop();
    require('node:fs').rmSync(globalThis.__PORTAL_PG_DIR__, { recursive: true, force: true });
    return;
  }
  if (url && template) {
    // Against a shared server, leave nothing behind.
    await withAdmin(url, async (c) => {
      const { rows } = await c.query(`SELECT datname FROM pg_database WHERE datname LIKE $1 OR datname = $2`, [
        `${process.env.PORTAL_TEST_DB_PREFIX}%`,
        template,
      ]);
      for (const { datname } of rows) await c.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    });
  }
};
