import { facetLists } from './search-sql';

describe('facetLists', () => {
  it('lists counted kinds and languages like the grouped facets: no empty values, the most frequent first, ties by value', () => {
    const productLines = [{ value: 'p1', count: 3 }];
    const facets = facetLists({
      productLines,
      serviceCategories: [],
      kinds: { SERVICE_KNOWHOW: 2, FIELD_REPORT: 5 },
      languages: { en: 4, de: 4 },
    });
    expect(facets.kinds).toEqual([
      { value: 'FIELD_REPORT', count: 5 },
      { value: 'SERVICE_KNOWHOW', count: 2 },
    ]);
    expect(facets.languages).toEqual([
      { value: 'de', count: 4 },
      { value: 'en', count: 4 },
    ]);
    expect(facets.productLines).toBe(productLines);
    expect(
      facetLists({ productLines: [], serviceCategories: [], kinds: { SERVICE_KNOWHOW: 0, FIELD_REPORT: 0 }, languages: { de: 0, en: 0 } }),
    ).toEqual({
      productLines: [],
      serviceCategories: [],
      kinds: [],
      languages: [],
    });
  });
});
