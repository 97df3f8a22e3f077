import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

interface CommitWatcher {
  setting: string;
  onCommit: () => void;
}

/** Runs a unit of work in one transaction so a change and its audit event commit or fail together. */
@Injectable()
export class TransactionService {
  private readonly watchers: CommitWatcher[] = [];

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Calls `onCommit` after every transaction of this service in which a trigger set the transaction-local
   * `setting` to 'on'. The check costs one statement per transaction and makes a change visible to this
   * process's caches before the writing request answers (a NOTIFY would arrive a moment later).
   */
  watch(setting: string, onCommit: () => void): void {
    this.watchers.push({ setting, onCommit });
  }

  async run<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    let fired: CommitWatcher[] = [];
    const result = await this.dataSource.transaction(async (em) => {
      const value = await work(em);
      fired = await this.firedWatchers(em);
      return value;
    });
    for (const watcher of fired) watcher.onCommit();
    return result;
  }

  private async firedWatchers(em: EntityManager): Promise<CommitWatcher[]> {
    if (!this.watchers.length) return [];
    const checks = this.watchers.map((w, i) => `current_setting($${i + 1}, true) IS NOT DISTINCT FROM 'on' AS w${i}`);
    const [row] = await em.query<Record<string, boolean>[]>(
      `SELECT ${checks.join(', ')}`,
      this.watchers.map((w) => w.setting),
    );
    return this.watchers.filter((_, i) => row[`w${i}`]);
  }
}
