const { rmSync } = require('node:fs');

/** SIGTERM lets the server drain and stop its embedded PostgreSQL; only then is the data removed. */
module.exports = async function globalTeardown() {
  const server = globalThis.__PORTAL_BROWSER_SERVER__;
  if (!server) return;
  const { child, dataDir } = server;
  if (child.exitCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    await exited;
    clearTimeout(timer);
  }
  rmSync(dataDir, { recursive: true, force: true });
};
