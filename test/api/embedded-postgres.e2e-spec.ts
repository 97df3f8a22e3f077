import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';

/**
 * The embedded server as the portal starts it without DATABASE_URL, in a process of its own (the package is ES
 * modules only, which Jest's sandbox cannot load): its backends run under SCHED_BATCH only when asked to.
 */
const PROGRAM = `
require('@swc-node/register');
require('tsconfig-paths/register');
const { chmodSync, mkdtempSync, readFileSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { Client } = require('pg');
const { startEmbeddedPostgres } = require('./libs/db/src');
(async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'portal-sched-'));
  chmodSync(dataDir, 0o755);
  const port = 20000 + Math.floor(Math.random() * 20000);
  const server = await startEmbeddedPostgres({ dataDir, port, database: 'postgres', ephemeral: true, batchScheduling: process.argv[1] === 'batch' });
  try {
    const client = new Client({ connectionString: server.url });
    await client.connect();
    const { pid } = (await client.query('SELECT pg_backend_pid() AS pid')).rows[0];
    const stat = readFileSync('/proc/' + pid + '/stat', 'utf8');
    await client.end();
    // Field 41 of /proc/<pid>/stat: 0 SCHED_OTHER, 3 SCHED_BATCH.
    process.stdout.write(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[38]);
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
})().catch((e) => { console.error(e); process.exit(1); });
`;

async function backendPolicy(mode: 'batch' | 'default'): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, ['-e', PROGRAM, mode], { cwd: resolve(__dirname, '../..') });
  return stdout.trim();
}

describe('embedded PostgreSQL', () => {
  it('runs its backends under SCHED_BATCH when asked, so they do not preempt the API on a shared core', async () => {
    expect(await backendPolicy('batch')).toBe('3');
    expect(await backendPolicy('default')).toBe('0');
  }, 60_000);
});
