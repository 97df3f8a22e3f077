import type { MigrationInterface, QueryRunner } from 'typeorm';

const SEARCH_INDEXES = [
  ...Array.from({ length: 8 }, (_, band) => `article_search_doc_text_${band}`),
  'article_search_doc_title',
  'article_search_doc_codes',
  'knowledge_term_trgm',
];

/**
 * The search and typo-correction GIN indexes write through instead of collecting new entries in a pending list.
 * Every scan reads the whole pending list until (auto)vacuum merges it: 1,700 new dictionary words made each
 * correction 6 ms instead of 0.2 ms. Articles and words are written rarely and searched constantly.
 */
export class KnowledgeIndexPendingLists1733500000000 implements MigrationInterface {
  name = 'KnowledgeIndexPendingLists1733500000000';

  async up(q: QueryRunner): Promise<void> {
    for (const index of SEARCH_INDEXES) {
      await q.query(`ALTER INDEX ${index} SET (fastupdate = off)`);
      await q.query(`SELECT gin_clean_pending_list('${index}'::regclass)`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const index of SEARCH_INDEXES) await q.query(`ALTER INDEX ${index} RESET (fastupdate)`);
  }
}
