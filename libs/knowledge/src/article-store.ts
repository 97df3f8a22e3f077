import type { RequestContext } from '@portal/core';
import type { EntityManager } from 'typeorm';
import type { ArticleState } from './article-rows';

/** Reads the workflow state of an article and locks its row for the rest of the transaction. */
export async function lockArticle(em: EntityManager, id: string): Promise<ArticleState> {
  const [row] = await em.query<ArticleState[]>(
    `SELECT id, kind, status, revision, version, author_user_id AS "authorId", author_organisation_id AS "authorOrganisationId",
            owner_user_id AS "ownerId", title
       FROM article WHERE id = $1 FOR UPDATE`,
    [id],
  );
  return row;
}

/** Freezes the current content as the next immutable version. */
export async function snapshotVersion(em: EntityManager, articleId: string, editorId: string): Promise<number> {
  const [{ version }] = await em.query<{ version: number }[]>(
    `WITH bumped AS (UPDATE article SET version = version + 1 WHERE id = $1 RETURNING *)
     INSERT INTO article_version (article_id, version, title, summary, body, language, product_line_ids, service_category_ids, tags, codes,
                                  audience, min_tier_rank, limited_to_product_lines, edited_by)
     SELECT id, version, title, summary, body, language, product_line_ids, service_category_ids, tags, codes,
            audience, min_tier_rank, limited_to_product_lines, $2 FROM bumped
     RETURNING version`,
    [articleId, editorId],
  );
  await em.query(
    // Words of published text feed typo correction; counts are approximate by design (edits count again).
    `INSERT INTO knowledge_term (term, display, documents)
     SELECT lower(unaccent(w)), min(lower(w)), 1
       FROM article a, regexp_split_to_table(a.title || ' ' || a.summary || ' ' || array_to_string(a.tags, ' ') || ' ' || a.body_text
                                             || ' ' || array_to_string(a.codes_norm, ' '), '[[:space:][:punct:]]+') w
      WHERE a.id = $1 AND char_length(w) BETWEEN 3 AND 40 AND w !~ '^[0-9]+$'
      GROUP BY lower(unaccent(w))
     ON CONFLICT (term) DO UPDATE SET documents = knowledge_term.documents + 1`,
    [articleId],
  );
  return version;
}

export async function recordArticleEvent(
  em: EntityManager,
  ctx: RequestContext,
  e: { articleId: string; action: string; from: string | null; to: string; comment?: string },
): Promise<void> {
  await em.query(
    `INSERT INTO article_event (article_id, action, from_status, to_status, comment, actor_user_id, request_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [e.articleId, e.action, e.from, e.to, e.comment ?? '', ctx.principal?.userId ?? null, ctx.requestId],
  );
}
