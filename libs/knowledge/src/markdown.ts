import { type Token, type Tokens, lexer, walkTokens } from 'marked';

const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);
// C0 controls other than tab and newlines, DEL, and the two private-use characters search uses as highlight markers.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uE000\uE001]/g;

/** A link target is safe when it has no scheme (relative, #anchor) or an http(s)/mailto one, after decoding entities. */
export function isSafeHref(href: string): boolean {
  const decoded = href
    .replace(/&#x([0-9a-f]+);?/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);?/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&colon;/gi, ':')
    // eslint-disable-next-line no-control-regex -- browsers ignore control characters inside schemes
    .replace(/[\s\u0000-\u001F]+/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(decoded);
  return !scheme || SAFE_SCHEMES.has(scheme[1].toLowerCase());
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Finds the edits that remove raw HTML and unsafe links, locating each token's source text in document order. */
function unsafeEdits(source: string): Edit[] {
  const edits: Edit[] = [];
  let cursor = 0;
  const visit = (tokens: Token[]): void => {
    for (const token of tokens) {
      const isLink = token.type === 'link' || token.type === 'image';
      const children = childTokens(token);
      if (children.length && !isLink) {
        visit(children);
        continue;
      }
      const at = source.indexOf(token.raw, cursor);
      if (at < 0) continue;
      cursor = at + token.raw.length;
      if (token.type === 'html') edits.push({ start: at, end: cursor, text: '' });
      else if (isLink && !isSafeHref((token as Tokens.Link).href)) {
        edits.push({ start: at, end: cursor, text: token.type === 'image' ? '' : (token as Tokens.Link).text });
      }
    }
  };
  visit(lexer(source));
  return edits;
}

function childTokens(token: Token): Token[] {
  if (token.type === 'table') {
    const table = token as Tokens.Table;
    return [...table.header, ...table.rows.flat()].flatMap((cell) => cell.tokens);
  }
  if (token.type === 'list') return (token as Tokens.List).items;
  return 'tokens' in token && Array.isArray(token.tokens) ? token.tokens : [];
}

function hasUnsafe(source: string): boolean {
  let unsafe = false;
  void walkTokens(lexer(source), (t) => {
    if (t.type === 'html' || ((t.type === 'link' || t.type === 'image') && !isSafeHref((t as Tokens.Link).href))) unsafe = true;
  });
  return unsafe;
}

/**
 * Article bodies are Markdown without raw HTML and with only http(s)/mailto links: raw HTML is removed and
 * unsafe links keep their label only. Stored bodies are therefore inert for every client, not just ours.
 */
export function sanitizeMarkdown(input: string): string {
  let source = input.replace(/\r\n?/g, '\n').replace(CONTROL_CHARS, '');
  for (let pass = 0; pass < 3; pass++) {
    const edits = unsafeEdits(source);
    if (!edits.length) break;
    for (const e of edits.reverse()) source = source.slice(0, e.start) + e.text + source.slice(e.end);
  }
  // A construct the walk could not locate: fall back to escaping every tag opener, which Markdown renders as text.
  if (hasUnsafe(source)) source = source.replace(/</g, '&lt;').replace(/\]\(\s*(?!https?:|mailto:|\/|#)[^)]*\)/gi, ']()');
  return source.trim();
}

/** The readable text of a Markdown body: what search indexes and snippets quote. */
export function markdownToText(source: string): string {
  const parts: string[] = [];
  void walkTokens(lexer(source), (t) => {
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
