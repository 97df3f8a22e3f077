import 'reflect-metadata';
import { createLogger, loadConfig } from '@portal/core';
import {
  bootstrapAdmin,
  dataSourceOptions,
  runMigrations,
  seedDemoData,
  startEmbeddedPostgres,
  type EmbeddedPostgresHandle,
} from '@portal/db';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';

const USAGE = `Partner Portal command line

  node dist/apps/api/src/cli.js migrate
      Applies pending database migrations.
  node dist/apps/api/src/cli.js create-admin --email EMAIL --name "DISPLAY NAME"
        [--organisation "Thermotec GmbH"] [--legal-name "Thermotec Heizsysteme GmbH"] [--country DE]
      Creates the first manufacturer admin (and the manufacturer). The password is read from
      ADMIN_PASSWORD, or generated and printed once.
  node dist/apps/api/src/cli.js seed-demo
      Seeds the demo network (development only; does nothing if a manufacturer exists).

Uses DATABASE_URL, or the embedded PostgreSQL under DATA_DIR (.data) when it is unset.`;

/* eslint-disable no-console -- a command line talks to its user on the console */
async function main(): Promise<void> {
  if (existsSync('.env')) process.loadEnvFile('.env');
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      organisation: { type: 'string', default: 'Manufacturer' },
      'legal-name': { type: 'string' },
      country: { type: 'string', default: 'DE' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const command = positionals[0];
  if (values.help || !command || !['migrate', 'create-admin', 'seed-demo'].includes(command)) {
    console.log(USAGE);
    process.exitCode = values.help ? 0 : 2;
    return;
  }
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  let embedded: EmbeddedPostgresHandle | undefined;
  let url = config.databaseUrl;
  if (!url) {
    embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPostgresPort, database: 'portal' });
    url = embedded.url;
  }
  try {
    await runMigrations(url, (m) => logger.info(m));
    if (command === 'migrate') return;
    const dataSource = await new DataSource(dataSourceOptions({ url, poolSize: 2 })).initialize();
    try {
      if (command === 'seed-demo') {
        console.log((await seedDemoData(dataSource)) ? 'Demo data seeded.' : 'A manufacturer exists already; nothing seeded.');
        return;
      }
      if (!values.email || !values.name) throw new Error('create-admin needs --email and --name');
      if (!/^[A-Z]{2}$/.test(values.country)) throw new Error('--country must be a two-letter ISO code such as DE');
      const generated = !process.env.ADMIN_PASSWORD;
      const password = process.env.ADMIN_PASSWORD ?? randomBytes(12).toString('base64url');
      if (password.length < 10) throw new Error('ADMIN_PASSWORD must have at least 10 characters');
      await bootstrapAdmin(dataSource, {
        email: values.email,
        displayName: values.name,
        password,
        organisationName: values.organisation,
        legalName: values['legal-name'] ?? values.organisation,
        country: values.country,
      });
      console.log(`Admin ${values.email} created.${generated ? ` Password (shown once): ${password}` : ''}`);
    } finally {
      await dataSource.destroy();
    }
  } finally {
    await embedded?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
