import { useMemo } from 'react';
import { useQuery } from '../../api/use-query';
import type { TierCatalogueQuery as Catalogue } from '../../gql/graphql';
import type { Locale } from '../../i18n/locale';
import { TierCatalogueQuery } from './tiers.operations';

export type CatalogueTier = Catalogue['tiers'][number];
export type CatalogueProductLine = Catalogue['productLines'][number];
export type CatalogueServiceCategory = Catalogue['serviceCategories'][number];

export interface Named {
  nameDe: string;
  nameEn: string;
}

/** Catalogue entries carry both names; the reader's language picks one. */
export function localName(locale: Locale, item: Named): string {
  return locale === 'de' ? item.nameDe : item.nameEn;
}

export interface TierCatalogue {
  productLines: CatalogueProductLine[];
  serviceCategories: CatalogueServiceCategory[];
  /** In rank order. */
  tiers: CatalogueTier[];
  tierByCode: (code: unknown) => CatalogueTier | undefined;
  productLineByCode: (code: unknown) => CatalogueProductLine | undefined;
  /** The tier one rank above, if there is one. */
  nextTier: (rank: number) => CatalogueTier | undefined;
}

export function toCatalogue(data: Catalogue): TierCatalogue {
  const tiers = [...data.tiers].sort((a, b) => a.rank - b.rank);
  return {
    productLines: data.productLines,
    serviceCategories: data.serviceCategories,
    tiers,
    tierByCode: (code) => tiers.find((tier) => tier.code === code),
    productLineByCode: (code) => data.productLines.find((pl) => pl.code === code),
    nextTier: (rank) => tiers.find((tier) => tier.rank > rank),
  };
}

/** Product lines to show for a partner: those with a live grant first, then the other active ones (catalogue order). */
export function linesToShow(catalogue: TierCatalogue, grants: { status: string; productLine: { id: string } }[]): CatalogueProductLine[] {
  const live = (id: string) => grants.some((g) => g.productLine.id === id && (g.status === 'ACTIVE' || g.status === 'SUSPENDED'));
  const shown = catalogue.productLines.filter((pl) => pl.active || grants.some((g) => g.productLine.id === pl.id));
  return [...shown.filter((pl) => live(pl.id)), ...shown.filter((pl) => !live(pl.id))];
}

/** Loads the catalogue once per page; it is a few rows and rarely changes. */
export function useTierCatalogue() {
  const query = useQuery(TierCatalogueQuery, {});
  const catalogue = useMemo(() => (query.data ? toCatalogue(query.data) : undefined), [query.data]);
  return { ...query, catalogue };
}
