import { type Token, type Tokens, type TokensList, lexer, walkTokens } from 'marked';
// The error class itself, not the @portal/core barrel: that one loads NestJS, which unit tests cannot import.
import { BadInputError } from '../../core/src/errors/app-error';

const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);
// C0 controls other than tab and newlines, DEL, and the two private-use characters search uses as highlight markers.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uE000\uE001]/g;

/**
 * Limits on the structure of a body. marked (here) and micromark (react-markdown in the web app) recurse once per
 * nesting level, and take time that grows with the square of some structures: emphasis marks and brackets per
 * paragraph, markup characters packed into one word, long runs before an `@`, separate block quotes and lists. Unlimited,
 * a 100,000-character body blocked the server for 35 s and a reader's browser for minutes. Within these limits the
 * worst bodies found cost 45–65 ms to sanitise (one lex) and about a second in micromark, like any body of that size
 * full of short paragraphs; a realistic 100 KB article costs 20 ms and 0.3 s. Real articles stay far below every limit
 * (the demo articles peak at 16 emphasis marks per body, 17 list markers, 1 level of nesting).
 */
export const MARKDOWN_LIMITS = {
  /** Block quotes and lists nested on one line: markers plus one level per 4 columns of indentation before them. */
  nesting: 10,
  /** Block quote and list markers at line starts in the whole body: micromark slows down with each separate one. */
  containerMarkers: 2000,
  /** `*`, `_` and `~` in one paragraph, where both parsers pair every opening mark against the closing ones. */
  emphasisMarks: 300,
  /** `*`, `_` and `~` in the whole body, which bounds the pairing work over all paragraphs together. */
  emphasisMarksTotal: 3000,
  /** `[`, `]`, `!`, backticks and `<` in one paragraph. */
  linkMarks: 1000,
  /** Lines starting with `|` in one paragraph or table. */
  tableRows: 1000,
  /** `*`, `_`, `~`, `!` and backticks in one word (a run without white space); thematic breaks (`*****`) do not count. */
  wordMarks: 64,
  /** Characters directly before an `@` that could belong to an e-mail address (RFC 5321 allows 64). */
  emailLocalPart: 64,
} as const;

/** How many times the body is lexed and repaired before it is refused as not safely sanitisable. */
const MAX_PASSES = 5;

const refuse = (reason: string, message: string): BadInputError => BadInputError.field('body', reason, message);

/** A link target is safe when it has no scheme (relative, #anchor) or an http(s)/mailto one, after decoding entities. */
export function isSafeHref(href: string): boolean {
  const decoded = href
    .replace(/&#x([0-9a-f]+);?/gi, (_, h: string) => codePoint(parseInt(h, 16)))
    .replace(/&#(\d+);?/g, (_, d: string) => codePoint(Number(d)))
    .replace(/&colon;/gi, ':')
    .replace(/&(?:tab|newline);/gi, '')
    // eslint-disable-next-line no-control-regex -- browsers ignore control characters inside schemes
    .replace(/[\s\u0000-\u001F]+/g, '');
  // Whatever stands before a colon that comes before any / ? or # is a scheme to a browser, entities and all.
  const colon = decoded.indexOf(':');
  const path = decoded.search(/[/?#]/);
  if (colon < 0 || (path >= 0 && path < colon)) return true;
  return SAFE_SCHEMES.has(decoded.slice(0, colon).toLowerCase());
}

/** A numeric character reference as a browser decodes it: out-of-range values become U+FFFD instead of throwing. */
const codePoint = (n: number): string => (Number.isFinite(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : '\uFFFD');

const isBlank = (c: number) => c === 32 || c === 9;
const isDigit = (c: number) => c >= 48 && c <= 57;
/** The characters marked's e-mail detection scans: it rescans such a run from every position when an `@` follows. */
const EMAIL_LOCAL = new Uint8Array(128);
for (const ch of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.!#$%&'*+/=?^_`{|}~-") EMAIL_LOCAL[ch.charCodeAt(0)] = 1;

/**
 * The nesting of the block quote and list markers at the start of a line, from `from` to `end`: each marker is one
 * level and every 4 columns of indentation before a marker one more (2-column list indentation thus nests at most
 * twice as deep). A marker line that is a thematic break (`- - -`, `* * *`) is not a list.
 */
function lineNesting(source: string, from: number, end: number): { depth: number; markers: number; content: number } {
  let markers = 0;
  let indent = 0;
  let i = from;
  for (;;) {
    let columns = 0;
    while (i < end && isBlank(source.charCodeAt(i))) columns += source.charCodeAt(i++) === 9 ? 4 : 1;
    // The space that ends a marker is part of it; further ones indent what follows.
    indent += markers ? Math.max(0, columns - 1) : columns;
    if (i >= end) break;
    const c = source.charCodeAt(i);
    let next = i + 1;
    if (c !== 62 /* > */) {
      if (c === 45 /* - */ || c === 42 /* * */ || c === 43 /* + */) {
        if (c !== 43 && isThematicBreak(source, i, end, c)) break;
      } else if (isDigit(c)) {
        while (next < end && next - i < 10 && isDigit(source.charCodeAt(next))) next++;
        const d = source.charCodeAt(next);
        if (d !== 46 /* . */ && d !== 41 /* ) */) break;
        next++;
      } else break;
      if (next < end && !isBlank(source.charCodeAt(next))) break;
    }
    markers++;
    i = next;
    if (markers + Math.floor(indent / 4) > MARKDOWN_LIMITS.nesting) break;
  }
  return { depth: markers + Math.floor(indent / 4), markers, content: i };
}

/** Whether the rest of the line is `c` at least three times and blanks only. */
function isThematicBreak(source: string, from: number, end: number, c: number): boolean {
  let count = 0;
  for (let i = from; i < end; i++) {
    const d = source.charCodeAt(i);
    if (d === c) count++;
    else if (!isBlank(d)) return false;
  }
  return count >= 3;
}

/**
 * Refuses bodies whose structure would make the Markdown parsers slow or overflow their stack, in one linear pass:
 * nesting per line, container markers in the body, markup characters per paragraph (text between blank lines,
 * which no inline parsing crosses) and per word, and the run of e-mail characters before an `@`.
 */
export function checkMarkdownStructure(source: string): void {
  const max = MARKDOWN_LIMITS;
  let containers = 0;
  let paragraphLine = 0;
  let emphasis = 0;
  let emphasisTotal = 0;
  let links = 0;
  let tableRows = 0;
  let line = 0;
  for (let start = 0; start <= source.length;) {
    let end = source.indexOf('\n', start);
    if (end < 0) end = source.length;
    line++;
    let first = start;
    while (first < end && isBlank(source.charCodeAt(first))) first++;
    if (first === end) {
      emphasis = links = tableRows = 0;
      paragraphLine = 0;
      start = end + 1;
      continue;
    }
    if (!paragraphLine) paragraphLine = line;
    const nesting = lineNesting(source, start, end);
    if (nesting.depth > max.nesting)
      throw refuse('MARKDOWN_TOO_DEEP', `Line ${line} of the body nests block quotes or lists more than ${max.nesting} levels deep.`);
    containers += nesting.markers;
    if (containers > max.containerMarkers)
      throw refuse(
        'MARKDOWN_TOO_COMPLEX',
        `The body has more than ${max.containerMarkers} block quote and list markers; split it into several articles.`,
      );
    if (source.charCodeAt(nesting.content) === 124 /* | */ && ++tableRows > max.tableRows)
      throw refuse(
        'MARKDOWN_TOO_COMPLEX',
        `The table or paragraph starting on line ${paragraphLine} of the body has more than ${max.tableRows} lines starting with |.`,
      );
    // A thematic break (`***`, `___`, `- - -`) is never parsed for inline markup.
    const c = source.charCodeAt(first);
    if ((c === 42 || c === 95 || c === 45) && isThematicBreak(source, first, end, c)) {
      start = end + 1;
      continue;
    }
    let wordMarks = 0;
    let emailRun = 0;
    for (let i = first; i < end; i++) {
      const ch = source[i];
      if (ch === ' ' || ch === '\t') {
        wordMarks = emailRun = 0;
        continue;
      }
      if (ch === '*' || ch === '~' || ch === '_' || ch === '!' || ch === '`') {
        if (++wordMarks > max.wordMarks)
          throw refuse(
            'MARKDOWN_TOO_COMPLEX',
            `A word on line ${line} of the body has more than ${max.wordMarks} of the characters * _ ~ ! and \`; separate them with spaces.`,
          );
        if (ch === '!' || ch === '`') links++;
        else if (++emphasisTotal > max.emphasisMarksTotal)
          throw refuse(
            'TOO_MANY_EMPHASIS_MARKS',
            `The body has more than ${max.emphasisMarksTotal} emphasis marks (* _ ~); put code and such text in code blocks or split the article.`,
          );
        else emphasis++;
      } else if (ch === '[' || ch === ']' || ch === '<') links++;
      if (emphasis > max.emphasisMarks)
        throw refuse(
          'TOO_MANY_EMPHASIS_MARKS',
          `The paragraph starting on line ${paragraphLine} of the body has more than ${max.emphasisMarks} emphasis marks (* _ ~); split it up or put such text in a code block.`,
        );
      if (links > max.linkMarks)
        throw refuse(
          'MARKDOWN_TOO_COMPLEX',
          `The paragraph starting on line ${paragraphLine} of the body has more than ${max.linkMarks} of the characters [ ] ! \` and <; split it up.`,
        );
      if (ch === '@' && emailRun > max.emailLocalPart)
        throw refuse(
          'MARKDOWN_TOO_COMPLEX',
          `An e-mail address on line ${line} of the body has more than ${max.emailLocalPart} characters before its @.`,
        );
      const code = source.charCodeAt(i);
      emailRun = code < 128 && EMAIL_LOCAL[code] ? emailRun + 1 : 0;
    }
    start = end + 1;
  }
}

/** Lexes a body that passed the structure checks; a stack overflow still left is refused, not a server error. */
function lex(source: string): TokensList {
  try {
    return lexer(source);
  } catch (error) {
    if (error instanceof RangeError)
      throw refuse('MARKDOWN_TOO_DEEP', 'The body is nested too deeply to be read; simplify its block quotes and lists.');
    throw error;
  }
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

interface Findings {
  /** Raw HTML, an unsafe link or image, or an unsafe reference definition is left. */
  unsafe: boolean;
  /** What of it could be located in the source, in document order. */
  edits: Edit[];
  html: boolean;
  links: boolean;
}

const isUnsafeLink = (t: Token): t is Tokens.Link | Tokens.Image =>
  (t.type === 'link' || t.type === 'image') && !isSafeHref((t as Tokens.Link).href);

/**
 * What is left to remove: raw HTML, unsafe links, images and reference definitions, each located by its source text.
 * Tokens are searched in document order from the end of the previous one. Inside block quotes and lists a token's
 * later lines lose their container prefix, so its first line is searched and the others compared after the prefix.
 * Searches that fail scan to the end; once they have scanned the body a few times, locating stops and what is left
 * goes to the fallback.
 */
function findUnsafe(source: string, tokens: TokensList): Findings {
  const found: Findings = {
    unsafe: false,
    edits: [],
    html: false,
    links: false,
  };
  let cursor = 0;
  let budget = 4 * source.length + 1000;
  const locate = (raw: string): Edit | undefined => {
    const newline = raw.indexOf('\n');
    const head = newline < 0 ? raw : raw.slice(0, newline);
    if (!head.trim() || budget <= 0) return undefined;
    const start = source.indexOf(head, cursor);
    if (start < 0) {
      budget -= source.length - cursor;
      return undefined;
    }
    let end = start + head.length;
    for (let from = newline; from >= 0 && end >= 0;) {
      const next = raw.indexOf('\n', from + 1);
      const line = raw.slice(from + 1, next < 0 ? raw.length : next).replace(/^[ \t]+/, '');
      if (source.charCodeAt(end) !== 10) end = -1;
      else {
        let at = end + 1;
        while (at < source.length && /[ \t>]/.test(source[at])) at++;
        end = source.startsWith(line, at) ? at + line.length : -1;
      }
      from = next;
    }
    if (end < 0) {
      budget -= start - cursor + head.length;
      return undefined;
    }
    return { start, end, text: '' };
  };
  const visit = (list: Token[]): void => {
    for (const token of list) {
      const unsafeLink = isUnsafeLink(token);
      const unsafe = token.type === 'html' || unsafeLink || (token.type === 'def' && !isSafeHref((token as Tokens.Def).href));
      const children = childTokens(token);
      if (!unsafe && (children.length || token.type === 'space')) {
        // Container or safe link: what it holds is checked on its own. A link's text follows its opening bracket.
        if (token.type === 'link' || token.type === 'image') cursor = locate(token.raw)?.start ?? cursor;
        visit(children);
        continue;
      }
      const at = locate(token.raw);
      if (at) cursor = at.end;
      if (!unsafe) continue;
      found.unsafe = true;
      if (token.type === 'html') found.html = true;
      else found.links = true;
      if (at)
        found.edits.push({
          ...at,
          text: unsafeLink ? linkReplacement(token) : '',
        });
    }
  };
  visit(tokens);
  // Definitions are collected wherever they stand; one that could not be visited still counts.
  for (const def of Object.values(tokens.links)) {
    if (def.href && !isSafeHref(def.href)) found.unsafe = found.links = true;
  }
  return found;
}

/** An unsafe link keeps its text, an unsafe image goes. */
function linkReplacement(token: Tokens.Link | Tokens.Image): string {
  if (token.type === 'image') return '';
  // An autolink (<scheme:…>, or a bare ftp://… URL) has no label: its text is the target, shown with the colon escaped.
  return token.raw === token.text || token.raw === `<${token.text}>` ? token.text.replace(':', '\\:') : token.text;
}

function childTokens(token: Token): Token[] {
  if (token.type === 'table') {
    const table = token as Tokens.Table;
    return [...table.header, ...table.rows.flat()].flatMap((cell) => cell.tokens);
  }
  if (token.type === 'list') return (token as Tokens.List).items;
  return 'tokens' in token && Array.isArray(token.tokens) ? token.tokens : [];
}

/**
 * For what could not be located. First gently: tag openers become entities, and link destinations and reference
 * definitions with an unsafe target lose the punctuation that makes them one. Then, if that was not enough, every
 * `<`, every `](` and `]:` and every ftp autolink. Markdown shows all of it as text.
 */
function neutralise(source: string, findings: Findings, thorough: boolean): string {
  let out = source;
  if (findings.html || findings.links) out = out.replace(thorough ? /</g : /<(?=[A-Za-z/!?])/g, '&lt;');
  if (findings.links) {
    out = thorough
      ? out.replace(/\](?=[(:])/g, ']\\')
      : out.replace(/\]([(:])(\s*(?:>\s*)*<?)([^\s)>]*)/g, (all, opener: string, gap: string, target: string) =>
          isSafeHref(target) ? all : `]\\${opener}${gap}${target}`,
        );
    out = out.replace(/\b(ftp):\/\//gi, '$1\\://');
  }
  return out;
}

/** Drops leading blank lines (never the first line's indentation, which decides what it is) and trailing white space. */
function trimBody(text: string): string {
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) start = i + 1;
    else if (!isBlank(c)) return text.slice(start).trimEnd();
  }
  return '';
}

function applyEdits(source: string, edits: Edit[]): string {
  let out = '';
  let at = 0;
  for (const e of edits) {
    if (e.start < at) continue;
    out += source.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + source.slice(at);
}

/** The tokens of the body sanitizeMarkdown returned last, so that markdownToText does not lex it again. */
let lastSafe: { source: string; tokens: TokensList } | undefined;

/**
 * Article bodies are Markdown without raw HTML and with only http(s)/mailto or relative link targets: raw HTML is
 * removed and unsafe links keep their label only, unsafe images and reference definitions go. The result is lexed
 * again until nothing unsafe is left, so stored bodies are inert for every client, not just ours; a body that cannot
 * be made safe, or whose structure is too deep or too complex to parse quickly, is refused as bad input.
 */
export function sanitizeMarkdown(input: string): string {
  const normalised = input.replace(/\r\n?/g, '\n').replace(CONTROL_CHARS, '');
  // Checked before trimming so that line numbers in a refusal are the author's; trimming only removes blank lines.
  checkMarkdownStructure(normalised);
  let source = trimBody(normalised);
  for (let pass = 0; ; pass++) {
    if (pass) checkMarkdownStructure(source);
    const tokens = lex(source);
    const findings = findUnsafe(source, tokens);
    if (!findings.unsafe) {
      lastSafe = { source, tokens };
      return source;
    }
    let next = findings.edits.length && pass < MAX_PASSES - 2 ? trimBody(applyEdits(source, findings.edits)) : source;
    if (next === source) next = trimBody(neutralise(source, findings, false));
    if (next === source || pass === MAX_PASSES - 1) next = trimBody(neutralise(source, findings, true));
    if (next === source || pass >= MAX_PASSES)
      throw refuse('UNSAFE_MARKUP', 'The body contains HTML or links that cannot be removed safely; remove them and save again.');
    source = next;
  }
}

/** The readable text of a Markdown body: what search indexes and snippets quote. */
export function markdownToText(source: string): string {
  let tokens: TokensList;
  if (lastSafe?.source === source) tokens = lastSafe.tokens;
  else {
    checkMarkdownStructure(source);
    tokens = lex(source);
  }
  const parts: string[] = [];
  void walkTokens(tokens, (t) => {
    if (t.type === 'text' && !('tokens' in t && t.tokens?.length)) parts.push((t as Tokens.Text).text);
    else if (t.type === 'codespan' || t.type === 'code') parts.push((t as Tokens.Codespan).text);
    else if (t.type === 'space' || t.type === 'paragraph' || t.type === 'heading' || t.type === 'list_item') parts.push('\n');
  });
  return parts
    .join(' ')
    .replace(/[ \t]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim();
}
