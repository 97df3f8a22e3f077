import { type Token, type Tokens, type TokensList, lexer, walkTokens } from 'marked';
import { checkMarkdownStructure, isBlank, refuse } from './markdown-structure';

export { checkMarkdownStructure, MARKDOWN_LIMITS } from './markdown-structure';

const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);
// C0 controls other than tab and newlines, DEL, and the two private-use characters search uses as highlight markers.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uE000\uE001]/g;

/** How many times the body is lexed and repaired before it is refused as not safely sanitisable. */
const MAX_PASSES = 5;

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
