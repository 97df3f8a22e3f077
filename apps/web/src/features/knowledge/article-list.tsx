import { Anchor, Table } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from '../../api/use-query';
import { ListState } from '../../components/list-state';
import { Pager } from '../../components/pager';
import type { ArticleListScope, ArticleSort } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { ArticleStatusBadge, ReviewBy } from './article-meta';
import { articlePath, kindLabel } from './knowledge-text';
import { ArticlesQuery } from './knowledge.operations';

const LIMIT = 25;

/** A page of articles with status badges: the own organisation's contributions or the review queue. */
export function ArticleList({ scope, sort, emptyText }: { scope: ArticleListScope; sort: ArticleSort; emptyText: string }) {
  const { t, formatDateTime, formatNumber } = useI18n();
  const [offset, setOffset] = useState(0);
  const query = useQuery(ArticlesQuery, { scope, sort, page: { offset, limit: LIMIT } });
  const page = query.data?.articles;
  const items = page?.items ?? [];
  const review = scope === 'REVIEW_QUEUE';
  return (
    <ListState loading={query.loading} error={query.error} isEmpty={items.length === 0} emptyText={emptyText} onRetry={query.refetch}>
      <Table.ScrollContainer minWidth={720}>
        <Table data-testid={`articles-${scope}`}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('knowledge.list.title')}</Table.Th>
              <Table.Th>{t('knowledge.list.kind')}</Table.Th>
              {review && <Table.Th>{t('knowledge.list.author')}</Table.Th>}
              <Table.Th>{t('knowledge.list.status')}</Table.Th>
              {review && <Table.Th>{t('knowledge.list.flags')}</Table.Th>}
              {review && <Table.Th>{t('knowledge.meta.reviewBy')}</Table.Th>}
              <Table.Th>{t('knowledge.list.updated')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((a) => (
              <Table.Tr key={a.id} data-article-id={a.id}>
                <Table.Td>
                  <Anchor component={Link} to={articlePath(a.id)}>
                    {a.title}
                  </Anchor>
                </Table.Td>
                <Table.Td>{kindLabel(t, a.kind)}</Table.Td>
                {review && <Table.Td>{a.authorOrganisationName}</Table.Td>}
                <Table.Td>
                  <ArticleStatusBadge status={a.status} />
                </Table.Td>
                {review && <Table.Td>{formatNumber(a.openFlagCount)}</Table.Td>}
                {review && (
                  <Table.Td>
                    <ReviewBy date={a.reviewBy} />
                  </Table.Td>
                )}
                <Table.Td>{formatDateTime(a.updatedAt)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Pager offset={offset} limit={LIMIT} totalCount={page?.totalCount ?? 0} onOffsetChange={setOffset} />
    </ListState>
  );
}
