import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import { SEARCH_CONNECTION_OPTIONS } from './search-runner';

/**
 * Connections for text searches only, with the planner settings and prepared statements searches rely on
 * (SEARCH_CONNECTION_OPTIONS); every other query keeps the application pool's defaults.
 */
@Injectable()
export class SearchPool implements OnModuleDestroy {
  private pool?: Pool;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  get(): Pool {
    const options = this.dataSource.options as { url?: string; extra?: { max?: number } };
    this.pool ??= new Pool({
      connectionString: options.url,
      max: Math.min(8, options.extra?.max ?? 8),
      idleTimeoutMillis: 30_000,
      connectionTimeoutMillis: 10_000,
      statement_timeout: 30_000,
      application_name: 'partner-portal-search',
      options: SEARCH_CONNECTION_OPTIONS,
    });
    return this.pool;
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool?.end();
  }
}
