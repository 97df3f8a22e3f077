import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig, type Principal, TransactionService } from '@portal/core';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';

/** Channel and transaction flag set by the triggers of migration principal-change-signals. */
const CHANNEL = 'portal_principals';
const CHANGED_FLAG = 'portal.principals_changed';
const MAX_ENTRIES = 10_000;
const RECONNECT_MS = 1_000;

interface Entry {
  principal: Principal;
  validUntil: number;
}

/**
 * Authenticated sessions in memory, so a request does not read its session, user, roles and organisation again.
 * Correct only while this instance hears every change: a dedicated connection LISTENs to the triggers' NOTIFY
 * (changes from any instance or from SQL) and, while it is not connected, nothing is kept; transactions of this
 * instance that changed a principal clear the memory before their request answers (TransactionService.watch).
 * A lookup that started before a change is not stored after it (generation).
 */
@Injectable()
export class PrincipalCache implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(PrincipalCache.name);
  private readonly entries = new Map<string, Entry>();
  private readonly ttlMs: number;
  private generation = 0;
  private listener: Client | null = null;
  private listening = false;
  private stopped = false;
  private reconnectTimer?: NodeJS.Timeout;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(AppConfig) config: AppConfig,
    transactions: TransactionService,
  ) {
    this.ttlMs = config.principalCacheSeconds * 1000;
    // Switched off, nothing is held, so write transactions need not check for changes either.
    if (this.ttlMs > 0) transactions.watch(CHANGED_FLAG, () => this.clear());
  }

  async onModuleInit(): Promise<void> {
    if (this.ttlMs > 0) await this.listen();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.reconnectTimer);
    this.listening = false;
    await this.listener?.end().catch(() => undefined);
  }

  /** The principal of a session (by token hash), from memory or from `load`. */
  async get(key: string, load: () => Promise<(Principal & { expiresAt: Date }) | null>): Promise<Principal | null> {
    const hit = this.entries.get(key);
    if (hit && hit.validUntil > Date.now()) return hit.principal;
    if (hit) this.entries.delete(key);
    const generation = this.generation;
    const loaded = await load();
    if (!loaded) return null;
    const { expiresAt, ...principal } = loaded;
    if (this.listening && generation === this.generation) {
      if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
      this.entries.set(key, { principal, validUntil: Math.min(Date.now() + this.ttlMs, expiresAt.getTime()) });
    }
    return principal;
  }

  clear(): void {
    this.generation++;
    this.entries.clear();
  }

  private async listen(): Promise<void> {
    const client = new Client({
      connectionString: (this.dataSource.options as { url?: string }).url,
      application_name: 'partner-portal-principals',
    });
    const lost = (reason: unknown) => {
      if (this.listener !== client) return;
      this.listener = null;
      this.listening = false;
      this.clear();
      if (this.stopped) return;
      this.logger.warn(`principal change listener lost (${String(reason)}); sessions are read from the database until it is back`);
      client.end().catch(() => undefined);
      this.reconnectTimer = setTimeout(() => void this.listen(), RECONNECT_MS);
      this.reconnectTimer.unref();
    };
    this.listener = client;
    client.on('notification', () => this.clear());
    client.on('error', lost);
    client.on('end', () => lost('connection ended'));
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
      this.clear();
      this.listening = this.listener === client;
    } catch (e) {
      lost(e);
    }
  }
}
