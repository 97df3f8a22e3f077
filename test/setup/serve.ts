/**
 * Runs the real API for one test file: config comes as JSON in PORTAL_TEST_CONFIG, the chosen port
 * is reported on stdout as one JSON line. SIGTERM closes it like production does.
 */
import 'reflect-metadata';
import { createLogger, loadConfig } from '@portal/core';
import { runMigrations } from '@portal/db';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { writeFileSync } from 'node:fs';
import { listAccessRules } from '../../apps/api/src/access-rules';
import { createApp } from '../../apps/api/src/create-app';
import { DenyProbeModule } from './deny-probe.module';

async function main(): Promise<void> {
  const overrides = JSON.parse(process.env.PORTAL_TEST_CONFIG ?? '{}') as Record<string, unknown>;
  const databaseUrl = String(process.env.PORTAL_TEST_DATABASE_URL);
  const config = loadConfig({}, { nodeEnv: 'test', seedDemo: false, webDist: '/nonexistent', ...overrides });
  const logger = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent');
  if (process.env.PORTAL_TEST_MIGRATE === '1') await runMigrations(databaseUrl);
  const extra = process.env.PORTAL_TEST_DENY_PROBE === '1' ? [DenyProbeModule] : [];
  const app = await createApp(config, databaseUrl, logger, extra);
  // Introspection of the running app for the schema-drift and access-rule tests.
  if (process.env.PORTAL_TEST_SCHEMA_FILE) {
    writeFileSync(process.env.PORTAL_TEST_SCHEMA_FILE, `${printSchema(lexicographicSortSchema(app.get(GraphQLSchemaHost).schema))}\n`);
  }
  if (process.env.PORTAL_TEST_RULES_FILE) {
    writeFileSync(process.env.PORTAL_TEST_RULES_FILE, JSON.stringify(listAccessRules(app), null, 2));
  }
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address() as { port: number };
  process.stdout.write(`${JSON.stringify({ ready: true, port: address.port })}\n`);
  const stop = (): void => {
    void app.close().then(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error instanceof Error ? error.stack : error)}\n`);
  process.exit(1);
});
