// Column lists shared by every article read, so lists, search and lookups return the same shape.

/**
 * Summary fields read straight from the article's own columns (no lookup or timestamp to format), by field. Of the
 * arrays only the codes, short and what a hotline hit shows.
 */
const PLAIN_SUMMARY: Record<string, string> = {
  id: 'a.id',
  kind: 'a.kind',
  status: 'a.status',
  language: 'a.language',
  title: 'a.title',
  summary: 'a.summary',
  audience: 'a.audience',
  minTierRank: 'a.min_tier_rank',
  version: 'a.version',
  helpfulCount: 'a.helpful_count',
  unhelpfulCount: 'a.unhelpful_count',
  viewCount: 'a.view_count',
  solvedCount: 'a.solved_count',
  openFlagCount: 'a.open_flag_count',
  codes: 'a.codes',
};
export const PLAIN_SUMMARY_FIELDS: ReadonlySet<string> = new Set(['__typename', ...Object.keys(PLAIN_SUMMARY)]);
export const PLAIN_SUMMARY_COLUMNS = Object.entries(PLAIN_SUMMARY)
  .map(([field, column]) => `${column} AS "${field}"`)
  .join(', ');
export const SUMMARY_COLUMNS = `${PLAIN_SUMMARY_COLUMNS}, a.product_line_ids AS "productLineIds",
  a.service_category_ids AS "serviceCategoryIds", a.tags,
  (SELECT o.name FROM organisation o WHERE o.id = a.author_organisation_id) AS "authorOrganisationName",
  a.review_by AS "reviewBy", a.published_at AS "publishedAt", a.updated_at AS "updatedAt"`;

export const ARTICLE_COLUMNS = `${SUMMARY_COLUMNS}, a.body, a.limited_to_product_lines AS "limitedToProductLines",
  a.author_user_id AS "authorId", (SELECT u.display_name FROM app_user u WHERE u.id = a.author_user_id) AS "authorName",
  a.author_organisation_id AS "authorOrganisationId", a.owner_user_id AS "ownerId",
  (SELECT u.display_name FROM app_user u WHERE u.id = a.owner_user_id) AS "ownerName",
  (SELECT u.display_name FROM app_user u WHERE u.id = a.last_editor_user_id) AS "lastEditorName",
  a.revision, a.first_published_at AS "firstPublishedAt", a.created_at AS "createdAt"`;

/** The values the article table allows for kind and language (its CHECK constraints). */
export const ARTICLE_KINDS = ['SERVICE_KNOWHOW', 'FIELD_REPORT'] as const;
export const ARTICLE_LANGUAGES = ['de', 'en'] as const;

/** The raw row behind an article, as the workflow needs it. */
export interface ArticleState {
  id: string;
  kind: (typeof ARTICLE_KINDS)[number];
  status: string;
  revision: number;
  version: number;
  authorId: string | null;
  authorOrganisationId: string;
  ownerId: string | null;
  title: string;
}
