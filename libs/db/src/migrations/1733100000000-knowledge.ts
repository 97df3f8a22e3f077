import type { MigrationInterface, QueryRunner } from 'typeorm';
import { addRolePermissions, removeRolePermissions, type RolePermissions } from './role-permissions';

const NEW_PERMISSIONS: RolePermissions = [
  ['ADMIN', ['knowledge.read']],
  ['PARTNER_MANAGER', ['knowledge.read']],
  ['TRAINING_MANAGER', ['knowledge.read']],
  ['KNOWLEDGE_EDITOR', ['knowledge.read', 'knowledge.write', 'knowledge.review']],
  ['HOTLINE_AGENT', ['knowledge.read', 'knowledge.write']],
  ['PARTNER_ADMIN', ['knowledge.read', 'knowledge.write']],
  ['TECHNICIAN', ['knowledge.read', 'knowledge.write']],
  ['SUBCONTRACTOR_USER', ['knowledge.read']],
];

/**
 * Knowledge articles with immutable published versions, review thread, feedback, flags and search analytics.
 * Search runs on a weighted tsvector kept by a trigger, so every writer (service, seed, benchmark generator)
 * gets the same index; per-language configurations fold accents before stemming ("Wärmepumpen" = "Warmepumpe").
 */
export class Knowledge1733100000000 implements MigrationInterface {
  name = 'Knowledge1733100000000';

  async up(q: QueryRunner): Promise<void> {
    for (const [cfg, stem] of [
      ['portal_de', 'german'],
      ['portal_en', 'english'],
    ]) {
      await q.query(`CREATE TEXT SEARCH CONFIGURATION ${cfg} (COPY = pg_catalog.${stem})`);
      await q.query(`ALTER TEXT SEARCH CONFIGURATION ${cfg} ALTER MAPPING FOR hword, hword_part, word WITH unaccent, ${stem}_stem`);
    }
    // Codes are compared without separators and case: "F.28", "f 28" and "F28" are one code.
    await q.query(`
      CREATE FUNCTION knowledge_code_norm(code text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS $$ SELECT upper(regexp_replace(code, '[^[:alnum:]]+', '', 'g')) $$`);

    await q.query(`
      CREATE TABLE article (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('SERVICE_KNOWHOW', 'FIELD_REPORT')),
        status text NOT NULL DEFAULT 'DRAFT'
          CHECK (status IN ('DRAFT', 'IN_REVIEW', 'CHANGES_REQUESTED', 'PUBLISHED', 'REJECTED', 'ARCHIVED')),
        language text NOT NULL CHECK (language IN ('de', 'en')),
        title text NOT NULL CHECK (char_length(title) BETWEEN 3 AND 200),
        summary text NOT NULL DEFAULT '' CHECK (char_length(summary) <= 600),
        body text NOT NULL DEFAULT '' CHECK (char_length(body) <= 100000),
        body_text text NOT NULL DEFAULT '',
        product_line_ids uuid[] NOT NULL DEFAULT '{}',
        service_category_ids uuid[] NOT NULL DEFAULT '{}',
        tags text[] NOT NULL DEFAULT '{}',
        codes text[] NOT NULL DEFAULT '{}',
        codes_norm text[] NOT NULL DEFAULT '{}',
        codes_text text NOT NULL DEFAULT '',
        audience text NOT NULL DEFAULT 'PARTNERS' CHECK (audience IN ('MANUFACTURER', 'PARTNERS', 'TIER')),
        min_tier_rank integer CHECK (min_tier_rank BETWEEN 1 AND 100),
        limited_to_product_lines boolean NOT NULL DEFAULT false,
        author_user_id uuid REFERENCES app_user (id),
        author_organisation_id uuid NOT NULL REFERENCES organisation (id),
        owner_user_id uuid REFERENCES app_user (id),
        last_editor_user_id uuid REFERENCES app_user (id),
        review_by date,
        revision integer NOT NULL DEFAULT 1,
        version integer NOT NULL DEFAULT 0,
        first_published_at timestamptz,
        published_at timestamptz,
        helpful_count integer NOT NULL DEFAULT 0,
        unhelpful_count integer NOT NULL DEFAULT 0,
        view_count integer NOT NULL DEFAULT 0,
        solved_count integer NOT NULL DEFAULT 0,
        open_flag_count integer NOT NULL DEFAULT 0,
        quality real NOT NULL DEFAULT 0,
        search_vector tsvector NOT NULL DEFAULT ''::tsvector,
        title_vector tsvector NOT NULL DEFAULT ''::tsvector,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT article_tier_rank CHECK ((audience = 'TIER') = (min_tier_rank IS NOT NULL)),
        CONSTRAINT article_published_version CHECK (status NOT IN ('PUBLISHED', 'ARCHIVED') OR version > 0)
      )`);
    // Quality (helpfulness, use and recency) is the static part of the ranking; search ranks text only
    // within a bounded set of the best candidates, so its cost does not grow with the number of matches.
    await q.query(`
      CREATE FUNCTION article_search_fields() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE cfg regconfig := CASE NEW.language WHEN 'de' THEN 'portal_de'::regconfig ELSE 'portal_en'::regconfig END;
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
    await q.query(`CREATE INDEX article_search ON article USING gin (search_vector)`);
    await q.query(`CREATE INDEX article_title_search ON article USING gin (title_vector)`);
    await q.query(`CREATE INDEX article_codes ON article USING gin (codes_text gin_trgm_ops)`);
    await q.query(`CREATE INDEX article_title_trgm ON article USING gin (title gin_trgm_ops) WHERE status = 'PUBLISHED'`);
    await q.query(`CREATE INDEX article_quality ON article (quality DESC) WHERE status = 'PUBLISHED'`);
    await q.query(`CREATE INDEX article_status ON article (status, updated_at DESC)`);
    await q.query(`CREATE INDEX article_author_organisation ON article (author_organisation_id, updated_at DESC)`);
    await q.query(`ALTER TABLE article ALTER COLUMN search_vector SET STATISTICS 1000`);

    await q.query(`
      CREATE TABLE article_version (
        article_id uuid NOT NULL REFERENCES article (id),
        version integer NOT NULL CHECK (version > 0),
        title text NOT NULL,
        summary text NOT NULL,
        body text NOT NULL,
        language text NOT NULL,
        product_line_ids uuid[] NOT NULL,
        service_category_ids uuid[] NOT NULL,
        tags text[] NOT NULL,
        codes text[] NOT NULL,
        audience text NOT NULL,
        min_tier_rank integer,
        limited_to_product_lines boolean NOT NULL,
        edited_by uuid REFERENCES app_user (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (article_id, version)
      )`);
    await q.query(`
      CREATE TABLE article_event (
        id bigserial PRIMARY KEY,
        article_id uuid NOT NULL REFERENCES article (id),
        action text NOT NULL,
        from_status text,
        to_status text NOT NULL,
        comment text NOT NULL DEFAULT '' CHECK (char_length(comment) <= 4000),
        actor_user_id uuid REFERENCES app_user (id),
        request_id text,
        occurred_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX article_event_article ON article_event (article_id, id)`);
    for (const table of ['article_version', 'article_event']) {
      await q.query(`CREATE TRIGGER ${table}_no_change BEFORE UPDATE OR DELETE ON ${table}
        FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()`);
      await q.query(`CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()`);
    }

    await q.query(`
      CREATE TABLE article_feedback (
        article_id uuid NOT NULL REFERENCES article (id),
        user_id uuid NOT NULL REFERENCES app_user (id),
        helpful boolean NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (article_id, user_id)
      )`);
    await q.query(`
      CREATE TABLE article_flag (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        article_id uuid NOT NULL REFERENCES article (id),
        reason text NOT NULL CHECK (reason IN ('OUTDATED', 'WRONG', 'UNCLEAR', 'MISSING')),
        comment text NOT NULL DEFAULT '' CHECK (char_length(comment) <= 2000),
        raised_by uuid NOT NULL REFERENCES app_user (id),
        raised_by_organisation_id uuid NOT NULL REFERENCES organisation (id),
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'RESOLVED')),
        resolution text,
        resolved_by uuid REFERENCES app_user (id),
        resolved_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX article_flag_open ON article_flag (created_at) WHERE status = 'OPEN'`);
    await q.query(`CREATE INDEX article_flag_article ON article_flag (article_id, created_at DESC)`);
    await q.query(`
      CREATE TABLE article_use (
        id bigserial PRIMARY KEY,
        article_id uuid NOT NULL REFERENCES article (id),
        user_id uuid NOT NULL REFERENCES app_user (id),
        kind text NOT NULL CHECK (kind IN ('VIEW', 'SOLVED')),
        search_id uuid,
        position integer,
        occurred_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX article_use_search ON article_use (search_id) WHERE search_id IS NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX article_use_solved_once ON article_use (article_id, user_id) WHERE kind = 'SOLVED'`);

    await q.query(`
      CREATE TABLE search_log (
        id uuid PRIMARY KEY,
        user_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
        organisation_kind text NOT NULL,
        query text NOT NULL,
        normalised text NOT NULL,
        result_count integer NOT NULL,
        searched_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX search_log_time ON search_log (searched_at DESC)`);
    // Words of published articles: the dictionary that typo correction and "did you mean" draw from.
    await q.query(`
      CREATE TABLE knowledge_term (
        term text PRIMARY KEY,
        display text NOT NULL,
        documents integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE INDEX knowledge_term_trgm ON knowledge_term USING gin (term gin_trgm_ops)`);
    await addRolePermissions(q, NEW_PERMISSIONS);
  }

  async down(q: QueryRunner): Promise<void> {
    await removeRolePermissions(q, NEW_PERMISSIONS);
    for (const t of [
      'knowledge_term',
      'search_log',
      'article_use',
      'article_flag',
      'article_feedback',
      'article_event',
      'article_version',
      'article',
    ])
      await q.query(`DROP TABLE IF EXISTS ${t}`);
    await q.query(`DROP FUNCTION IF EXISTS article_search_fields()`);
    await q.query(`DROP FUNCTION IF EXISTS knowledge_code_norm(text)`);
    await q.query(`DROP TEXT SEARCH CONFIGURATION IF EXISTS portal_de`);
    await q.query(`DROP TEXT SEARCH CONFIGURATION IF EXISTS portal_en`);
  }
}
