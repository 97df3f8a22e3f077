import { startTestApp, type TestApp } from '@portal/testing';

// Odd and hostile input to the knowledge API: a typed error or a sensible answer, never INTERNAL, nothing stored twice.
const SEARCH = `query($q: String!) { knowledgeSearch(input: { query: $q }) { total hits { article { id title codes } } } }`;
const RATE = `mutation($id: ID!) { rateArticle(id: $id, helpful: true) { id } }`;
const FLAG = `mutation($id: ID!, $comment: String) { flagArticle(id: $id, reason: OUTDATED, comment: $comment) { id status } }`;
const RESOLVE = `mutation($id: ID!, $resolution: String!) { resolveArticleFlag(flagId: $id, resolution: $resolution) { id } }`;
const COMMENT = `mutation($id: ID!, $comment: String!) { commentOnArticle(id: $id, comment: $comment) { id } }`;
const SUGGEST = `query($prefix: String!) { articleSuggestions(prefix: $prefix) { id } }`;
const CREATE = `mutation($input: ArticleInput!) { createArticle(input: $input) { id title codes tags } }`;

describe('knowledge API input', () => {
  let t: TestApp;
  let technician: string;
  let hotline: string;
  let editor: string;
  let f28: string;

  beforeAll(async () => {
    t = await startTestApp();
    [technician, hotline, editor] = await Promise.all(
      ['technik@schulz.example', 'hotline@thermotec.example', 'knowledge@thermotec.example'].map((e) => t.loginAs(e)),
    );
    [{ id: f28 }] = await t.sql<{ id: string }>(`SELECT id FROM article WHERE 'F.28' = ANY (codes) AND status = 'PUBLISHED' LIMIT 1`);
  });
  afterAll(() => t.close());

  const search = async (q: string) =>
    (await t.gql.ok<{ knowledgeSearch: { total: number; hits: { article: { id: string } }[] } }>(SEARCH, { q }, { token: hotline }))
      .knowledgeSearch;

  it('reads runs of dashes as one exclusion instead of failing', async () => {
    for (const q of ['-'.repeat(40), `${'- '.repeat(40)}Zündung`, '(-'.repeat(40), `Zündung ${'-'.repeat(34)}`]) {
      const res = await t.gql.query(SEARCH, { q }, { token: hotline });
      expect(res.errors).toBeUndefined();
    }
    expect(await search(`${'- '.repeat(40)}Zündung`)).toEqual(await search('- Zündung'));
    expect((await search(`Zündung ${'-'.repeat(34)}`)).total).toBeGreaterThan(0);
  });

  it('excludes an excluded code, and offers code matches only when they match the whole query', async () => {
    expect((await search('F.28')).hits[0].article.id).toBe(f28);
    const excluded = await search('Zündung -F.28');
    expect(excluded.hits.map((h) => h.article.id)).not.toContain(f28);
    expect((await search('-F.28')).hits.map((h) => h.article.id)).not.toContain(f28);
    for (const q of ['xqzwvk F.28', "a'b'c F.28"]) expect(await search(q)).toEqual({ total: 0, hits: [] });
  });

  it('refuses null for an argument with a default as bad input, not as an internal error', async () => {
    const flag = await t.gql.fails(FLAG, { id: f28, comment: null }, { token: technician });
    expect(flag.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_ARGUMENT' });
    const days = await t.gql.fails(`query($d: Int) { knowledgeSearchAnalytics(days: $d) { searches } }`, { d: null }, { token: editor });
    expect(days.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_ARGUMENT' });
    expect(await t.sql(`SELECT 1 FROM article_flag WHERE article_id = $1`, [f28])).toHaveLength(0);
  });

  it('counts one person once when their ratings arrive in parallel', async () => {
    const count = async () => (await t.sql<{ n: number }>(`SELECT helpful_count AS n FROM article WHERE id = $1`, [f28]))[0].n;
    const before = await count();
    const results = await Promise.all(Array.from({ length: 6 }, () => t.gql.query(RATE, { id: f28 }, { token: hotline })));
    expect(results.every((r) => !r.errors)).toBe(true);
    expect(await count()).toBe(before + 1);
    expect(await t.sql(`SELECT 1 FROM article_feedback WHERE article_id = $1`, [f28])).toHaveLength(1);
  });

  it('keeps one open flag per reader and article', async () => {
    const flags = await Promise.all(
      Array.from({ length: 4 }, () =>
        t.gql.query<{ flagArticle: { id: string } }>(FLAG, { id: f28, comment: 'Druckwerte veraltet' }, { token: technician }),
      ),
    );
    expect(flags.filter((r) => !r.errors)).toHaveLength(1);
    for (const r of flags.filter((x) => x.errors))
      expect(r.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'FLAG_ALREADY_OPEN' });
    const [{ open }] = await t.sql<{ open: number }>(`SELECT open_flag_count AS open FROM article WHERE id = $1`, [f28]);
    expect(open).toBe(1);
    const flagId = flags.find((r) => !r.errors)!.data!.flagArticle.id;
    const blank = await t.gql.fails(RESOLVE, { id: flagId, resolution: '     ' }, { token: editor });
    expect(blank.extensions.code).toBe('BAD_USER_INPUT');
    await t.gql.ok(RESOLVE, { id: flagId, resolution: 'Werte aktualisiert' }, { token: editor });
    // Resolved, the reader may report the next problem.
    await t.gql.ok(FLAG, { id: f28, comment: 'Bild fehlt' }, { token: technician });
  });

  it('trims text before checking it, so blank comments, prefixes and titles are refused', async () => {
    const events = async () => (await t.sql(`SELECT 1 FROM article_event WHERE article_id = $1`, [f28])).length;
    const before = await events();
    expect((await t.gql.fails(COMMENT, { id: f28, comment: '   ' }, { token: editor })).extensions.code).toBe('BAD_USER_INPUT');
    expect(await events()).toBe(before);
    expect((await t.gql.fails(SUGGEST, { prefix: '   ' }, { token: hotline })).extensions.code).toBe('BAD_USER_INPUT');
    const input = { title: '\u0001\u0002\u0003', language: 'de', body: 'Text' };
    expect((await t.gql.fails(CREATE, { input }, { token: technician })).extensions.code).toBe('BAD_USER_INPUT');
    const codes = await t.gql.fails(CREATE, { input: { ...input, title: 'Zündung prüfen', codes: ['F\u000128'] } }, { token: technician });
    expect(codes.extensions.code).toBe('BAD_USER_INPUT');
    const { createArticle } = await t.gql.ok(
      CREATE,
      { input: { ...input, title: '  Zündung prüfen  ', codes: [' F.28 '], tags: [' gas '] } },
      { token: technician },
    );
    expect(createArticle).toMatchObject({ title: 'Zündung prüfen', codes: ['F.28'], tags: ['gas'] });
  });
});
