import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { Pool } from 'pg';
import type { AppConfig } from '@portal/core';
import { DEMO_PASSWORD } from '../../db/src/seed/demo-data';
import { GraphQLClient } from './graphql-client';
import { createTestDatabase, type TestDatabase } from './test-database';

export interface TestApp {
  url: string;
  gql: GraphQLClient;
  database: TestDatabase;
  process: ChildProcess;
  /** Logs a user in through the API and returns the bearer token. */
  loginAs(email: string, password?: string): Promise<string>;
  /** Runs SQL directly against the app's database, for arranging and checking state. */
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

export const LOGIN = `mutation Login($email: String!, $password: String!) {
  login(input: { email: $email, password: $password }) { token expiresAt viewer { id email roles permissions organisation { id name kind } } }
}`;

const ROOT = join(__dirname, '..', '..', '..');

export interface ServerHandle {
  url: string;
  process: ChildProcess;
  stop(): Promise<number | null>;
}

/** Starts the real API (TypeScript sources through swc) as its own process and waits until it listens. */
export async function startServer(
  databaseUrl: string,
  overrides: Partial<AppConfig> = {},
  env: Record<string, string> = {},
): Promise<ServerHandle> {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', '-r', 'tsconfig-paths/register', 'test/setup/serve.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORTAL_TEST_DATABASE_URL: databaseUrl,
      PORTAL_TEST_CONFIG: JSON.stringify({ loginIpLimit: 10_000, mutationRateLimit: 100_000, ...overrides }),
      NODE_OPTIONS: '--no-warnings',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const port = await new Promise<number>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      try {
        const msg = JSON.parse(line) as { ready?: boolean; port?: number };
        if (msg.ready && msg.port) resolve(msg.port);
      } catch {
        // Log lines are not ours to parse, but they explain a failed start.
        stderr += `${line}\n`;
      }
    });
    child.once('exit', (code) => reject(new Error(`API process exited with ${code} before listening:\n${stderr}`)));
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    url: `http://127.0.0.1:${port}`,
    process: child,
    stop: () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}

/** Boots the real application against a private clone of the demo database. */
export async function startTestApp(overrides: Partial<AppConfig> = {}, database?: TestDatabase): Promise<TestApp> {
  const db = database ?? (await createTestDatabase());
  const server = await startServer(db.url, overrides);
  const gql = new GraphQLClient(server.url);
  const pool = new Pool({ connectionString: db.url, max: 2 });
  // Tests that cut database connections (pg_terminate_backend) also hit this pool's idle clients; the pool replaces them.
  pool.on('error', () => undefined);
  return {
    url: server.url,
    gql,
    database: db,
    process: server.process,
    async loginAs(email, password = DEMO_PASSWORD) {
      const data = await gql.ok<{ login: { token: string } }>(LOGIN, { email, password });
      return data.login.token;
    },
    sql: async <T>(text: string, params?: unknown[]) => (await pool.query(text, params)).rows as T[],
    async close() {
      await server.stop();
      await pool.end();
      if (!database) await db.drop();
    },
  };
}
