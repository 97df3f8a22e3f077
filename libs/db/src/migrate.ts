import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

/** Any constant shared by every instance of the portal; picked once, never changed. */
const MIGRATION_LOCK_KEY = 727_310_001;

/**
 * Applies pending migrations while holding a session-level advisory lock, so instances starting
 * together run them one after another (the later ones find nothing left to do).
 */
export async function runMigrations(url: string, log: (message: string) => void = () => undefined): Promise<string[]> {
  const dataSource = new DataSource({ ...dataSourceOptions({ url, poolSize: 2, applicationName: 'partner-portal-migrate' }) });
  await dataSource.initialize();
  const lock = dataSource.createQueryRunner();
  try {
    await lock.connect();
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    for (const m of applied) log(`migration applied: ${m.name}`);
    return applied.map((m) => m.name);
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await lock.release();
    await dataSource.destroy();
  }
}
