import 'reflect-metadata';
import { ConfigError, createLogger, loadConfig } from '@portal/core';
import { type EmbeddedPostgresHandle, runMigrations, seedDemoData, startEmbeddedPostgres } from '@portal/db';
import { existsSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { createApp } from './create-app';

async function main(): Promise<void> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const started = Date.now();

  // What has started so far, for the shutdown to stop.
  const running: { app?: Awaited<ReturnType<typeof createApp>>; embedded?: EmbeddedPostgresHandle } = {};
  let stopping = false;
  // Registered before anything starts, so a signal during start-up also stops the embedded server.
  const shutdown = async (signal: string): Promise<void> => {
    if (stopping) {
      // A second Ctrl-C: stop waiting for the drain (leaving, the process still stops the embedded server).
      logger.warn({ signal }, 'stopping without waiting for the drain');
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, 'shutting down: draining requests');
    try {
      await running.app?.close();
      await running.embedded?.stop();
      logger.info('stopped cleanly');
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'unclean shutdown');
      process.exit(1);
    }
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void shutdown(signal));

  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    const embedded = await startEmbeddedPostgres({
      dataDir: config.dataDir,
      port: config.embeddedPostgresPort,
      database: 'portal',
      batchScheduling: config.embeddedPostgresBatchScheduling,
      stopOnSignals: false,
      log: (line) => logger.debug({ component: 'embedded-postgres' }, line),
    });
    running.embedded = embedded;
    databaseUrl = embedded.url;
    logger.info({ dataDir: config.dataDir, port: config.embeddedPostgresPort }, 'embedded PostgreSQL started');
  }

  await runMigrations(databaseUrl, (m) => logger.info(m));
  const app = await createApp(config, databaseUrl, logger);
  running.app = app;
  if (config.seedDemo && (await seedDemoData(app.get(DataSource)))) logger.info('demo data seeded (password demo1234)');

  await app.listen({ port: config.port, host: config.host });
  logger.info({ url: `http://localhost:${config.port}`, startupMs: Date.now() - started }, 'Partner Portal is ready');
}

main().catch((error: unknown) => {
  // eslint-disable-next-line no-console
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
