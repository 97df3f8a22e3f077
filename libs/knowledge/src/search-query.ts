/** A hotline query split into what full text search gets and the codes matched on their own. */
export interface ParsedQuery {
  /** The query for websearch_to_tsquery, codes written without separators ("F.28" → "f28"). */
  text: string;
  /** Normalised codes: upper case letters and digits only. */
  codes: string[];
  /** The plain words, for typo correction. */
  words: string[];
  /** Whether the query is nothing but codes (no words, no exclusions): then exact code matches join the candidates. */
  onlyCodes: boolean;
}

// A token with both a letter and a digit, e.g. "F.28", "E104", "WPL-25": an error or product code.
const CODE_TOKEN = /^(?=.*\p{L})(?=.*\p{N})[\p{L}\p{N}][\p{L}\p{N}.\-/]*$/u;
// "E 104", "HD 3", "f 28": an upper case prefix (or a single letter, typed in a hurry) and a number the technician
// separated by a space. Not longer lower case words: "ab 3 Jahren" is no code.
const SPACED_CODE = /\b([A-Z]{1,3}|[a-z]) (\d{1,4})\b/g;

export const normaliseCode = (code: string): string => code.replace(/[^\p{L}\p{N}]+/gu, '').toUpperCase();

// Dashes in a row ("- - -x", "(-(-"): websearch_to_tsquery nests a NOT for each, and 33 overflow its stack.
const DASH_RUN = /-(?:[\s()]*-)+/g;

export function parseQuery(raw: string): ParsedQuery {
  const codes = new Set<string>();
  const words: string[] = [];
  let onlyCodes = true;
  const text = raw
    .replace(/[\uE000\uE001]/g, '')
    .replace(DASH_RUN, '-')
    .replace(SPACED_CODE, '$1$2')
    .split(/\s+/)
    .filter(Boolean)
    .map((token) => {
      const core = token.replace(/^[-"]+|["]+$/g, '');
      if (CODE_TOKEN.test(core)) {
        const code = normaliseCode(core);
        // An excluded code ("-F.28") is excluded from the text match, not looked up.
        if (token.startsWith('-')) onlyCodes = false;
        else codes.add(code);
        return token.replace(core, code.toLowerCase());
      }
      onlyCodes = false;
      if (!token.startsWith('-') && core.toLowerCase() !== 'or' && /\p{L}{3,}/u.test(core))
        words.push(core.replace(/[^\p{L}\p{N}]+/gu, ''));
      return token;
    })
    .join(' ');
  return { text, codes: [...codes], words, onlyCodes: onlyCodes && codes.size > 0 };
}
