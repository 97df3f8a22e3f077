import { startTestApp, type TestApp } from '@portal/testing';

const ARTICLE = `id title body revision`;
const CREATE = `mutation($input: ArticleInput!) { createArticle(input: $input) { id body revision } }`;
const UPDATE = `mutation($id: ID!, $rev: Int!, $input: ArticleInput!) {
  updateArticle(id: $id, expectedRevision: $rev, input: $input) { id body revision } }`;
const GET = `query($id: ID!) { article(id: $id) { ${ARTICLE} } }`;

const report = (title: string, body: string) => ({ title, summary: 'Kurzfassung', body, language: 'de', tags: [], codes: [] });

/** Article bodies go through the Markdown sanitiser: what is stored is inert, and pathological structure is refused. */
describe('knowledge article bodies', () => {
  let t: TestApp;
  let technician: string;
  const stored = async (id: string) =>
    (await t.sql<{ body: string; body_text: string }>(`SELECT body, body_text FROM article WHERE id = $1`, [id]))[0];
  const count = async () => (await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM article`))[0].n;

  beforeAll(async () => {
    t = await startTestApp();
    technician = await t.loginAs('technik@schulz.example');
  });
  afterAll(() => t.close());

  it('stores an indented script or image as a code block, not as HTML', async () => {
    for (const body of ['    <script>alert(1)</script>', '\t<img src=x onerror=alert(document.cookie)>']) {
      const { createArticle: a } = await t.gql.ok(CREATE, { input: report('Eingerückter Code', `\n\n${body}\n\n`) }, { token: technician });
      // The indentation stays, so every Markdown reader shows the tag as code.
      expect(a.body).toBe(body);
      expect((await stored(a.id)).body).toBe(body);
      expect((await stored(a.id)).body_text).toBe(body.trim());
    }
  });

  it('stores the nested reference-link trick without the javascript: target or its definition', async () => {
    for (const body of ['[[[[ref]]]][ref]\n\n[ref]: javascript:alert(1)', '[[[[[ref]]]]]\n\n[ref]: javascript:alert(1)']) {
      const { createArticle: a } = await t.gql.ok(CREATE, { input: report('Referenzlinks', body) }, { token: technician });
      const { body: saved } = await stored(a.id);
      expect(saved).toBe(a.body);
      expect(saved).not.toMatch(/javascript|\]:/i);
      expect(saved).toContain('ref');
    }
  });

  it.each([
    ['deep block quotes', '>'.repeat(3000), 'MARKDOWN_TOO_DEEP'],
    ['deep block quotes with spaces', '> '.repeat(50000), 'MARKDOWN_TOO_DEEP'],
    ['deep lists', '- '.repeat(2000) + 'x', 'MARKDOWN_TOO_DEEP'],
    ['an underscore bomb', '_a'.repeat(50000), 'MARKDOWN_TOO_COMPLEX'],
    ['an asterisk bomb', '*a'.repeat(50000), 'MARKDOWN_TOO_COMPLEX'],
    ['a paragraph full of emphasis', '*a* '.repeat(25000), 'TOO_MANY_EMPHASIS_MARKS'],
  ])('refuses %s as bad input, storing nothing', async (_, body, reason) => {
    const before = await count();
    const error = await t.gql.fails(CREATE, { input: report('Zu komplex', body) }, { token: technician });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason, fields: [{ field: 'body', reason }] });
    expect(error.message).toMatch(/body/);
    expect(await count()).toBe(before);
  });

  it('refuses such a body on update too and keeps the article as it was', async () => {
    const { createArticle: a } = await t.gql.ok(CREATE, { input: report('Vorher', 'Alter **Text**.') }, { token: technician });
    const before = await t.sql(`SELECT title, body, body_text, revision FROM article WHERE id = $1`, [a.id]);
    for (const [body, reason] of [
      ['> '.repeat(50000), 'MARKDOWN_TOO_DEEP'],
      ['_a'.repeat(50000), 'MARKDOWN_TOO_COMPLEX'],
    ]) {
      const error = await t.gql.fails(UPDATE, { id: a.id, rev: a.revision, input: report('Nachher', body) }, { token: technician });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason });
    }
    expect(await t.sql(`SELECT title, body, body_text, revision FROM article WHERE id = $1`, [a.id])).toEqual(before);
    const { article } = await t.gql.ok(GET, { id: a.id }, { token: technician });
    expect(article).toMatchObject({ title: 'Vorher', body: 'Alter **Text**.', revision: a.revision });
  });

  it('keeps answering while such bodies arrive', async () => {
    const bombs = ['_a'.repeat(50000), '*a'.repeat(50000), '> '.repeat(50000), '!'.repeat(100000)];
    const [answers, me] = await Promise.all([
      Promise.all(bombs.map((body) => t.gql.query(CREATE, { input: report('Bombe', body) }, { token: technician }))),
      t.gql.ok(`{ me { id } }`, {}, { token: technician }),
    ]);
    expect(answers.map((r) => r.errors?.[0].extensions.code)).toEqual(bombs.map(() => 'BAD_USER_INPUT'));
    expect(me.me.id).toBeTruthy();
  });
});
