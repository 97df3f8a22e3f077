import { Anchor, Badge, Group, Text } from '@mantine/core';
import { Fragment } from 'react';
import { Link } from 'react-router';
import { can } from '../../access/permissions';
import type { ArticleFieldsFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { useViewer } from '../../session/session-context';
import { localName, type TierCatalogue } from '../tiers/catalogue';
import { kindLabel, languageLabel, reviewOverdue, STATUS_COLORS, statusLabel } from './knowledge-text';

export function ArticleStatusBadge({ status }: { status: ArticleFieldsFragment['status'] }) {
  const { t } = useI18n();
  return (
    // As wide as its label: in a narrow table column Mantine would otherwise cut it to "IN PRÜ…".
    <Badge color={STATUS_COLORS[status]} variant="dot" radius="sm" w="max-content" data-testid="article-status">
      {statusLabel(t, status)}
    </Badge>
  );
}

/** Names for catalogue ids; an id the catalogue does not know (yet) is left out rather than shown raw. */
export function catalogueEntries(
  catalogue: TierCatalogue | undefined,
  locale: 'de' | 'en',
  ids: readonly string[],
  kind: 'pl' | 'sc',
): { id: string; name: string }[] {
  const list = kind === 'pl' ? catalogue?.productLines : catalogue?.serviceCategories;
  return ids.flatMap((id) => {
    const entry = list?.find((item) => item.id === id);
    return entry ? [{ id, name: localName(locale, entry) }] : [];
  });
}

/** Product lines and categories link to the search page browsing everything filed under them. */
function BrowseLinks({ entries, param, none }: { entries: { id: string; name: string }[]; param: 'pl' | 'sc'; none: string }) {
  if (entries.length === 0) return <>{none}</>;
  return (
    <>
      {entries.map((entry, index) => (
        <Fragment key={entry.id}>
          {index > 0 && ', '}
          <Anchor component={Link} to={`/knowledge?${param}=${encodeURIComponent(entry.id)}`}>
            {entry.name}
          </Anchor>
        </Fragment>
      ))}
    </>
  );
}

/** An article's review-by date, marked when it has passed (why a published article is in the review queue). */
export function ReviewBy({ date }: { date: string | null | undefined }) {
  const { t, formatLocalDate } = useI18n();
  if (!date) return <>{t('knowledge.meta.none')}</>;
  return reviewOverdue(date) ? (
    <Text span c="red" fw={600} size="inherit">
      {t('knowledge.meta.reviewOverdue', { date: formatLocalDate(date) })}
    </Text>
  ) : (
    <>{formatLocalDate(date)}</>
  );
}

/** Kind, language, product lines, categories, codes, author, version and publication as a definition list. */
export function ArticleMeta({ article, catalogue }: { article: ArticleFieldsFragment; catalogue: TierCatalogue | undefined }) {
  const { t, locale, formatDate } = useI18n();
  const editor = can(useViewer(), 'knowledge.review');
  const none = t('knowledge.meta.none');
  const author = article.authorName
    ? t('knowledge.meta.authorWithOrganisation', { name: article.authorName, organisation: article.authorOrganisationName })
    : article.authorOrganisationName;
  return (
    <dl className="knowledge-meta" data-testid="article-meta">
      <dt>{t('knowledge.meta.kind')}</dt>
      <dd>{kindLabel(t, article.kind)}</dd>
      <dt>{t('knowledge.meta.status')}</dt>
      <dd>
        <ArticleStatusBadge status={article.status} />
      </dd>
      <dt>{t('knowledge.meta.language')}</dt>
      <dd>{languageLabel(t, article.language)}</dd>
      <dt>{t('knowledge.meta.productLines')}</dt>
      <dd>
        <BrowseLinks entries={catalogueEntries(catalogue, locale, article.productLineIds, 'pl')} param="pl" none={none} />
      </dd>
      <dt>{t('knowledge.meta.serviceCategories')}</dt>
      <dd>
        <BrowseLinks entries={catalogueEntries(catalogue, locale, article.serviceCategoryIds, 'sc')} param="sc" none={none} />
      </dd>
      <dt>{t('knowledge.meta.codes')}</dt>
      <dd>
        {article.codes.length ? (
          <Group gap={4}>
            {article.codes.map((code) => (
              <Badge key={code} variant="outline" color="dark" radius="sm" tt="none">
                {code}
              </Badge>
            ))}
          </Group>
        ) : (
          none
        )}
      </dd>
      {article.tags.length > 0 && (
        <>
          <dt>{t('knowledge.meta.tags')}</dt>
          <dd>{article.tags.join(', ')}</dd>
        </>
      )}
      <dt>{t('knowledge.meta.author')}</dt>
      <dd>{author}</dd>
      <dt>{t('knowledge.meta.version')}</dt>
      <dd>{article.version}</dd>
      <dt>{t('knowledge.meta.published')}</dt>
      <dd>{article.publishedAt ? formatDate(article.publishedAt) : t('knowledge.meta.notPublished')}</dd>
      {editor && (
        <>
          <dt>{t('knowledge.meta.audience')}</dt>
          <dd>{t(`knowledge.audience.${article.audience}`)}</dd>
          <dt>{t('knowledge.meta.reviewBy')}</dt>
          <dd>
            <ReviewBy date={article.reviewBy} />
          </dd>
        </>
      )}
    </dl>
  );
}
