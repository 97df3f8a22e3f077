import { Anchor, Badge, Button, Grid, Group, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { type KeyboardEvent, useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useDebounced } from '../../api/use-debounced';
import { useMutation } from '../../api/use-mutation';
import { useQuery } from '../../api/use-query';
import { ListState } from '../../components/list-state';
import { PageHeader } from '../../components/page-header';
import type { ArticleKind, ArticleLanguage, KnowledgeSearchQuery as SearchResult } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { localName, useTierCatalogue } from '../tiers/catalogue';
import { ArticlePane } from './article-pane';
import { KnowledgeNav } from './knowledge-nav';
import { kindLabel, languageLabel } from './knowledge-text';
import { KnowledgeSearchQuery, RecordArticleViewMutation } from './knowledge.operations';
import { MarkedRuns } from './marked-runs';
import './knowledge.css';

const PAGE = 20;
const KINDS: ArticleKind[] = ['FIELD_REPORT', 'SERVICE_KNOWHOW'];
const LANGUAGES: ArticleLanguage[] = ['de', 'en'];

type Hit = SearchResult['knowledgeSearch']['hits'][number];

interface Opened {
  id: string;
  searchId: string | null | undefined;
  position: number;
  byKeyboard: boolean;
}

const countOf = (facets: readonly { value: string; count: number }[] | undefined, value: string): number =>
  facets?.find((f) => f.value === value)?.count ?? 0;

/**
 * Keyboard-first search for hotline agents and every reader: the box has focus, results follow
 * typing, arrow keys move through the hits, Enter opens one beside the list, Escape comes back.
 * With an empty box it browses by product line and category.
 */
export default function KnowledgeSearchPage() {
  const { t, locale, formatNumber } = useI18n();
  const { catalogue } = useTierCatalogue();
  // The query and filters live in the address, so "back" from an article and shared links restore the search.
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState(() => params.get('q') ?? '');
  const query = useDebounced(text.trim(), 250);
  const productLineId = params.get('pl');
  const serviceCategoryId = params.get('sc');
  const kind = params.get('kind');
  const language = params.get('lang');
  const setParam = (name: string, value: string | null) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );
  // The address follows every keystroke (replacing, not adding history), so leaving at once loses nothing.
  const changeText = (value: string) => {
    setText(value);
    setParam('q', value.trim() || null);
  };
  const setProductLineId = (value: string | null) => setParam('pl', value);
  const setServiceCategoryId = (value: string | null) => setParam('sc', value);
  const setKind = (value: string | null) => setParam('kind', value);
  const setLanguage = (value: string | null) => setParam('lang', value);
  const [limit, setLimit] = useState(PAGE);
  const input = {
    query,
    productLineIds: productLineId ? [productLineId] : undefined,
    serviceCategoryIds: serviceCategoryId ? [serviceCategoryId] : undefined,
    kinds: kind ? [kind as ArticleKind] : undefined,
    languages: language ? [language as ArticleLanguage] : undefined,
    offset: 0,
    limit,
  };
  const searchKey = JSON.stringify({ ...input, limit: 0 });
  const search = useQuery(KnowledgeSearchQuery, { input });
  const result = search.data?.knowledgeSearch;
  const hits: Hit[] = useMemo(() => result?.hits ?? [], [result]);
  const [cursor, setCursor] = useState({ key: '', index: -1 });
  const active = cursor.key === searchKey ? Math.min(cursor.index, hits.length - 1) : -1;
  const [opened, setOpened] = useState<Opened>();
  const [recordView] = useMutation(RecordArticleViewMutation);
  const box = useRef<HTMLInputElement>(null);
  const facets = result?.facets;

  useEffect(() => {
    box.current?.focus();
  }, []);
  useEffect(() => {
    if (active >= 0) document.getElementById(`knowledge-hit-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const open = (index: number, byKeyboard: boolean) => {
    const hit = hits[index];
    if (!hit) return;
    setCursor({ key: searchKey, index });
    setOpened({ id: hit.article.id, searchId: result?.searchId, position: index, byKeyboard });
    // Click-through analytics only; a failure must not disturb reading.
    recordView({ id: hit.article.id, searchId: result?.searchId ?? null, position: index }).catch(() => undefined);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (hits.length === 0) return;
      const next = event.key === 'ArrowDown' ? Math.min(active + 1, hits.length - 1) : Math.max(active - 1, 0);
      setCursor({ key: searchKey, index: next });
    } else if (event.key === 'Enter') {
      event.preventDefault();
      open(active >= 0 ? active : 0, true);
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

  const withCount = (label: string, count: number) => t('knowledge.filter.withCount', { label, count: formatNumber(count) });
  const totalText = !result
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
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={hits.length > 0}
          aria-controls="knowledge-results"
          aria-activedescendant={active >= 0 ? `knowledge-hit-${active}` : undefined}
          data-testid="knowledge-search"
          autoComplete="off"
        />
        <Group align="flex-end" wrap="wrap" gap="sm">
          <Select
            label={t('knowledge.filter.productLine')}
            placeholder={t('knowledge.filter.all')}
            clearable
            value={productLineId}
            onChange={setProductLineId}
            data={(catalogue?.productLines ?? []).map((pl) => ({
              value: pl.id,
              label: withCount(localName(locale, pl), countOf(facets?.productLines, pl.id)),
            }))}
          />
          <Select
            label={t('knowledge.filter.serviceCategory')}
            placeholder={t('knowledge.filter.all')}
            clearable
            value={serviceCategoryId}
            onChange={setServiceCategoryId}
            data={(catalogue?.serviceCategories ?? []).map((sc) => ({
              value: sc.id,
              label: withCount(localName(locale, sc), countOf(facets?.serviceCategories, sc.id)),
            }))}
          />
          <Select
            label={t('knowledge.filter.kind')}
            placeholder={t('knowledge.filter.all')}
            clearable
            value={kind}
            onChange={setKind}
            data={KINDS.map((k) => ({ value: k, label: withCount(kindLabel(t, k), countOf(facets?.kinds, k)) }))}
          />
          <Select
            label={t('knowledge.filter.language')}
            placeholder={t('knowledge.filter.all')}
            clearable
            value={language}
            onChange={setLanguage}
            data={LANGUAGES.map((l) => ({ value: l, label: withCount(languageLabel(t, l), countOf(facets?.languages, l)) }))}
          />
        </Group>
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
              loading={search.loading}
              error={search.error}
              isEmpty={hits.length === 0}
              emptyText={t('knowledge.search.empty')}
              onRetry={search.refetch}
            >
              <ul id="knowledge-results" role="listbox" aria-label={t('knowledge.search.results')} className="knowledge-results">
                {hits.map((hit, index) => (
                  <li
                    key={hit.article.id}
                    id={`knowledge-hit-${index}`}
                    role="option"
                    aria-selected={index === active}
                    data-open={opened?.id === hit.article.id}
                    data-article-id={hit.article.id}
                    className="knowledge-hit"
                    onClick={() => open(index, false)}
                  >
                    <Text fw={600}>
                      <MarkedRuns runs={hit.titleRuns} />
                    </Text>
                    <Text size="sm">
                      <MarkedRuns runs={hit.snippetRuns} />
                    </Text>
                    <Group gap={4} mt={4}>
                      <Badge size="sm" variant="light" color="dark" radius="sm" tt="none">
                        {kindLabel(t, hit.article.kind)}
                      </Badge>
                      <Badge size="sm" variant="outline" color="dark" radius="sm">
                        {hit.article.language}
                      </Badge>
                      {hit.article.codes.slice(0, 3).map((code) => (
                        <Badge key={code} size="sm" variant="outline" color="dark" radius="sm" tt="none">
                          {code}
                        </Badge>
                      ))}
                    </Group>
                  </li>
                ))}
              </ul>
              {result?.hasMore && (
                <Button variant="default" mt="xs" onClick={() => setLimit((l) => l + PAGE)} loading={search.loading}>
                  {t('knowledge.search.more')}
                </Button>
              )}
            </ListState>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Paper withBorder p="md" component="section" aria-label={t('knowledge.pane.label')} onKeyDown={backToBox}>
            {opened ? (
              <ArticlePane
                key={opened.id}
                id={opened.id}
                search={{ searchId: opened.searchId, position: opened.position }}
                catalogue={catalogue}
                focusOnLoad={opened.byKeyboard}
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
