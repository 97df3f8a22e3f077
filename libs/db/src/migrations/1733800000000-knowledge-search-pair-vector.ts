import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Quality bands of the search documents (migration knowledge-search-documents; SEARCH_BANDS in search-sql.ts). */
const BANDS = 8;

const CONFIG = (lang: string) => `CASE ${lang} WHEN 'de' THEN 'portal_de'::regconfig ELSE 'portal_en'::regconfig END`;

/** What the band indexes cover and search-sql.ts matches on: the words and the word pairs. */
export const MATCH_VECTOR = '(search_vector || pair_vector)';

/** One band's full text index (the benchmark drops and re-creates them around a load). */
export const bandIndexSql = (band: number): string =>
  `CREATE INDEX article_search_doc_text_${band} ON article_search_doc USING gin (${MATCH_VECTOR}) WITH (fastupdate = off) WHERE band = ${band}`;

/** knowledge_index_article with the vectors it writes: `pairs` false keeps the word pairs inside search_vector (down). */
function indexArticleFunction(pairs: boolean): string {
  const vectors = pairs ? 'title_vector, search_vector, pair_vector' : 'title_vector, search_vector';
  return `
    CREATE OR REPLACE FUNCTION knowledge_index_article(a article) RETURNS void LANGUAGE plpgsql AS $$
    DECLARE title_vector tsvector; search_vector tsvector; pair_vector tsvector;
    BEGIN
      IF a.status <> 'PUBLISHED' THEN
        DELETE FROM article_search_doc WHERE article_id = a.id;
        RETURN;
      END IF;
      title_vector := to_tsvector(${CONFIG('a.language')}, a.title);
      search_vector := setweight(title_vector, 'A')
        || setweight(to_tsvector(${CONFIG('a.language')}, a.summary || ' ' || array_to_string(a.tags, ' ')), 'B')
        || setweight(array_to_tsvector(ARRAY(SELECT lower(c) FROM unnest(a.codes_norm) c)), 'B')
        || setweight(to_tsvector(${CONFIG('a.language')}, a.body_text), 'C');
      ${pairs ? 'pair_vector := knowledge_phrase_pairs(search_vector);' : 'search_vector := search_vector || knowledge_phrase_pairs(search_vector);'}
      INSERT INTO article_search_doc (article_id, band, kind, language, audience, min_tier_rank, limited_to_product_lines,
                                      author_organisation_id, product_line_ids, service_category_ids, codes_norm, quality, ${vectors})
      VALUES (a.id, knowledge_band(a.quality), a.kind, a.language, a.audience, a.min_tier_rank, a.limited_to_product_lines,
              a.author_organisation_id, a.product_line_ids, a.service_category_ids, a.codes_norm, a.quality, ${vectors})
      ON CONFLICT (article_id) DO UPDATE SET band = EXCLUDED.band, kind = EXCLUDED.kind, language = EXCLUDED.language,
        audience = EXCLUDED.audience, min_tier_rank = EXCLUDED.min_tier_rank, limited_to_product_lines = EXCLUDED.limited_to_product_lines,
        author_organisation_id = EXCLUDED.author_organisation_id, product_line_ids = EXCLUDED.product_line_ids,
        service_category_ids = EXCLUDED.service_category_ids, codes_norm = EXCLUDED.codes_norm, quality = EXCLUDED.quality,
        ${vectors
          .split(', ')
          .map((v) => `${v} = EXCLUDED.${v}`)
          .join(', ')};
    END $$`;
}

async function dropBandIndexes(q: QueryRunner): Promise<void> {
  for (let band = 0; band < BANDS; band++) await q.query(`DROP INDEX IF EXISTS article_search_doc_text_${band}`);
}

/**
 * The word pairs ('verdicht startet') move out of search_vector into pair_vector of their own. Ranking reads each
 * candidate's search_vector from TOAST, and the pairs were nearly half of it without ever counting in the score;
 * now it reads the words only. The band indexes cover both vectors (next migration), so matching is unchanged and
 * nothing is stored twice. The rows change here; their indexes follow in a transaction of their own (see
 * KnowledgeSearchGeometricBands).
 */
export class KnowledgeSearchPairVector1733800000000 implements MigrationInterface {
  name = 'KnowledgeSearchPairVector1733800000000';

  async up(q: QueryRunner): Promise<void> {
    // Rewrites every published article's vectors: about half a minute per 100k.
    await q.query(`SET LOCAL statement_timeout = 0`);
    await dropBandIndexes(q);
    await q.query(`ALTER TABLE article_search_doc ADD COLUMN pair_vector tsvector NOT NULL DEFAULT ''::tsvector`);
    // Word lexemes never hold a space (the parser splits there, codes are letters and digits), pairs always do.
    await q.query(`
      UPDATE article_search_doc d
         SET search_vector = ts_delete(d.search_vector, p.pairs), pair_vector = array_to_tsvector(p.pairs)
        FROM (SELECT article_id, ARRAY(SELECT u.lexeme FROM unnest(search_vector) u WHERE strpos(u.lexeme, ' ') > 0) AS pairs
                FROM article_search_doc) p
       WHERE p.article_id = d.article_id`);
    await q.query(`ALTER TABLE article_search_doc ALTER COLUMN pair_vector DROP DEFAULT`);
    await q.query(indexArticleFunction(true));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`SET LOCAL statement_timeout = 0`);
    await dropBandIndexes(q);
    await q.query(indexArticleFunction(false));
    await q.query(`UPDATE article_search_doc SET search_vector = search_vector || pair_vector`);
    await q.query(`ALTER TABLE article_search_doc DROP COLUMN pair_vector`);
    // In the transaction that rewrote the rows, so these indexes keep the old row versions until a REINDEX.
    for (let band = 0; band < BANDS; band++)
      await q.query(
        `CREATE INDEX article_search_doc_text_${band} ON article_search_doc USING gin (search_vector) WITH (fastupdate = off) WHERE band = ${band}`,
      );
  }
}

/** The band indexes on words and pairs, after KnowledgeSearchPairVector rewrote the rows. */
export class KnowledgeSearchPairIndexes1733800000001 implements MigrationInterface {
  name = 'KnowledgeSearchPairIndexes1733800000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`SET LOCAL statement_timeout = 0`);
    for (let band = 0; band < BANDS; band++) await q.query(bandIndexSql(band));
  }

  async down(q: QueryRunner): Promise<void> {
    await dropBandIndexes(q);
  }
}
