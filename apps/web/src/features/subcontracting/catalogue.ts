import { useMemo } from 'react';
import { useQuery } from '../../api/use-query';
import type { SubcontractingCatalogueQuery as Catalogue } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { localName } from '../tiers/catalogue';
import { SubcontractingCatalogueQuery } from './subcontracting.operations';

export type CatalogueEntry = Catalogue['productLines'][number];

export interface SubcontractingCatalogue {
  productLines: CatalogueEntry[];
  serviceCategories: CatalogueEntry[];
  productLineName: (id: string) => string;
  serviceCategoryName: (id: string) => string;
}

/** Product line and service category names from the public catalogue queries; an unknown id shows as it is. */
export function useSubcontractingCatalogue(): SubcontractingCatalogue {
  const { locale } = useI18n();
  const query = useQuery(SubcontractingCatalogueQuery, {});
  return useMemo(() => {
    const productLines = query.data?.productLines ?? [];
    const serviceCategories = query.data?.serviceCategories ?? [];
    const name = (list: CatalogueEntry[], id: string) => {
      const entry = list.find((e) => e.id === id);
      return entry ? localName(locale, entry) : '…';
    };
    return {
      productLines,
      serviceCategories,
      productLineName: (id) => name(productLines, id),
      serviceCategoryName: (id) => name(serviceCategories, id),
    };
  }, [query.data, locale]);
}
