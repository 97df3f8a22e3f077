import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Quality bands of the search documents (migration knowledge-search-documents; SEARCH_BANDS in search-sql.ts). */
const BANDS = 8;

/**
 * `knowledge_rebalance_bands()` with band k starting at the quality quantile `1 - upper(k)`: `upper` gives the
 * share of the published articles in bands 0..k.
 */
function rebalanceFunction(upper: (k: string) => string): string {
  return `CREATE OR REPLACE FUNCTION knowledge_rebalance_bands() RETURNS integer LANGUAGE plpgsql AS $$
    DECLARE moved integer;
    BEGIN
      UPDATE knowledge_search_band b
         SET min_quality = CASE WHEN b.band = ${BANDS - 1} THEN '-Infinity'::real
                                ELSE coalesce(t.limits[b.band + 1], '-Infinity'::real) END,
             updated_at = now()
        FROM (SELECT percentile_disc(ARRAY(SELECT 1 - ${upper('k')} FROM generate_series(0, ${BANDS - 2}) k))
                       WITHIN GROUP (ORDER BY quality) AS limits
                FROM article WHERE status = 'PUBLISHED') t;
      UPDATE article_search_doc d SET band = knowledge_band(d.quality) WHERE d.band <> knowledge_band(d.quality);
      GET DIAGNOSTICS moved = ROW_COUNT;
      RETURN moved;
    END $$`;
}

/** Each band twice the size of the one above it: 1/255, 2/255, 4/255 … 128/255 of the articles. */
const GEOMETRIC = (k: string) => `(2 ^ (${k} + 1) - 1) / ${2 ** BANDS - 1}`;
/** Equal bands, as before. */
const EQUAL = (k: string) => `(${k} + 1)::float8 / ${BANDS}`;

async function dropBandIndexes(q: QueryRunner): Promise<void> {
  for (let band = 0; band < BANDS; band++) await q.query(`DROP INDEX IF EXISTS article_search_doc_text_${band}`);
}

async function createBandIndexes(q: QueryRunner): Promise<void> {
  await q.query(`SET LOCAL statement_timeout = 0`);
  for (let band = 0; band < BANDS; band++)
    await q.query(
      `CREATE INDEX article_search_doc_text_${band} ON article_search_doc USING gin (search_vector) WITH (fastupdate = off) WHERE band = ${band}`,
    );
}

async function rebalance(q: QueryRunner, upper: (k: string) => string): Promise<void> {
  await q.query(`SET LOCAL statement_timeout = 0`);
  await dropBandIndexes(q);
  await q.query(rebalanceFunction(upper));
  await q.query(`SELECT knowledge_rebalance_bands()`);
}

/**
 * Bands that double in size from the best down. A bitmap scan reads a band's whole posting list before the LIMIT
 * can stop the search, so a word in a fifth of all articles scanned the best eighth of them to count 300 matches
 * (12,500 articles at 100k, 125,000 at 1M). Now the best bands are small: such a word stops after 1–3 % of the
 * articles (at 1M, in the first band), while a rare word probes the same eight bands as before. The rows move here;
 * their indexes follow in the next migration, in a transaction of its own, because an index built in the
 * transaction that moved the rows also holds every moved row's old version (so the down step's indexes carry them
 * until a REINDEX).
 */
export class KnowledgeSearchGeometricBands1733600000000 implements MigrationInterface {
  name = 'KnowledgeSearchGeometricBands1733600000000';

  async up(q: QueryRunner): Promise<void> {
    await rebalance(q, GEOMETRIC);
  }

  async down(q: QueryRunner): Promise<void> {
    await rebalance(q, EQUAL);
    await createBandIndexes(q);
  }
}

/** The band indexes again, after KnowledgeSearchGeometricBands moved the rows. */
export class KnowledgeSearchBandIndexes1733600000001 implements MigrationInterface {
  name = 'KnowledgeSearchBandIndexes1733600000001';

  async up(q: QueryRunner): Promise<void> {
    await createBandIndexes(q);
  }

  async down(q: QueryRunner): Promise<void> {
    await dropBandIndexes(q);
  }
}
