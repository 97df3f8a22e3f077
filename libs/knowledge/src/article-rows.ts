/** Column lists shared by every article read, so lists, search and lookups return the same shape. */
/** Summary fields read straight from the article's plain columns: no lookup, array or timestamp to format. */
export const PLAIN_SUMMARY_FIELDS: ReadonlySet<string> = new Set([
  '__typename',
  'id',
  'kind',
  'status',
  'language',
  'title',
  'summary',
  'audience',
  'minTierRank',
  'version',
  'helpfulCount',
  'unhelpfulCount',
  'viewCount',
  'solvedCount',
  'openFlagCount',
]);
export const PLAIN_SUMMARY_COLUMNS = `a.id, a.kind, a.status, a.language, a.title, a.summary, a.audience, a.min_tier_rank AS "minTierRank",
  a.version, a.helpful_count AS "helpfulCount", a.unhelpful_count AS "unhelpfulCount", a.view_count AS "viewCount",
  a.solved_count AS "solvedCount", a.open_flag_count AS "openFlagCount"`;
export const SUMMARY_COLUMNS = `${PLAIN_SUMMARY_COLUMNS}, a.product_line_ids AS "productLineIds",
  a.service_category_ids AS "serviceCategoryIds", a.tags, a.codes,
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
