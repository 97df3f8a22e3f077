import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';
import { Client } from 'pg';

/**
 * The portal as `npm start` runs it (no DATABASE_URL: the embedded server in DATA_DIR), stopped the way a terminal's
 * Ctrl-C stops it: SIGINT to the whole process group. It drains before the server stops, so a search made just
 * before is still in the search log (buffered in memory until then) after a restart.
 */
const ROOT = resolve(__dirname, '../..');
const dataDir = mkdtempSync(join(tmpdir(), 'portal-shutdown-'));
const pgPort = 20000 + Math.floor(Math.random() * 20000);
const apiPort = pgPort + 1;
const url = `http://127.0.0.1:${apiPort}`;

interface Portal {
  child: ChildProcess;
  exited: Promise<number | null>;
}

/** Portals started by this file, stopped after it whatever happened. */
const started: Portal[] = [];

async function startPortal(dir = dataDir, databasePort = pgPort): Promise<Portal> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dir,
    EMBEDDED_PG_PORT: String(databasePort),
    PORT: String(apiPort),
    SEED_DEMO: 'true',
    LOG_LEVEL: 'info',
    JOB_INTERVAL_SECONDS: '0',
    NODE_OPTIONS: '--no-warnings',
  };
  delete env.DATABASE_URL;
  // detached: a process group of its own, as a terminal gives the command it runs.
  const child = spawn(process.execPath, ['-r', '@swc-node/register', '-r', 'tsconfig-paths/register', 'apps/api/src/main.ts'], {
    cwd: ROOT,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // 'close': the process has exited and its output has been read to the end.
  const exited = new Promise<number | null>((done) => child.once('close', (code) => done(code)));
  const portal = { child, exited };
  started.push(portal);
  let output = '';
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await new Promise<void>((ready, fail) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      output += `${line}\n`;
      if (line.includes('Partner Portal is ready')) ready();
    });
    void exited.then((code) => fail(new Error(`portal exited with ${code} before it was ready:\n${output}`)));
  });
  return portal;
}

async function graphql<T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T };
  return body.data;
}

let portal: Portal | undefined;
afterAll(async () => {
  for (const { child, exited } of started) {
    if (child.exitCode !== null || child.signalCode !== null) continue;
    // Stopped as a service manager would (the portal stops its server), killed if it does not end in time.
    child.kill('SIGTERM');
    const timer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 30_000);
    await exited;
    clearTimeout(timer);
  }
  rmSync(dataDir, { recursive: true, force: true });
});

describe('stopping the portal with its embedded PostgreSQL', () => {
  it('drains on Ctrl-C before the server stops: the last search is logged, and it starts again on the same data', async () => {
    portal = await startPortal();
    const { login } = await graphql<{ login: { token: string } }>(
      'mutation($email: String!) { login(input: { email: $email, password: "demo1234" }) { token } }',
      { email: 'hotline@thermotec.example' },
    );
    const probe = `Abschaltprobe ${Date.now()}`;
    await graphql('query($q: String!) { knowledgeSearch(input: { query: $q }) { total } }', { q: probe }, login.token);

    process.kill(-portal.child.pid!, 'SIGINT');
    expect(await portal.exited).toBe(0);
    expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);

    portal = await startPortal();
    const client = new Client({ connectionString: `postgres://postgres:postgres@127.0.0.1:${pgPort}/portal` });
    await client.connect();
    try {
      const { rows } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM search_log WHERE query = $1', [probe]);
      expect(rows[0].n).toBe(1);
    } finally {
      await client.end();
    }
    // SIGTERM to the API process alone (as a service manager sends it) stops the server too.
    portal.child.kill('SIGTERM');
    expect(await portal.exited).toBe(0);
    expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
  }, 180_000);

  it('says why when its database server cannot start: the port is taken', async () => {
    const taken = createServer().listen(0, '127.0.0.1');
    await new Promise((ready) => taken.once('listening', ready));
    const dir = mkdtempSync(join(tmpdir(), 'portal-port-taken-'));
    try {
      const { port } = taken.address() as { port: number };
      await expect(startPortal(dir, port)).rejects.toThrow(/did not start[\s\S]*Address already in use/);
    } finally {
      taken.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
