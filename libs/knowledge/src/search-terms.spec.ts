import { highlightRuns, searchTerms, snippetLocator, snippetOf, snippetText, wordMatcher } from './search-terms';

describe('searchTerms', () => {
  it('uses one reading when both languages parse the query alike, both otherwise', () => {
    expect(searchTerms(`'invert'`, `'invert'`, [])?.rank).toBe(`'invert'`);
    expect(searchTerms(`'abtau' & 'fuhl'`, `'abtauung' & 'fuhler'`, [])?.rank).toBe(`('abtau' & 'fuhl') | ('abtauung' & 'fuhler')`);
    expect(searchTerms(`'pump'`, '', [])?.rank).toBe(`'pump'`);
    expect(searchTerms('', '', [])).toBeNull();
  });

  it('turns phrases of adjacent words into pair lexemes for the index and keeps them for ranking', () => {
    const terms = searchTerms(`'verdicht' <-> 'startet'`, `'verdicht' <-> 'startet' <-> 'nicht'`, [])!;
    expect(terms.match).toBe(`(('verdicht startet')) | (('verdicht startet' & 'startet nicht'))`);
    expect(terms.rank).toBe(`('verdicht' <-> 'startet') | ('verdicht' <-> 'startet' <-> 'nicht')`);
    expect(terms.lexemes).toEqual(['verdicht', 'startet', 'nicht']);
  });

  it('leaves phrases with a gap (a stop word inside) to the positional check', () => {
    const terms = searchTerms(`'verdicht' <2> 'startet' & 'pump'`, '', [])!;
    expect(terms.match).toBe(terms.rank);
  });

  it('matches codes by prefix and does not highlight excluded words', () => {
    const terms = searchTerms(`'wpl25' & 'pump' & !'gas' & !( 'heat' <-> 'pump' )`, '', ['WPL25'])!;
    expect(terms.match).toBe(`'wpl25':* & 'pump' & !'gas' & !( ('heat pump') )`);
    expect(terms.lexemes).toEqual(['wpl25', 'pump']);
  });

  it('escapes quotes inside pair lexemes', () => {
    expect(searchTerms(`'o''neil' <-> 'pump'`, '', [])!.match).toBe(`('o''neil pump')`);
  });
});

describe('highlighting', () => {
  /** The matches of runs: the odd positions. */
  const marked = (runs: string[]) => runs.filter((_, i) => i % 2 === 1);

  it('marks inflected words of a lexeme, whatever the case and accents, and nothing else', () => {
    const runs = highlightRuns('Die Wärmepumpen und der FÜHLER; Pumpendruck prüfen', wordMatcher(['warmepump', 'fuhl']));
    expect(runs).toEqual(['Die ', 'Wärmepumpen', ' und der ', 'FÜHLER', '; Pumpendruck prüfen']);
    expect(marked(highlightRuns('Straße', wordMatcher(['strass'])))).toEqual(['Straße']);
    expect(highlightRuns('no match', null)).toEqual(['no match']);
    expect(highlightRuns('Replace the battery', wordMatcher(['batteri']))).toEqual(['Replace the ', 'battery', '']);
  });

  it('marks the query codes however they are written, in the same pass as the words', () => {
    const runs = highlightRuns('Fehler F.28 (F28, f-28, F 28) am Fühler, nicht F280 oder AF28', wordMatcher(['fuhl'], ['F28']));
    expect(marked(runs)).toEqual(['F.28', 'F28', 'f-28', 'F 28', 'Fühler']);
    expect(runs.join('')).toBe('Fehler F.28 (F28, f-28, F 28) am Fühler, nicht F280 oder AF28');
    expect(runs).toHaveLength(11);
    expect(marked(highlightRuns('Code WPL-25 A', wordMatcher([], ['WPL25A'])))).toEqual(['WPL-25 A']);
    expect(wordMatcher([], [])).toBeNull();
  });

  it('cuts the snippet around the first word starting with a lexeme, whatever its case and accents', () => {
    const head = `${'Vorspann '.repeat(30)}Die STRASSE am Fühler und mehr Text danach.`;
    const text = snippetOf(head, snippetLocator(['fuhl', 'strass']));
    expect(text.startsWith('… Vorspann')).toBe(true);
    expect(text.endsWith('Die STRASSE am Fühler und mehr Text danach.')).toBe(true);
    const late = `${'x '.repeat(200)}Replace the battery.`;
    expect(snippetOf(late, snippetLocator(['batteri']))).toMatch(/^… .*battery\.$/);
    expect(snippetOf(late, snippetLocator(['fehlt']))).not.toContain('battery');
    expect(snippetOf('Kurzer Text', null)).toBe('Kurzer Text');
    expect(snippetLocator([])).toBeNull();
  });

  it('cuts snippets to whole words with ellipses where the body goes on', () => {
    expect(snippetText('ter prüfen und dann neu star', 10, 100)).toBe('… prüfen und dann neu …');
    expect(snippetText('Beginn des Textes', 1, 17)).toBe('Beginn des Textes');
    expect(snippetText('Anfang  mit zwei Leerzeichen am Sch', 1, 100)).toBe('Anfang  mit zwei Leerzeichen am …');
    expect(snippetText('Einwortfenster', 1, 100)).toBe('Einwortfenster …');
  });
});
