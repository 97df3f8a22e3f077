import { useMemo, useState } from 'react';
import { type ApiError, toApiError } from '../../api/api-error';
import { execute } from '../../api/graphql-client';
import type { KnowledgeSearchInput, KnowledgeSearchQuery as SearchResult } from '../../gql/graphql';
import { KnowledgeSearchQuery } from './knowledge.operations';
import type { SearchHit } from './search-hit-option';

type Result = SearchResult['knowledgeSearch'];

/** A hit with the search (page) it came from, for click-through analytics. */
export interface SearchItem {
  hit: SearchHit;
  searchId: string | null | undefined;
}

/** Pages after the first, appended by "show more"; they belong to one answer for the first page (`base`). */
interface More {
  base: Result | undefined;
  pages: Result[];
  loading: boolean;
  error?: ApiError;
}

/**
 * "Show more" for the search's first page (`result`, loaded for `input`): appends the next pages by offset. Further
 * pages count only for the first page they were loaded after, so a new query, filter or reload starts over.
 */
export function useSearchPages(input: KnowledgeSearchInput & { limit: number }, result: Result | undefined, firstLoading: boolean) {
  const [more, setMore] = useState<More>({ base: undefined, pages: [], loading: false });
  const extra = result && more.base === result ? more : undefined;
  const items: SearchItem[] = useMemo(() => {
    const seen = new Set<string>();
    const list: SearchItem[] = [];
    for (const page of result ? [result, ...(extra?.pages ?? [])] : []) {
      for (const hit of page.hits) {
        // Ranking may shift between pages (an article published meanwhile); each article is listed once.
        if (seen.has(hit.article.id)) continue;
        seen.add(hit.article.id);
        list.push({ hit, searchId: page.searchId });
      }
    }
    return list;
  }, [result, extra]);
  const lastPage = extra?.pages.at(-1) ?? result;
  const canLoadMore = !firstLoading && !!lastPage?.hasMore;

  const loadMore = () => {
    if (!result || !lastPage || !canLoadMore || extra?.loading) return;
    const base = result;
    const pages = extra?.pages ?? [];
    const variables = { input: { ...input, offset: lastPage.offset + input.limit } };
    setMore({ base, pages, loading: true });
    execute(KnowledgeSearchQuery, variables).then(
      (data) =>
        setMore((previous) => (previous.base === base ? { base, pages: [...pages, data.knowledgeSearch], loading: false } : previous)),
      (error: unknown) =>
        setMore((previous) => (previous.base === base ? { base, pages, loading: false, error: toApiError(error) } : previous)),
    );
  };

  return { items, canLoadMore, loadMore, loadingMore: !!extra?.loading, moreError: extra?.error };
}
