// The error class itself, not the @portal/core barrel: that one loads NestJS, which unit tests cannot import.
import { BadInputError } from '../../core/src/errors/app-error';

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

/** A refusal of the body, as a typed bad-input error on the field `body`. */
export const refuse = (reason: string, message: string): BadInputError => BadInputError.field('body', reason, message);

export const isBlank = (c: number) => c === 32 || c === 9;
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
