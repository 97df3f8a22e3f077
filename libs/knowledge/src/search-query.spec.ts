import { parseQuery } from './search-query';

describe('parseQuery', () => {
  it('writes codes without separators and looks them up when the query is codes alone', () => {
    expect(parseQuery('F.28')).toEqual({ text: 'f28', codes: ['F28'], words: [], onlyCodes: true });
    expect(parseQuery('E 104 "WPL-25"')).toMatchObject({ codes: ['E104', 'WPL25'], onlyCodes: true });
    expect(parseQuery('f 28')).toMatchObject({ codes: ['F28'], onlyCodes: true });
    expect(parseQuery('ab 3 Jahren').codes).toEqual([]);
  });

  it('does not look up codes next to words or exclusions', () => {
    expect(parseQuery('Zündung F.28')).toMatchObject({ codes: ['F28'], words: ['Zündung'], onlyCodes: false });
    expect(parseQuery('F.28 -Zündung').onlyCodes).toBe(false);
  });

  it('excludes an excluded code from the text match without looking it up', () => {
    expect(parseQuery('Zündung -F.28')).toEqual({ text: 'Zündung -f28', codes: [], words: ['Zündung'], onlyCodes: false });
    expect(parseQuery('-"E 104"')).toMatchObject({ codes: [], onlyCodes: false });
  });

  it('collapses runs of dashes, which PostgreSQL would nest one NOT each for', () => {
    expect(parseQuery('-'.repeat(40)).text).toBe('-');
    expect(parseQuery(`${'- '.repeat(40)}Pumpe`).text).toBe('- Pumpe');
    expect(parseQuery('(-'.repeat(40)).text).toBe('(-');
    expect(parseQuery('Pumpe --Gas').text).toBe('Pumpe -Gas');
    expect(parseQuery('WPL-25').codes).toEqual(['WPL25']);
  });
});
