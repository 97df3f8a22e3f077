import { lexer, type Token, type Tokens, walkTokens } from 'marked';
import { BadInputError } from '../../core/src/errors/app-error';
import { DEMO_ARTICLES } from '../../db/src/seed/demo-knowledge-articles';
import { MARKDOWN_LIMITS, checkMarkdownStructure, isSafeHref, markdownToText, sanitizeMarkdown } from './markdown';

// marked ships as an ES module only, which Jest's module sandbox cannot load on Node 20. Its package also holds the same
// build as a UMD bundle: that one is loaded here instead, with `lexer` wrapped so that tests can count and fail lexing.
jest.mock('marked', () => {
  const { readFileSync } = jest.requireActual<typeof import('node:fs')>('node:fs');
  const path = jest.requireActual<typeof import('node:path')>('node:path');
  const { runInThisContext } = jest.requireActual<typeof import('node:vm')>('node:vm');
  const file = path.join(path.dirname(require.resolve('marked/package.json')), 'lib', 'marked.umd.js');
  const load = runInThisContext(`(function (module, exports) {\n${readFileSync(file, 'utf8')}\n})`, { filename: file }) as (
    module: { exports: unknown },
    exports: unknown,
  ) => void;
  const module = { exports: {} as typeof import('marked') };
  load(module, module.exports);
  const real = module.exports;
  return { ...real, lexer: jest.fn((source: string) => real.lexer(source)) };
});

const lexerMock = lexer as jest.MockedFunction<typeof lexer>;

/** Every way a body can still be active when lexed again: raw HTML, unsafe links and images, unsafe definitions. */
function leftovers(body: string): string[] {
  const tokens = lexerMock.getMockImplementation()!(body);
  const found: string[] = [];
  void walkTokens(tokens, (t: Token) => {
    if (t.type === 'html') found.push(`html ${t.raw}`);
    if ((t.type === 'link' || t.type === 'image') && !isSafeHref((t as Tokens.Link).href)) found.push(`${t.type} ${t.raw}`);
    if (t.type === 'def' && !isSafeHref((t as Tokens.Def).href)) found.push(`def ${t.raw}`);
  });
  for (const [label, def] of Object.entries(tokens.links)) if (!isSafeHref(def.href)) found.push(`definition ${label}`);
  return found;
}

const typesOf = (body: string): string[] => {
  const types: string[] = [];
  void walkTokens(lexerMock.getMockImplementation()!(body), (t: Token) => void types.push(t.type));
  return types;
};

/** The typed error a body is refused with. */
function refusal(body: string): BadInputError {
  try {
    sanitizeMarkdown(body);
  } catch (error) {
    if (error instanceof BadInputError) return error;
    throw error;
  }
  throw new Error('the body was accepted');
}

const expectRefused = (body: string, reason: string) => {
  const error = refusal(body);
  expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason, fields: [{ field: 'body', reason }] });
  expect(error.message).toMatch(/^[A-Z].*\.$/);
  return error;
};

beforeEach(() => lexerMock.mockClear());

describe('sanitizeMarkdown', () => {
  it('removes script tags, event handlers and other raw HTML, keeping the text around them', () => {
    const body = sanitizeMarkdown(
      [
        '<script>alert(1)</script>',
        'Text <img src=x onerror="alert(2)"> mit <b onclick="alert(3)">fett</b>',
        '<div class="x">\n\nBlock\n\n</div>',
        'Kommentar <!-- versteckt --> und <?php echo 1; ?>',
      ].join('\n\n'),
    );
    expect(body).not.toMatch(/<|onerror|onclick|script|php/i);
    expect(body).toContain('Text  mit fett');
    expect(body).toContain('Block');
    expect(leftovers(body)).toEqual([]);
  });

  it('keeps the label of javascript: and data: links, entity-encoded or not, and drops such images', () => {
    const body = sanitizeMarkdown(
      [
        '[klick](javascript:alert(4)) [data](data:text/html;base64,PHNjcmlwdD4=)',
        '[dez](&#106;avascript:alert(1)) [hex](&#x6A;avascript:alert(1)) [colon](javascript&colon;alert(1))',
        '[tab](java&Tab;script:alert(1)) [case](JaVaScRiPt:alert(1)) [vb](vbscript:msgbox(1)) [ws]( javascript:alert(1))',
        '![bild](javascript:alert(5)) <javascript:alert(6)>',
      ].join('\n\n'),
    );
    expect(body).not.toMatch(/\]\(|javascript:|data:|vbscript:|&#|&colon;/i);
    for (const label of ['klick', 'data', 'dez', 'hex', 'colon', 'tab', 'case', 'vb', 'ws']) expect(body).toContain(label);
    expect(body).not.toContain('bild');
    expect(leftovers(body)).toEqual([]);
  });

  it('keeps safe links, images and reference definitions', () => {
    const body = [
      '[ok](https://example.com) [mail](mailto:service@thermotec.example) [rel](/wissen/123) [anker](#pruefung) [plain](http://x.example)',
      '![Schema](https://example.com/schema.png "Schema") <https://example.com/auto> www.thermotec.example',
      '[Handbuch][hb]',
      '[hb]: https://example.com/handbuch.pdf',
    ].join('\n\n');
    expect(sanitizeMarkdown(body)).toBe(body);
  });

  it('leaves code blocks and code spans alone, HTML in them included', () => {
    const body = [
      '`p < 2 bar` bleibt Code, ebenso `<script>`',
      '```html\n<script>alert(1)</script>\n<img src=x onerror=alert(2)>\n```',
      '    <b>eingerückter Code</b>',
    ].join('\n\n');
    expect(sanitizeMarkdown(body)).toBe(body);
    expect(markdownToText(sanitizeMarkdown(body))).toContain('<script>alert(1)</script>');
  });

  describe('indentation (defect 1)', () => {
    it.each([
      ['four spaces', '    <script>alert(1)</script>'],
      ['a tab', '\t<script>alert(1)</script>'],
      ['an image with a handler', '    <img src=x onerror=alert(document.cookie)>'],
    ])('keeps a leading indented code block with %s as code', (_, input) => {
      const body = sanitizeMarkdown(input);
      expect(body).toBe(input);
      expect(typesOf(body)).toEqual(['code']);
      expect(leftovers(body)).toEqual([]);
    });

    it('drops leading blank lines and trailing white space only', () => {
      expect(sanitizeMarkdown('\n  \n\t\n    <b>x</b>\n\n  \t')).toBe('    <b>x</b>');
      expect(sanitizeMarkdown('  Absatz mit zwei Leerzeichen  ')).toBe('  Absatz mit zwei Leerzeichen');
      expect(sanitizeMarkdown(' \n\r\n \r\n')).toBe('');
    });

    it('does not turn code into HTML when removing something before it', () => {
      const body = sanitizeMarkdown('<b></b>\n\n    <script>alert(1)</script>');
      expect(leftovers(body)).toEqual([]);
      expect(body).toBe('    <script>alert(1)</script>');
    });
  });

  describe('reference links (defect 2)', () => {
    it.each([
      ['[[[[ref]]]][ref]\n\n[ref]: javascript:alert(1)'],
      ['[[[[[ref]]]]]\n\n[ref]: javascript:alert(1)'],
      ['[x][ref]\n\n[ref]: <javascript:alert(1)> "title"'],
      ['[ref]\n\n> [ref]: javascript:alert(1)'],
      ['- [ref]\n\n- [ref]: &#106;avascript:alert(1)'],
      ['[unused]: data:text/html,<script>alert(1)</script>'],
      ['[[[x](javascript:a)](javascript:b)](javascript:c)'],
      ['> [a\n> b](javascript:alert(1))\n\n[fine](https://example.com)'],
    ])('stores %j without any unsafe target or definition', (input) => {
      const body = sanitizeMarkdown(input);
      expect(leftovers(body)).toEqual([]);
      expect(body).not.toMatch(/javascript|data:|&#106;/i);
    });

    it('keeps the safe link next to an unsafe one', () => {
      const body = sanitizeMarkdown('> [a\n> b](javascript:alert(1))\n\n[fine](https://example.com)');
      expect(body).toContain('[fine](https://example.com)');
    });
  });

  describe('deep nesting (defect 3)', () => {
    it.each([
      ['3000 ">"', '>'.repeat(3000)],
      ['50,000 "> "', '> '.repeat(50000)],
      ['2000 "- " and text', '- '.repeat(2000) + 'x'],
      ['mixed markers', '> 1. - * + '.repeat(5) + 'x'],
      ['indentation', Array.from({ length: 60 }, (_, k) => `${' '.repeat(2 * k)}- x`).join('\n')],
    ])('refuses %s with a typed error naming the limit', (_, input) => {
      const error = expectRefused(input, 'MARKDOWN_TOO_DEEP');
      expect(error.message).toContain(`more than ${MARKDOWN_LIMITS.nesting} levels`);
      expect(lexerMock).not.toHaveBeenCalled();
    });

    it('accepts 10 levels, refuses 11 and does not count thematic breaks', () => {
      expect(leftovers(sanitizeMarkdown('> '.repeat(10) + 'x'))).toEqual([]);
      expect(sanitizeMarkdown('- '.repeat(5) + '> '.repeat(5) + 'x')).toBe('- - - - - > > > > > x');
      expectRefused('> '.repeat(11) + 'x', 'MARKDOWN_TOO_DEEP');
      expect(sanitizeMarkdown('- - - - - - - - - - - - - -\n\n* * * * * * * * * * * * *')).toContain('* * *');
      // Lists indented by four columns per level are counted exactly.
      const list = (levels: number) => Array.from({ length: levels }, (_, k) => `${'    '.repeat(k)}- Ebene ${k + 1}`).join('\n');
      expect(sanitizeMarkdown(list(10))).toBe(list(10));
      expectRefused(list(11), 'MARKDOWN_TOO_DEEP');
    });

    it('turns a stack overflow in the lexer into the same typed error', () => {
      lexerMock.mockImplementationOnce(() => {
        throw new RangeError('Maximum call stack size exceeded');
      });
      expectRefused('> x', 'MARKDOWN_TOO_DEEP');
      lexerMock.mockImplementationOnce(() => {
        throw new TypeError('a bug');
      });
      expect(() => sanitizeMarkdown('> x')).toThrow(TypeError);
    });

    it('refuses more block quote and list markers than micromark handles quickly', () => {
      expect(sanitizeMarkdown('- x\n'.repeat(MARKDOWN_LIMITS.containerMarkers))).toContain('- x');
      expectRefused('> x\n\n'.repeat(MARKDOWN_LIMITS.containerMarkers + 1), 'MARKDOWN_TOO_COMPLEX');
    });
  });

  describe('quadratic parsing (defect 4)', () => {
    it.each([
      ['"_a" × 50,000', '_a'.repeat(50000), 'MARKDOWN_TOO_COMPLEX'],
      ['"*a" × 50,000', '*a'.repeat(50000), 'MARKDOWN_TOO_COMPLEX'],
      ['"_a " × 33,000', '_a '.repeat(33000), 'TOO_MANY_EMPHASIS_MARKS'],
      ['"*a* " × 25,000', '*a* '.repeat(25000), 'TOO_MANY_EMPHASIS_MARKS'],
      ['"!" × 100,000', '!'.repeat(100000), 'MARKDOWN_TOO_COMPLEX'],
      ['"a] " × 33,000', 'a] '.repeat(33000), 'MARKDOWN_TOO_COMPLEX'],
      ['40,000 letters before an @', 'a'.repeat(40000) + '@', 'MARKDOWN_TOO_COMPLEX'],
      ['"|a" lines', '|a\n'.repeat(33000), 'MARKDOWN_TOO_COMPLEX'],
    ])('refuses %s before lexing it', (_, input, reason) => {
      expectRefused(input, reason);
      expect(lexerMock).not.toHaveBeenCalled();
    });

    it('counts emphasis marks per paragraph and per body', () => {
      const paragraph = (marks: number) => '*a* '.repeat(marks / 2).trim();
      expect(sanitizeMarkdown(paragraph(MARKDOWN_LIMITS.emphasisMarks))).toBe(paragraph(MARKDOWN_LIMITS.emphasisMarks));
      const error = expectRefused(`Einleitung\n\n${paragraph(MARKDOWN_LIMITS.emphasisMarks + 2)}`, 'TOO_MANY_EMPHASIS_MARKS');
      expect(error.message).toBe(
        'The paragraph starting on line 3 of the body has more than 300 emphasis marks (* _ ~); split it up or put such text in a code block.',
      );
      const paragraphs = Array<string>(MARKDOWN_LIMITS.emphasisMarksTotal / 100).fill(paragraph(100));
      expect(() => sanitizeMarkdown(paragraphs.join('\n\n'))).not.toThrow();
      expectRefused([...paragraphs, '**x**'].join('\n\n'), 'TOO_MANY_EMPHASIS_MARKS');
    });

    // Measured 45–65 ms each on a busy 2-core machine (tests do not assert on time; the lex count stands for it).
    it('accepts the worst bodies within the limits with one lex each', () => {
      const fill = (block: string, joiner = '\n\n') =>
        Array<string>(Math.floor(100000 / (block.length + joiner.length)))
          .fill(block)
          .join(joiner);
      const nested = Array.from({ length: 20 }, (_, k) => `${' '.repeat(2 * k)}- x`).join('\n');
      const worst = [
        fill(`${nested}\n${`${' '.repeat(40)}text line\n`.repeat(500)}`),
        fill('[a]'.repeat(333)),
        fill('<'.repeat(1000)),
        fill('!'.repeat(MARKDOWN_LIMITS.wordMarks)),
        fill(`${'a'.repeat(MARKDOWN_LIMITS.emailLocalPart)}@`, ' '),
        (
          Array<string>(MARKDOWN_LIMITS.emphasisMarksTotal / 100)
            .fill(`${'_a'.repeat(50)} ${'_a'.repeat(50)}`)
            .join('\n\n') + fill('a '.repeat(1000))
        ).slice(0, 100000),
      ];
      for (const body of worst) {
        expect(() => checkMarkdownStructure(body)).not.toThrow();
        expect(body.length).toBeGreaterThan(40000);
        lexerMock.mockClear();
        markdownToText(sanitizeMarkdown(body));
        expect(lexerMock).toHaveBeenCalledTimes(1);
      }
    });
  });

  it('lexes a safe body once, for the check and the search text together', () => {
    const article = DEMO_ARTICLES.map((a) => a.body)
      .join('\n\n')
      .slice(0, 20000);
    markdownToText(sanitizeMarkdown(article));
    expect(lexerMock).toHaveBeenCalledTimes(1);
  });

  it('leaves every demo article as it is', () => {
    for (const { body } of DEMO_ARTICLES) {
      expect(sanitizeMarkdown(body)).toBe(body.trim());
      expect(leftovers(body)).toEqual([]);
    }
  });

  it('returns bodies that are inert and stable for any mix of dangerous fragments, or refuses them typed', () => {
    const fragments = [
      '<', '>', 'script', '<img src=x onerror=alert(1)>', '[', ']', '(', ')', 'javascript:alert(1)', '&#106;', ':', '\n', '\n\n',
      '    ', '\t', '> ', '- ', '`', '```\n', '[ref]', '[ref]: ', '!', '<javascript:x>', 'ftp://a', 'http://ok', '*', '_', '\\',
      '<!--', '-->', '<div>', '</div>', '1. ', '|', '&colon;', '&Tab;', 'data:text/html,x', ' ', 'a', '<a href="javascript:x">',
      '</a>', '](', 'java\nscript:x', '<https://ok>', '![', '~~', '---\n', '<?php ?>', '<![CDATA[x]]>',
    ]; // prettier-ignore
    let seed = 7;
    const random = (n: number) => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
    for (let i = 0; i < 3000; i++) {
      const input = Array.from({ length: 1 + random(40) }, () => fragments[random(fragments.length)]).join('');
      let body: string;
      try {
        body = sanitizeMarkdown(input);
      } catch (error) {
        expect(error).toBeInstanceOf(BadInputError);
        continue;
      }
      expect([input, leftovers(body)]).toEqual([input, []]);
      expect(sanitizeMarkdown(body)).toBe(body);
    }
  });
});

describe('isSafeHref', () => {
  it.each([
    ['https://example.com', true],
    ['mailto:a@b.example', true],
    ['/relative/path', true],
    ['#anchor', true],
    ['?q=a:b', true],
    ['./a:b', true],
    ['javascript:alert(1)', false],
    [' JAVASCRIPT:alert(1)', false],
    ['java\tscript:alert(1)', false],
    ['java&Tab;script:alert(1)', false],
    ['&#x6a;avascript:alert(1)', false],
    ['javascript&#58;alert(1)', false],
    ['data:text/html,x', false],
    ['ftp://example.com', false],
    ['x&amp;y:z', false],
    ['&#99999999999;', true],
  ])('%j is %s', (href, safe) => {
    expect(isSafeHref(href)).toBe(safe);
  });
});

describe('markdownToText', () => {
  it('gives the readable text, including that of bodies it did not sanitise itself', () => {
    expect(markdownToText('# Titel\n\nText mit **fett** und [Link](https://x.example).\n\n- eins\n- zwei')).toBe(
      'Titel\nText mit fett und Link .\neins\nzwei',
    );
    expect(() => markdownToText('> '.repeat(50000))).toThrow(BadInputError);
  });
});
