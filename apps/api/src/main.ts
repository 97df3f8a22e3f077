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

  let embedded: EmbeddedPostgresHandle | undefined;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    embedded = await startEmbeddedPostgres({
      dataDir: config.dataDir,
      port: config.embeddedPostgresPort,
      database: 'portal',
      batchScheduling: config.embeddedPostgresBatchScheduling,
      log: (line) => logger.debug({ component: 'embedded-postgres' }, line),
    });
    databaseUrl = embedded.url;
    logger.info({ dataDir: config.dataDir, port: config.embeddedPostgresPort }, 'embedded PostgreSQL started');
  }

  await runMigrations(databaseUrl, (m) => logger.info(m));
  const app = await createApp(config, databaseUrl, logger);
  if (config.seedDemo && (await seedDemoData(app.get(DataSource)))) logger.info('demo data seeded (password demo1234)');

  let stopping = false;
  const shutdown = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: draining requests');
    try {
      await app.close();
      await embedded?.stop();
      logger.info('stopped cleanly');
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'unclean shutdown');
      process.exit(1);
    }
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void shutdown(signal));

  await app.listen({ port: config.port, host: config.host });
  logger.info({ url: `http://localhost:${config.port}`, startupMs: Date.now() - started }, 'Partner Portal is ready');
}

main().catch((error: unknown) => {
  // eslint-disable-next-line no-console
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
