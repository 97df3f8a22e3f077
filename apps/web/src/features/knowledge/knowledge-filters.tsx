import { Group, Select } from '@mantine/core';
import type { ArticleKind, ArticleLanguage, KnowledgeSearchQuery as SearchResult } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { type TierCatalogue, localName } from '../tiers/catalogue';
import { kindLabel, languageLabel } from './knowledge-text';

const KINDS: ArticleKind[] = ['FIELD_REPORT', 'SERVICE_KNOWHOW'];
const LANGUAGES: ArticleLanguage[] = ['de', 'en'];

type Facets = SearchResult['knowledgeSearch']['facets'];

/** The search filters as the address names them. */
export type FilterParam = 'pl' | 'sc' | 'kind' | 'lang';
export type FilterValues = Record<FilterParam, string | null>;

const countOf = (facets: readonly { value: string; count: number }[] | undefined, value: string): number =>
  facets?.find((f) => f.value === value)?.count ?? 0;

/** Product line, service category, kind and language, each option with its count among the current matches. */
export function KnowledgeFilters({
  values,
  facets,
  catalogue,
  onChange,
}: {
  values: FilterValues;
  facets: Facets | undefined;
  catalogue: TierCatalogue | undefined;
  onChange: (name: FilterParam, value: string | null) => void;
}) {
  const { t, locale, formatNumber } = useI18n();
  const withCount = (label: string, count: number) => t('knowledge.filter.withCount', { label, count: formatNumber(count) });
  const filter = (name: FilterParam, label: string, data: { value: string; label: string }[]) => (
    <Select
      label={label}
      placeholder={t('knowledge.filter.all')}
      clearable
      value={values[name]}
      onChange={(value) => onChange(name, value)}
      data={data}
    />
  );
  return (
    <Group align="flex-end" wrap="wrap" gap="sm">
      {filter(
        'pl',
        t('knowledge.filter.productLine'),
        (catalogue?.productLines ?? []).map((pl) => ({
          value: pl.id,
          label: withCount(localName(locale, pl), countOf(facets?.productLines, pl.id)),
        })),
      )}
      {filter(
        'sc',
        t('knowledge.filter.serviceCategory'),
        (catalogue?.serviceCategories ?? []).map((sc) => ({
          value: sc.id,
          label: withCount(localName(locale, sc), countOf(facets?.serviceCategories, sc.id)),
        })),
      )}
      {filter(
        'kind',
        t('knowledge.filter.kind'),
        KINDS.map((k) => ({ value: k, label: withCount(kindLabel(t, k), countOf(facets?.kinds, k)) })),
      )}
      {filter(
        'lang',
        t('knowledge.filter.language'),
        LANGUAGES.map((l) => ({ value: l, label: withCount(languageLabel(t, l), countOf(facets?.languages, l)) })),
      )}
    </Group>
  );
}
