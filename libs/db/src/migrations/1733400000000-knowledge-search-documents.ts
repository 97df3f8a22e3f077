import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Quality bands of the search documents; search-sql.ts reads them best first (SEARCH_BANDS there). */
const BANDS = 8;

const CONFIG = (lang: string) => `CASE ${lang} WHEN 'de' THEN 'portal_de'::regconfig ELSE 'portal_en'::regconfig END`;

/**
 * Search moves to its own narrow table of published articles, `article_search_doc`: the columns search filters,
 * counts and facets on stay in line (about 250 bytes a row instead of kilobytes), the vectors go out of line.
 * Rows sit in quality bands with one partial full text index per band, so a search reads the best band first and
 * stops once it has the matches it counts: a frequent word no longer costs its whole posting list. Adjacent word
 * pairs are indexed as extra lexemes ('verdicht startet'), so phrases are found by the index without reading
 * every candidate's vector to check positions.
 */
export class KnowledgeSearchDocuments1733400000000 implements MigrationInterface {
  name = 'KnowledgeSearchDocuments1733400000000';

  async up(q: QueryRunner): Promise<void> {
    // Indexing every published article again takes about a minute per 100k.
    await q.query(`SET LOCAL statement_timeout = 0`);
    await q.query(`DROP TRIGGER article_search_fields ON article`);
    for (const index of ['article_search', 'article_title_search', 'article_codes', 'article_codes_norm'])
      await q.query(`DROP INDEX IF EXISTS ${index}`);
    await q.query(`ALTER TABLE article DROP COLUMN search_vector, DROP COLUMN title_vector, DROP COLUMN codes_text`);
    await q.query(`ALTER TABLE article RESET (toast_tuple_target)`);
    await q.query(`
      CREATE OR REPLACE FUNCTION article_search_fields() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.codes_norm := ARRAY(SELECT DISTINCT knowledge_code_norm(c) FROM unnest(NEW.codes) c WHERE knowledge_code_norm(c) <> '');
        NEW.quality := coalesce(extract(epoch FROM NEW.published_at) / 31557600.0 - 50, 0)
          + ln(1 + greatest(0, NEW.helpful_count + 2 * NEW.solved_count - 2 * NEW.unhelpful_count)) * 0.5
          + CASE WHEN NEW.kind = 'SERVICE_KNOWHOW' THEN 0.25 ELSE 0 END;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER article_search_fields BEFORE INSERT OR UPDATE OF codes, published_at, helpful_count, unhelpful_count,
      solved_count, kind ON article FOR EACH ROW EXECUTE FUNCTION article_search_fields()`);

    // Pairs of lexemes at neighbouring positions, as lexemes of their own ("verdicht startet"). PL/pgSQL, not SQL:
    // its statement plans are kept between calls, the trigger calls it once per article.
    await q.query(`
      CREATE FUNCTION knowledge_phrase_pairs(v tsvector) RETURNS tsvector LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
      BEGIN
        RETURN (SELECT coalesce(array_to_tsvector(array_agg(DISTINCT w.lexeme || ' ' || w.next)), ''::tsvector)
                  FROM (SELECT u.lexeme, p, lead(u.lexeme) OVER (ORDER BY p) AS next, lead(p) OVER (ORDER BY p) AS next_p
                          FROM unnest(v) u, unnest(u.positions) p) w
                 WHERE w.next_p = w.p + 1);
      END $$`);

    await q.query(`
      CREATE TABLE knowledge_search_band (
        band smallint PRIMARY KEY CHECK (band BETWEEN 0 AND ${BANDS - 1}),
        min_quality real NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`INSERT INTO knowledge_search_band (band, min_quality) SELECT b, '-Infinity' FROM generate_series(0, ${BANDS - 1}) b`);
    await q.query(`
      CREATE FUNCTION knowledge_band(quality real) RETURNS smallint LANGUAGE plpgsql STABLE AS $$
      BEGIN
        RETURN coalesce((SELECT b.band FROM knowledge_search_band b WHERE quality >= b.min_quality ORDER BY b.band LIMIT 1), ${BANDS - 1});
      END $$`);

    await q.query(`
      CREATE TABLE article_search_doc (
        article_id uuid PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
        band smallint NOT NULL,
        status text NOT NULL DEFAULT 'PUBLISHED' CHECK (status = 'PUBLISHED'),
        kind text NOT NULL,
        language text NOT NULL,
        audience text NOT NULL,
        min_tier_rank integer,
        limited_to_product_lines boolean NOT NULL,
        author_organisation_id uuid NOT NULL,
        product_line_ids uuid[] NOT NULL,
        service_category_ids uuid[] NOT NULL,
        codes_norm text[] NOT NULL,
        quality real NOT NULL,
        title_vector tsvector NOT NULL,
        search_vector tsvector NOT NULL
      ) WITH (toast_tuple_target = 256)`);
    // The body's vector leaves the row; what every match is read for (facets, codes, the title test) must not
    // (PLAIN: never compressed or moved; titles are at most 200 characters).
    for (const column of ['product_line_ids', 'service_category_ids', 'codes_norm', 'title_vector'])
      await q.query(`ALTER TABLE article_search_doc ALTER COLUMN ${column} SET STORAGE PLAIN`);
    await q.query(`ALTER TABLE article_search_doc ALTER COLUMN search_vector SET STATISTICS 1000`);

    await q.query(`
      CREATE FUNCTION knowledge_index_article(a article) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE title_vector tsvector; search_vector tsvector;
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
        search_vector := search_vector || knowledge_phrase_pairs(search_vector);
        INSERT INTO article_search_doc (article_id, band, kind, language, audience, min_tier_rank, limited_to_product_lines,
                                        author_organisation_id, product_line_ids, service_category_ids, codes_norm, quality,
                                        title_vector, search_vector)
        VALUES (a.id, knowledge_band(a.quality), a.kind, a.language, a.audience, a.min_tier_rank, a.limited_to_product_lines,
                a.author_organisation_id, a.product_line_ids, a.service_category_ids, a.codes_norm, a.quality, title_vector, search_vector)
        ON CONFLICT (article_id) DO UPDATE SET band = EXCLUDED.band, kind = EXCLUDED.kind, language = EXCLUDED.language,
          audience = EXCLUDED.audience, min_tier_rank = EXCLUDED.min_tier_rank, limited_to_product_lines = EXCLUDED.limited_to_product_lines,
          author_organisation_id = EXCLUDED.author_organisation_id, product_line_ids = EXCLUDED.product_line_ids,
          service_category_ids = EXCLUDED.service_category_ids, codes_norm = EXCLUDED.codes_norm, quality = EXCLUDED.quality,
          title_vector = EXCLUDED.title_vector, search_vector = EXCLUDED.search_vector;
      END $$`);
    // Feedback changes only the quality: move the row's band without recomputing its vectors.
    await q.query(`
      CREATE FUNCTION article_search_doc_sync() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND OLD.status = 'PUBLISHED' AND NEW.status = 'PUBLISHED'
           AND (OLD.title, OLD.summary, OLD.body_text, OLD.tags, OLD.codes, OLD.language, OLD.kind, OLD.audience, OLD.min_tier_rank,
                OLD.limited_to_product_lines, OLD.author_organisation_id, OLD.product_line_ids, OLD.service_category_ids)
               IS NOT DISTINCT FROM
               (NEW.title, NEW.summary, NEW.body_text, NEW.tags, NEW.codes, NEW.language, NEW.kind, NEW.audience, NEW.min_tier_rank,
                NEW.limited_to_product_lines, NEW.author_organisation_id, NEW.product_line_ids, NEW.service_category_ids) THEN
          UPDATE article_search_doc SET quality = NEW.quality, band = knowledge_band(NEW.quality)
           WHERE article_id = NEW.id AND quality IS DISTINCT FROM NEW.quality;
        ELSE
          PERFORM knowledge_index_article(NEW);
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER article_search_doc_sync AFTER INSERT OR UPDATE OF status, title, summary, body_text, tags, codes, language,
      kind, audience, min_tier_rank, limited_to_product_lines, author_organisation_id, product_line_ids, service_category_ids, published_at,
      helpful_count, unhelpful_count, solved_count ON article FOR EACH ROW EXECUTE FUNCTION article_search_doc_sync()`);

    // Band limits at the quality quantiles of the published articles (the same values as in the search documents);
    // rows whose band changed move.
    await q.query(`
      CREATE FUNCTION knowledge_rebalance_bands() RETURNS integer LANGUAGE plpgsql AS $$
      DECLARE moved integer;
      BEGIN
        UPDATE knowledge_search_band b
           SET min_quality = CASE WHEN b.band = ${BANDS - 1} THEN '-Infinity'::real
                                  ELSE coalesce(t.limits[b.band + 1], '-Infinity'::real) END,
               updated_at = now()
          FROM (SELECT percentile_disc(ARRAY(SELECT 1 - (k + 1)::float8 / ${BANDS} FROM generate_series(0, ${BANDS - 2}) k))
                         WITHIN GROUP (ORDER BY quality) AS limits
                  FROM article WHERE status = 'PUBLISHED') t;
        UPDATE article_search_doc d SET band = knowledge_band(d.quality) WHERE d.band <> knowledge_band(d.quality);
        GET DIAGNOSTICS moved = ROW_COUNT;
        RETURN moved;
      END $$`);

    // Limits first, so every row is written once, in its band.
    await q.query(`SELECT knowledge_rebalance_bands()`);
    await q.query(`SELECT knowledge_index_article(a) FROM article a WHERE a.status = 'PUBLISHED'`);
    for (let band = 0; band < BANDS; band++)
      await q.query(`CREATE INDEX article_search_doc_text_${band} ON article_search_doc USING gin (search_vector) WHERE band = ${band}`);
    await q.query(`CREATE INDEX article_search_doc_title ON article_search_doc USING gin (title_vector)`);
    await q.query(`CREATE INDEX article_search_doc_codes ON article_search_doc USING gin (codes_norm)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER article_search_doc_sync ON article`);
    await q.query(`DROP TABLE article_search_doc`);
    await q.query(`DROP TABLE knowledge_search_band CASCADE`);
    for (const fn of [
      'knowledge_rebalance_bands()',
      'article_search_doc_sync()',
      'knowledge_index_article(article)',
      'knowledge_band(real)',
      'knowledge_phrase_pairs(tsvector)',
    ])
      await q.query(`DROP FUNCTION IF EXISTS ${fn}`);
    await q.query(`ALTER TABLE article ADD COLUMN codes_text text NOT NULL DEFAULT '',
      ADD COLUMN search_vector tsvector NOT NULL DEFAULT ''::tsvector, ADD COLUMN title_vector tsvector NOT NULL DEFAULT ''::tsvector`);
    await q.query(`DROP TRIGGER article_search_fields ON article`);
    await q.query(`
      CREATE OR REPLACE FUNCTION article_search_fields() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE cfg regconfig := ${CONFIG('NEW.language')};
      BEGIN
        NEW.codes_norm := ARRAY(SELECT DISTINCT knowledge_code_norm(c) FROM unnest(NEW.codes) c WHERE knowledge_code_norm(c) <> '');
        NEW.codes_text := ' ' || array_to_string(NEW.codes_norm, ' ') || ' ';
        NEW.title_vector := to_tsvector(cfg, NEW.title);
        NEW.search_vector :=
          setweight(NEW.title_vector, 'A')
          || setweight(to_tsvector(cfg, NEW.summary || ' ' || array_to_string(NEW.tags, ' ')), 'B')
          || setweight(array_to_tsvector(ARRAY(SELECT lower(c) FROM unnest(NEW.codes_norm) c)), 'B')
          || setweight(to_tsvector(cfg, NEW.body_text), 'C');
        NEW.quality := coalesce(extract(epoch FROM NEW.published_at) / 31557600.0 - 50, 0)
          + ln(1 + greatest(0, NEW.helpful_count + 2 * NEW.solved_count - 2 * NEW.unhelpful_count)) * 0.5
          + CASE WHEN NEW.kind = 'SERVICE_KNOWHOW' THEN 0.25 ELSE 0 END;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER article_search_fields BEFORE INSERT OR UPDATE OF title, summary, tags, codes, body_text, language,
      published_at, helpful_count, unhelpful_count, solved_count, kind ON article FOR EACH ROW EXECUTE FUNCTION article_search_fields()`);
    await q.query(`UPDATE article SET title = title`);
    await q.query(`CREATE INDEX article_search ON article USING gin (search_vector)`);
    await q.query(`CREATE INDEX article_title_search ON article USING gin (title_vector)`);
    await q.query(`CREATE INDEX article_codes ON article USING gin (codes_text gin_trgm_ops)`);
    await q.query(`CREATE INDEX article_codes_norm ON article USING gin (codes_norm)`);
    await q.query(`ALTER TABLE article SET (toast_tuple_target = 128)`);
  }
}
