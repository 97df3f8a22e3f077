import { Injectable } from '@nestjs/common';
import { JobScheduler } from '@portal/core';
import type { EntityManager } from 'typeorm';

/** How often the quality band limits follow the articles' quality (recency and feedback move it slowly). */
const REBALANCE_EVERY = '1 day';

/**
 * Keeps the search documents' quality bands about equal in size (job 'knowledge-search-bands'): band limits move
 * to the quality quantiles and rows whose band changed move with them. Between runs new and re-rated articles
 * take their band from the current limits.
 */
@Injectable()
export class SearchBandsService {
  constructor(jobs: JobScheduler) {
    jobs.register('knowledge-search-bands', (em) => this.rebalance(em));
  }

  async rebalance(em: EntityManager, force = false): Promise<number | null> {
    const [{ due }] = await em.query<{ due: boolean }[]>(
      `SELECT coalesce(max(updated_at) < now() - $1::interval, true) AS due FROM knowledge_search_band`,
      [REBALANCE_EVERY],
    );
    if (!due && !force) return null;
    const [{ moved }] = await em.query<{ moved: number }[]>(`SELECT knowledge_rebalance_bands() AS moved`);
    return moved;
  }
}
