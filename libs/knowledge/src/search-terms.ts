/** The query as PostgreSQL parses it, in the forms the search statement and the highlighting need. */
export interface SearchTerms {
  /** For the index: phrases of adjacent words as pair lexemes (see knowledge_phrase_pairs), codes as prefixes. */
  match: string;
  /** For ranking: the query exactly as parsed (phrases with positions). */
  rank: string;
  /** Lexemes to highlight: every word of the query that is not excluded. */
  lexemes: string[];
}

/** Both languages' reading of the query; the hotline types German or English and searches articles in either. */
export const TSQUERY_SQL = `SELECT websearch_to_tsquery('portal_de', $1)::text AS de, websearch_to_tsquery('portal_en', $1)::text AS en`;

const OPERAND = `'(?:[^']|'')+'`;
const PHRASE_CHAIN = new RegExp(`${OPERAND}(?:\\s*<->\\s*${OPERAND})+`, 'g');
const EXCLUDED = new RegExp(`!\\s*(?:${OPERAND}|\\([^()]*\\))`, 'g');
const unquote = (operand: string) => operand.slice(1, -1).replace(/''/g, "'");
const quote = (lexeme: string) => `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

/**
 * Builds the forms of a query from PostgreSQL's German and English readings (tsquery text). Null when neither
 * holds a word (only stop words). Phrases become pairs only when all their words are adjacent ("<->"); a phrase
 * with a stop word inside ("<2>") keeps its positional form and is checked against the stored positions.
 */
export function searchTerms(de: string, en: string, codes: string[]): SearchTerms | null {
  const rank = de && en && de !== en ? `(${de}) | (${en})` : de || en;
  if (!rank) return null;
  let match = /<\d+>/.test(rank)
    ? rank
    : rank.replace(PHRASE_CHAIN, (chain) => {
        const words = chain.match(new RegExp(OPERAND, 'g'))!.map(unquote);
        return `(${words
          .slice(1)
          .map((w, i) => quote(`${words[i]} ${w}`))
          .join(' & ')})`;
      });
  for (const code of codes) match = match.split(quote(code.toLowerCase())).join(`${quote(code.toLowerCase())}:*`);
  const lexemes = [...new Set((rank.replace(EXCLUDED, ' ').match(new RegExp(OPERAND, 'g')) ?? []).map(unquote))];
  return { match, rank, lexemes };
}

const FOLDED: Record<string, string> = {
  a: '[aäàáâ]',
  e: '[eéèêë]',
  i: '[iíìîï]',
  o: '[oöòóô]',
  u: '[uüùúû]',
  c: '[cç]',
  n: '[nñ]',
};

const escapeRegExp = (text: string) => text.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&');

/** A lexeme as a regular expression source matching its accented and ß spellings. */
function lexemeSource(lexeme: string): string {
  return lexeme
    .split('ss')
    .map((part) => [...part].map((ch) => FOLDED[ch] ?? escapeRegExp(ch)).join(''))
    .join('(?:ss|ß)');
}

/** Lexemes as regular expression sources; a final "i" also matches "y", as the stemmer wrote "batteri" for "battery". */
function stemSources(lexemes: string[]): string[] {
  return lexemes.map((l) => (l.endsWith('i') ? `${lexemeSource(l.slice(0, -1))}[iy]` : lexemeSource(l)));
}

/** A normalised code ("F28") as written in a text: "F28", "F.28", "F 28", "F-28", "F/28". */
const codeSource = (code: string) => [...code].map(escapeRegExp).join('[\\s.\\-/]?');

/**
 * Words to mark: a lexeme plus up to four letters of inflection, as the stemmer would have reduced them
 * ("Wärmepumpen" for warmepump, "battery" for batteri), but not the longer compounds the index did not match; and
 * the query's codes however they are written ("F.28" for F28), which full text search reads as other words. One
 * pattern, so a page's titles and snippets are scanned once.
 */
export function wordMatcher(lexemes: string[], codes: string[] = []): RegExp | null {
  const words = lexemes.length ? [`(?:${stemSources(lexemes).join('|')})[\\p{L}\\p{N}]{0,4}`] : [];
  const alternatives = [...codes.map(codeSource), ...words];
  if (!alternatives.length) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

/** The first word that starts with one of the lexemes, whatever its case and accents: the snippet is cut around it. */
export function snippetLocator(lexemes: string[]): RegExp | null {
  return lexemes.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${stemSources(lexemes).join('|')})`, 'iu') : null;
}

/** Characters of the body before the first matching word, and of the window in all. */
const SNIPPET_BEFORE = 80;
const SNIPPET_CHARS = 320;

/**
 * A window of the body's opening around the first matching word, cut to whole words. Found here rather than in
 * PostgreSQL, whose regular expressions took 12–35 µs a hit (a third of a two-word search's database time).
 */
export function snippetOf(head: string, locator: RegExp | null): string {
  const at = locator ? head.search(locator) : -1;
  const start = Math.max(0, at - SNIPPET_BEFORE);
  return snippetText(head.slice(start, start + SNIPPET_CHARS), start + 1, head.length);
}

/**
 * Splits text into runs that alternate plain text and matched words, starting and ending with plain text (possibly
 * empty), so the matches are at the odd positions: a list of strings is a fraction of the work of one object per part
 * for GraphQL to execute and serialise.
 */
export function highlightRuns(text: string, matcher: RegExp | null): string[] {
  const runs: string[] = [];
  let last = 0;
  if (matcher)
    for (const m of text.matchAll(matcher)) {
      runs.push(text.slice(last, m.index), m[0]);
      last = m.index + m[0].length;
    }
  runs.push(text.slice(last));
  return runs;
}

/** Cuts a body window to whole words, with ellipses where the body goes on. */
export function snippetText(window: string, start: number, bodyLength: number): string {
  let text = window;
  if (start > 1) text = `… ${text.replace(/^\S*\s+/, '')}`;
  if (start - 1 + window.length < bodyLength) text = `${withoutLastWord(text)} …`;
  return text.trim();
}

/** The text without its last (cut) word; a backwards scan, as /\s+\S*$/ retries at every space of the window. */
function withoutLastWord(text: string): string {
  let end = text.length;
  while (end > 0 && !/\s/.test(text[end - 1])) end--;
  if (end === 0) return text;
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  return text.slice(0, end);
}
