import { types } from 'pg';
import type { DataSourceOptions } from 'typeorm';

// Calendar dates stay 'YYYY-MM-DD' strings; turning them into Date objects would shift them by the time zone.
types.setTypeParser(types.builtins.DATE, (value: string) => value);
import { MIGRATIONS } from './migrations';

export interface DatabaseOptions {
  url: string;
  poolSize?: number;
  entities?: DataSourceOptions['entities'];
  applicationName?: string;
}

export function dataSourceOptions(options: DatabaseOptions): DataSourceOptions {
  return {
    type: 'postgres',
    url: options.url,
    entities: options.entities ?? [],
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migration',
    synchronize: false,
    migrationsRun: false,
    logging: ['error'],
    applicationName: options.applicationName ?? 'partner-portal',
    extra: {
      max: options.poolSize ?? 10,
      idleTimeoutMillis: 30_000,
      connectionTimeoutMillis: 10_000,
      statement_timeout: 30_000,
    },
  };
}
