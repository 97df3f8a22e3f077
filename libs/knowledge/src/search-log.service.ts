import { randomUUID } from 'node:crypto';
import { Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { RequestContext } from '@portal/core';
import type { DataSource } from 'typeorm';

interface LoggedSearch {
  id: string;
  userId: string;
  organisationKind: string;
  query: string;
  normalised: string;
  resultCount: number;
  at: number;
}

/** Searches typed as one ("wär", "wärme", "wärmepumpe") within this time count as one search. */
const SETTLE_MS = 10_000;
const FLUSH_MS = 5_000;

/**
 * Search analytics without a write on the search path: searches are buffered in memory, a user's as-you-type
 * chain collapses into its last query, and settled searches are written in one statement every few seconds.
 * Losing a few seconds of analytics in a crash is acceptable; slowing the hotline is not.
 */
@Injectable()
export class SearchLogService implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(SearchLogService.name);
  private readonly open = new Map<string, LoggedSearch>();
  private settled: LoggedSearch[] = [];
  private timer?: NodeJS.Timeout;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  onModuleInit(): void {
    this.timer = setInterval(
      () => void this.flush(false).catch((e: unknown) => this.logger.warn(`search log flush failed: ${String(e)}`)),
      FLUSH_MS,
    );
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.flush(true).catch((e: unknown) => this.logger.error(`search log lost at shutdown: ${String(e)}`));
  }

  /** Returns the id clicks on this search's hits refer to. */
  record(ctx: RequestContext, query: string, resultCount: number): string {
    const user = ctx.user;
    const normalised = query.trim().toLowerCase().replace(/\s+/g, ' ');
    const now = Date.now();
    const previous = this.open.get(user.userId);
    if (
      previous &&
      now - previous.at < SETTLE_MS &&
      (normalised.startsWith(previous.normalised) || previous.normalised.startsWith(normalised))
    ) {
      Object.assign(previous, { query: query.trim(), normalised, resultCount, at: now });
      return previous.id;
    }
    if (previous) this.settled.push(previous);
    const entry = {
      id: randomUUID(),
      userId: user.userId,
      organisationKind: user.organisationKind,
      query: query.trim(),
      normalised,
      resultCount,
      at: now,
    };
    this.open.set(user.userId, entry);
    return entry.id;
  }

  /** Writes settled searches (all open ones too when `all`). */
  async flush(all: boolean): Promise<void> {
    const now = Date.now();
    for (const [userId, entry] of this.open) {
      if (all || now - entry.at >= SETTLE_MS) {
        this.settled.push(entry);
        this.open.delete(userId);
      }
    }
    if (!this.settled.length) return;
    const batch = this.settled;
    this.settled = [];
    await this.dataSource.query(
      `INSERT INTO search_log (id, user_id, organisation_kind, query, normalised, result_count, searched_at)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::int[], $7::timestamptz[])
       ON CONFLICT (id) DO NOTHING`,
      [
        batch.map((b) => b.id),
        batch.map((b) => b.userId),
        batch.map((b) => b.organisationKind),
        batch.map((b) => b.query.slice(0, 200)),
        batch.map((b) => b.normalised.slice(0, 200)),
        batch.map((b) => b.resultCount),
        batch.map((b) => new Date(b.at)),
      ],
    );
  }
}
