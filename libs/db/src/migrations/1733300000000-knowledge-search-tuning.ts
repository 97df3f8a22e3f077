import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search reads the rows of matching articles for counts, facets and candidates: keep those rows narrow by storing
 * the long texts and the search vector out of line, and index exact code matches.
 */
export class KnowledgeSearchTuning1733300000000 implements MigrationInterface {
  name = 'KnowledgeSearchTuning1733300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX article_codes_norm ON article USING gin (codes_norm)`);
    await q.query(`ALTER TABLE article SET (toast_tuple_target = 128)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE article RESET (toast_tuple_target)`);
    await q.query(`DROP INDEX IF EXISTS article_codes_norm`);
  }
}
