/**
 * Runs the real API for one test file: config comes as JSON in PORTAL_TEST_CONFIG, the chosen port
 * is reported on stdout as one JSON line. SIGTERM closes it like production does.
 */
import 'reflect-metadata';
import { createLogger, loadConfig } from '@portal/core';
import { createApp } from '../../apps/api/src/create-app';

async function main(): Promise<void> {
  const overrides = JSON.parse(process.env.PORTAL_TEST_CONFIG ?? '{}') as Record<string, unknown>;
  const databaseUrl = String(process.env.PORTAL_TEST_DATABASE_URL);
  const config = loadConfig({}, { nodeEnv: 'test', seedDemo: false, webDist: '/nonexistent', ...overrides });
  const logger = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent');
  const app = await createApp(config, databaseUrl, logger);
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
