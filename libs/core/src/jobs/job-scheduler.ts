import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { RequestContext } from '../context/request-context';
import { TransactionService } from '../database/transaction.service';

export type Job = (em: EntityManager, ctx: RequestContext) => Promise<unknown>;

/**
 * Runs the registered periodic jobs every JOB_INTERVAL_SECONDS. Each job runs in its own transaction
 * under a transaction-level advisory lock, so with several instances exactly one runs it at a time
 * and a failed run changes nothing.
 */
@Injectable()
export class JobScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(JobScheduler.name);
  private readonly jobs = new Map<string, Job>();
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    @Inject(AppConfig) private readonly config: AppConfig,
    private readonly tx: TransactionService,
  ) {}

  register(name: string, job: Job): void {
    this.jobs.set(name, job);
  }

  onApplicationBootstrap(): void {
    if (this.config.jobIntervalSeconds <= 0) return;
    this.timer = setInterval(() => {
      this.running ??= this.runAll().finally(() => (this.running = undefined));
    }, this.config.jobIntervalSeconds * 1000);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  async runAll(): Promise<void> {
    for (const name of this.jobs.keys()) {
      try {
        await this.run(name);
      } catch (error) {
        this.logger.error(`job ${name} failed: ${String(error)}`);
      }
    }
  }

  /** Runs one job now unless another instance is running it; returns the job's result, or null when skipped. */
  run(name: string): Promise<unknown> {
    const job = this.jobs.get(name);
    if (!job) throw new Error(`unknown job ${name}`);
    return this.tx.run(async (em) => {
      const [{ locked }] = await em.query<{ locked: boolean }[]>(
        `SELECT pg_try_advisory_xact_lock(hashtext('portal-job:' || $1)) AS locked`,
        [name],
      );
      return locked ? job(em, RequestContext.system(`job:${name}`)) : null;
    });
  }
}
