import { Alert, Anchor, Button, Grid, Group, Paper, Stack, Text, TextInput, useMantineTheme } from '@mantine/core';
import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useDebounced } from '../../api/use-debounced';
import { useMutation } from '../../api/use-mutation';
import { useQuery } from '../../api/use-query';
import { ListState } from '../../components/list-state';
import { PageHeader } from '../../components/page-header';
import { errorText } from '../../errors/error-text';
import type { ArticleKind, ArticleLanguage } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { useTierCatalogue } from '../tiers/catalogue';
import { ArticlePane } from './article-pane';
import { type FilterParam, KnowledgeFilters } from './knowledge-filters';
import { KnowledgeNav } from './knowledge-nav';
import { KnowledgeSearchQuery, RecordArticleViewMutation } from './knowledge.operations';
import { SearchHitOption } from './search-hit-option';
import { useSearchPages } from './use-search-pages';
import './knowledge.css';

const PAGE = 20;
/** The API's longest query (KnowledgeSearchInput). */
const MAX_QUERY = 200;

interface Opened {
  id: string;
  searchId: string | null | undefined;
  position: number;
  /** Moves focus to the article's heading once loaded: opened with the keyboard, or below the list on narrow screens. */
  focus: boolean;
}

/**
 * Keyboard-first search for hotline agents and every reader: the box has focus, results follow
 * typing, arrow keys move through the hits, Enter opens one beside the list, Escape comes back.
 * With an empty box it browses by product line and category.
 */
export default function KnowledgeSearchPage() {
  const { t, formatNumber } = useI18n();
  const { catalogue } = useTierCatalogue();
  // The query and filters live in the address, so "back" from an article and shared links restore the search.
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState(() => (params.get('q') ?? '').slice(0, MAX_QUERY));
  const typed = text.trim();
  const query = useDebounced(typed, 250);
  const values = { pl: params.get('pl'), sc: params.get('sc'), kind: params.get('kind'), lang: params.get('lang') };
  // Enter pressed before the results of what is typed (and filtered) have arrived: opens once they have.
  const [pendingEnter, setPendingEnter] = useState<string>();
  const setParam = (name: FilterParam | 'q', value: string | null) => {
    setPendingEnter(undefined);
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );
  };
  // The address follows every keystroke (replacing, not adding history), so leaving at once loses nothing.
  const changeText = (value: string) => {
    setPendingEnter(undefined);
    setText(value);
    setParam('q', value.trim() || null);
  };
  const filters = {
    productLineIds: values.pl ? [values.pl] : undefined,
    serviceCategoryIds: values.sc ? [values.sc] : undefined,
    kinds: values.kind ? [values.kind as ArticleKind] : undefined,
    languages: values.lang ? [values.lang as ArticleLanguage] : undefined,
  };
  // The first page follows the (debounced) query and the filters; "show more" appends further pages to it.
  const input = { query, ...filters, offset: 0, limit: PAGE };
  const searchKey = JSON.stringify({ query, ...filters });
  // What the box and the filters ask for right now; the shown results may still belong to an earlier query.
  const typedKey = JSON.stringify({ query: typed, ...filters });
  const search = useQuery(KnowledgeSearchQuery, { input });
  const result = search.data?.knowledgeSearch;
  const waiting = search.loading || typedKey !== searchKey;
  // The shown results answer what is typed: not while typing pauses, the next results load or the search failed.
  const current = !waiting && !search.error;
  const { items, canLoadMore, loadMore, loadingMore, moreError } = useSearchPages(input, result, search.loading);
  // The keyboard selection belongs to what is typed: it starts over when the query or a filter changes.
  const [cursor, setCursor] = useState({ key: '', index: -1 });
  const selected = cursor.key === typedKey ? cursor.index : -1;
  const active = current ? Math.min(selected, items.length - 1) : -1;
  const [opened, setOpened] = useState<Opened>();
  const [recordView] = useMutation(RecordArticleViewMutation);
  const box = useRef<HTMLInputElement>(null);
  const pane = useRef<HTMLElement>(null);
  const theme = useMantineTheme();

  useEffect(() => {
    box.current?.focus();
  }, []);
  useEffect(() => {
    if (active >= 0) document.getElementById(`knowledge-hit-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  // Click-through analytics only; a failure must not disturb reading.
  useEffect(() => {
    if (opened) recordView({ id: opened.id, searchId: opened.searchId ?? null, position: opened.position }).catch(() => undefined);
  }, [opened, recordView]);

  const select = (index: number, focus: boolean): boolean => {
    const item = items[index];
    if (!item) return false;
    setCursor({ key: typedKey, index });
    setOpened({ id: item.hit.article.id, searchId: item.searchId, position: index, focus });
    return true;
  };

  // Enter while the results of the typed query were still loading: their selected (or first) hit opens once they are shown.
  if (pendingEnter !== undefined && !waiting) {
    setPendingEnter(undefined);
    if (pendingEnter === typedKey && current) select(Math.max(active, 0), true);
  }

  const open = (index: number, byKeyboard: boolean) => {
    // On narrow screens the pane comes after all hits: bring it into view and move focus there, as the keyboard does.
    const beside = window.matchMedia(`(min-width: ${theme.breakpoints.md})`).matches;
    if (!select(index, byKeyboard || !beside)) return;
    const element = pane.current;
    if (!element) return;
    element.scrollTop = 0;
    const top = element.getBoundingClientRect().top;
    if (!byKeyboard && (!beside || top < 0 || top > window.innerHeight / 2)) element.scrollIntoView({ block: 'start' });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      // While the results of the typed query load, the selection is kept for them (and shown once they arrive).
      if (current && items.length === 0) return;
      const from = current ? active : selected;
      const last = current ? items.length - 1 : PAGE - 1;
      const next = event.key === 'ArrowDown' ? Math.min(from + 1, last) : Math.max(from - 1, 0);
      setCursor({ key: typedKey, index: next });
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (current) open(active >= 0 ? active : 0, true);
      else setPendingEnter(typedKey);
    } else if (event.key === 'Escape' && text) {
      event.preventDefault();
      changeText('');
    }
  };

  const backToBox = (event: KeyboardEvent<HTMLElement>) => {
    // Keys from dialogs (rendered in portals) bubble through React but are not inside the pane.
    if (event.key === 'Escape' && event.currentTarget.contains(event.target as Node)) {
      event.preventDefault();
      box.current?.focus();
    }
  };

  // No count beside an error: it would belong to an earlier query.
  const totalText =
    !result || search.error
      ? ''
      : result.totalIsLowerBound
        ? t('knowledge.search.totalLowerBound', { total: formatNumber(result.total) })
        : result.total === 1
          ? t('knowledge.search.totalOne')
          : t('knowledge.search.total', { total: formatNumber(result.total) });

  return (
    <>
      <PageHeader title={t('nav.knowledge')}>
        <KnowledgeNav current="search" />
      </PageHeader>
      <Stack gap="sm" mb="md">
        <TextInput
          ref={box}
          type="search"
          label={t('knowledge.search.label')}
          description={t('knowledge.search.help')}
          placeholder={t('knowledge.search.placeholder')}
          value={text}
          onChange={(event) => changeText(event.currentTarget.value)}
          onKeyDown={onKeyDown}
          maxLength={MAX_QUERY}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={items.length > 0}
          aria-controls="knowledge-results"
          aria-activedescendant={active >= 0 ? `knowledge-hit-${active}` : undefined}
          data-testid="knowledge-search"
          autoComplete="off"
        />
        <KnowledgeFilters values={values} facets={result?.facets} catalogue={catalogue} onChange={setParam} />
      </Stack>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="xs">
            <Group justify="space-between" aria-live="polite">
              <Text fw={600} data-testid="knowledge-total">
                {totalText}
              </Text>
            </Group>
            {result?.correctedQuery && (
              <Text data-testid="knowledge-corrected">
                {t('knowledge.search.correctedQuery')} <strong>{result.correctedQuery}</strong>
              </Text>
            )}
            {result?.didYouMean && (
              <Text data-testid="knowledge-did-you-mean">
                {t('knowledge.search.didYouMean')}{' '}
                <Anchor
                  component="button"
                  type="button"
                  onClick={() => {
                    changeText(result.didYouMean ?? '');
                    box.current?.focus();
                  }}
                >
                  {result.didYouMean}
                </Anchor>
                ?
              </Text>
            )}
            <ListState
              loading={waiting}
              error={search.error}
              isEmpty={items.length === 0}
              emptyText={t('knowledge.search.empty')}
              onRetry={search.refetch}
            >
              <ul id="knowledge-results" role="listbox" aria-label={t('knowledge.search.results')} className="knowledge-results">
                {items.map(({ hit }, index) => (
                  <SearchHitOption
                    key={hit.article.id}
                    hit={hit}
                    index={index}
                    active={index === active}
                    open={opened?.id === hit.article.id}
                    onOpen={() => open(index, false)}
                  />
                ))}
              </ul>
              {moreError && (
                <Alert color="red" role="alert" mt="xs" data-testid="knowledge-more-error">
                  <Text mb="sm">{errorText(t, moreError)}</Text>
                  <Button variant="default" onClick={loadMore}>
                    {t('action.retry')}
                  </Button>
                </Alert>
              )}
              {canLoadMore && !moreError && (
                <Button variant="default" mt="xs" onClick={loadMore} loading={loadingMore}>
                  {t('knowledge.search.more')}
                </Button>
              )}
            </ListState>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Paper
            ref={pane}
            withBorder
            p="md"
            component="section"
            aria-label={t('knowledge.pane.label')}
            onKeyDown={backToBox}
            className="knowledge-pane"
          >
            {opened ? (
              <ArticlePane
                key={opened.id}
                id={opened.id}
                search={{ searchId: opened.searchId, position: opened.position }}
                catalogue={catalogue}
                focusOnLoad={opened.focus}
              />
            ) : (
              <Text>{t('knowledge.search.pick')}</Text>
            )}
          </Paper>
        </Grid.Col>
      </Grid>
    </>
  );
}
