import { startTestApp, type TestApp } from '@portal/testing';
import { DEMO_ARTICLES } from '../../libs/db/src/seed/demo-knowledge-articles';

const ARTICLE = `id kind status title body version revision authorName authorOrganisationName allowedActions`;
const CREATE = `mutation($input: ArticleInput!) { createArticle(input: $input) { ${ARTICLE} } }`;
const UPDATE = `mutation($id: ID!, $rev: Int!, $input: ArticleInput!) { updateArticle(id: $id, expectedRevision: $rev, input: $input) { ${ARTICLE} } }`;
const MOVE = `mutation($id: ID!, $action: ArticleTransition!, $rev: Int!, $comment: String) {
  transitionArticle(id: $id, action: $action, expectedRevision: $rev, comment: $comment) { ${ARTICLE} } }`;
const GET = `query($id: ID!) { article(id: $id) { ${ARTICLE} } }`;
const SEARCH = `query($input: KnowledgeSearchInput!) { knowledgeSearch(input: $input) {
  searchId total totalIsLowerBound correctedQuery didYouMean hasMore
  hits { article { id title } titleRuns snippetRuns }
  facets { productLines { value count } serviceCategories { value count } kinds { value count } languages { value count } } } }`;

const report = (title: string, body = 'Nach dem Tausch des Schmutzfängers lief die Anlage wieder störungsfrei.') => ({
  title,
  summary: 'Kurzfassung',
  body,
  language: 'de',
  tags: ['altbau'],
  codes: ['E 104'],
});

describe('knowledge base', () => {
  let t: TestApp;
  let technician: string;
  let editor: string;
  let editor2: string;
  let hotline: string;
  let berger: string;
  let heatPump: string;

  beforeAll(async () => {
    t = await startTestApp();
    [technician, editor, hotline, berger] = await Promise.all(
      ['technik@schulz.example', 'knowledge@thermotec.example', 'hotline@thermotec.example', 'admin@berger.example'].map((e) =>
        t.loginAs(e),
      ),
    );
    editor2 = await t.loginAs('knowledge@thermotec.example');
    [{ id: heatPump }] = await t.sql<{ id: string }>(`SELECT id FROM product_line WHERE code = 'HEAT_PUMP'`);
  });
  afterAll(() => t.close());

  const move = (token: string, id: string, action: string, rev: number, comment?: string) =>
    t.gql.query<{ transitionArticle: { revision: number; status: string; version: number } }>(
      MOVE,
      { id, action, rev, comment },
      { token },
    );

  it('takes a field report through review: submit, changes requested, resubmit, publish; authors never publish', async () => {
    const { createArticle: draft } = await t.gql.ok(
      CREATE,
      { input: { ...report('Erfahrungsbericht: Filter im Altbau'), productLineIds: [heatPump] } },
      { token: technician },
    );
    expect(draft).toMatchObject({ kind: 'FIELD_REPORT', status: 'DRAFT', version: 0, authorOrganisationName: 'Wärmetechnik Schulz GmbH' });
    expect(draft.allowedActions).toEqual(expect.arrayContaining(['EDIT', 'SUBMIT']));
    expect(draft.allowedActions).not.toContain('PUBLISH');

    // Another partner does not learn that the draft exists; the manufacturer's hotline cannot see it either.
    for (const token of [berger, hotline]) expect((await t.gql.fails(GET, { id: draft.id }, { token })).extensions.code).toBe('NOT_FOUND');

    const submitted = (await move(technician, draft.id, 'SUBMIT', draft.revision)).data!.transitionArticle;
    expect(submitted.status).toBe('IN_REVIEW');
    const own = (await move(technician, draft.id, 'PUBLISH', submitted.revision)).errors![0];
    expect(own.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'EDITORS_ONLY' });
    const locked = await t.gql.fails(UPDATE, { id: draft.id, rev: submitted.revision, input: report('Geändert') }, { token: technician });
    expect(locked.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ARTICLE_IN_REVIEW' });

    const noComment = (await move(editor, draft.id, 'REQUEST_CHANGES', submitted.revision)).errors![0];
    expect(noComment.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'COMMENT_REQUIRED' });
    const back = (await move(editor, draft.id, 'REQUEST_CHANGES', submitted.revision, 'Bitte Druckwerte ergänzen.')).data!
      .transitionArticle;
    expect(back.status).toBe('CHANGES_REQUESTED');
    const [notice] = await t.sql<{ kind: string }>(
      `SELECT n.kind FROM notification n JOIN app_user u ON u.id = n.user_id WHERE u.email = 'technik@schulz.example' ORDER BY n.created_at DESC LIMIT 1`,
    );
    expect(notice.kind).toBe('ARTICLE_CHANGES_REQUESTED');

    const edited = (
      await t.gql.ok(
        UPDATE,
        { id: draft.id, rev: back.revision, input: report('Erfahrungsbericht: Filter im Altbau', 'Druck 1,8 bar, danach 2 bar.') },
        { token: technician },
      )
    ).updateArticle;
    const resubmitted = (await move(technician, draft.id, 'SUBMIT', edited.revision)).data!.transitionArticle;
    const published = (await move(editor, draft.id, 'PUBLISH', resubmitted.revision)).data!.transitionArticle;
    expect(published).toMatchObject({ status: 'PUBLISHED', version: 1 });
    expect((await t.gql.ok(GET, { id: draft.id }, { token: berger })).article.title).toBe('Erfahrungsbericht: Filter im Altbau');
    // Once published, the editors change it; the author is told so (not to withdraw it from a review it is not in).
    const afterPublish = await t.gql.fails(
      UPDATE,
      { id: draft.id, rev: published.revision, input: report('Nachtrag') },
      { token: technician },
    );
    expect(afterPublish.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ARTICLE_PUBLISHED' });

    const events = await t.gql.ok(
      `query($id: ID!) { articleEvents(id: $id) { action toStatus comment } }`,
      { id: draft.id },
      { token: technician },
    );
    expect(events.articleEvents.map((e: { action: string }) => e.action)).toEqual([
      'CREATE',
      'SUBMIT',
      'REQUEST_CHANGES',
      'SUBMIT',
      'PUBLISH',
    ]);
    const audit = await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM audit_event WHERE entity_id = $1`, [draft.id]);
    expect(audit[0].n).toBe(6);
  });

  it('refuses a partner contribution published by its own author, even an editor', async () => {
    const { createArticle: draft } = await t.gql.ok(CREATE, { input: report('Bericht eines früheren Partners') }, { token: technician });
    await move(technician, draft.id, 'SUBMIT', draft.revision);
    await t.sql(`UPDATE article SET author_user_id = (SELECT id FROM app_user WHERE email = 'knowledge@thermotec.example') WHERE id = $1`, [
      draft.id,
    ]);
    const res = (await move(editor, draft.id, 'PUBLISH', draft.revision + 1)).errors![0];
    expect(res.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OWN_CONTRIBUTION' });
    expect((await t.sql<{ status: string }>(`SELECT status FROM article WHERE id = $1`, [draft.id]))[0].status).toBe('IN_REVIEW');
  });

  it('answers wrong transitions and stale saves with CONFLICT and changes nothing', async () => {
    const { createArticle: a } = await t.gql.ok(
      CREATE,
      { input: { ...report('Kältemittel nachfüllen'), summary: 'x' } },
      { token: editor },
    );
    expect(a.kind).toBe('SERVICE_KNOWHOW');
    const res = await move(editor, a.id, 'PUBLISH', a.revision);
    expect(res.errors).toBeUndefined();
    const published = res.data!.transitionArticle;
    const before = await t.sql(`SELECT status, revision, version FROM article WHERE id = $1`, [a.id]);
    for (const action of ['SUBMIT', 'REQUEST_CHANGES', 'REJECT', 'PUBLISH', 'RESTORE', 'WITHDRAW']) {
      const token = action === 'SUBMIT' || action === 'WITHDRAW' ? editor : editor;
      const err = (await move(token, a.id, action, published.revision, 'Kommentar')).errors![0];
      expect([action, err.extensions.code, err.extensions.reason]).toEqual([action, 'CONFLICT', 'INVALID_TRANSITION']);
    }
    expect(await t.sql(`SELECT status, revision, version FROM article WHERE id = $1`, [a.id])).toEqual(before);

    // Two editors save the same revision at once: exactly one wins, the other gets STALE_REVISION.
    const results = await Promise.all(
      [editor, editor2].map((token, i) =>
        t.gql.query(
          UPDATE,
          { id: a.id, rev: published.revision, input: { ...report(`Kältemittel nachfüllen v${i}`), summary: 'x' } },
          { token },
        ),
      ),
    );
    const failures = results.filter((r) => r.errors);
    expect(failures).toHaveLength(1);
    expect(failures[0].errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_REVISION' });
    const versions = await t.gql.ok(`query($id: ID!) { articleVersions(id: $id) { version title } }`, { id: a.id }, { token: hotline });
    expect(versions.articleVersions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(versions.articleVersions[1].title).toBe('Kältemittel nachfüllen');

    const archived = (await move(editor, a.id, 'ARCHIVE', published.revision + 1)).data!.transitionArticle;
    expect(archived.status).toBe('ARCHIVED');
    expect((await t.gql.fails(GET, { id: a.id }, { token: hotline })).extensions.code).toBe('NOT_FOUND');
    const v1 = await t.gql.ok(`query($id: ID!) { articleVersion(id: $id, version: 1) { title body } }`, { id: a.id }, { token: editor });
    expect(v1.articleVersion.title).toBe('Kältemittel nachfüllen');
    const restored = (await move(editor, a.id, 'RESTORE', archived.revision)).data!.transitionArticle;
    expect(restored).toMatchObject({ status: 'PUBLISHED', version: 2 });
  });

  it('validates input with clear reasons and stores nothing', async () => {
    const count = async () => (await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM article`))[0].n;
    const before = await count();
    const cases: [string, Record<string, unknown>, string, string][] = [
      ['technician', { ...report('ab') }, 'BAD_USER_INPUT', 'title'],
      ['technician', { ...report('Intern'), audience: 'MANUFACTURER' }, 'BAD_USER_INPUT', 'AUDIENCE_NOT_ALLOWED'],
      ['editor', { ...report('Nur Premium'), audience: 'TIER' }, 'BAD_USER_INPUT', 'TIER_RANK_REQUIRED'],
      ['editor', { ...report('Begrenzt'), limitedToProductLines: true }, 'BAD_USER_INPUT', 'PRODUCT_LINE_REQUIRED'],
      [
        'editor',
        { ...report('Unbekannt'), productLineIds: ['00000000-0000-4000-8000-000000000000'] },
        'NOT_FOUND',
        'PRODUCTLINE_NOT_FOUND',
      ],
    ];
    for (const [who, input, code, reasonOrField] of cases) {
      const err = await t.gql.fails(CREATE, { input }, { token: who === 'editor' ? editor : technician });
      expect(err.extensions.code).toBe(code);
      expect(JSON.stringify(err.extensions)).toContain(reasonOrField);
    }
    expect(await count()).toBe(before);
  });

  it('stores bodies without raw HTML or unsafe links', async () => {
    const body = [
      '<script>alert(1)</script>',
      'Text <img src=x onerror="alert(2)"> mit <b onclick="alert(3)">fett</b>',
      '[klick](javascript:alert(4)) [data](data:text/html;base64,PHNjcmlwdD4=) [ok](https://example.com)',
      '`p < 2 bar` bleibt Code',
    ].join('\n\n');
    const { createArticle: a } = await t.gql.ok(CREATE, { input: report('Sicherheitsprüfung', body) }, { token: technician });
    expect(a.body).not.toMatch(/<script|onerror|onclick|javascript:|data:text|<img|<b/i);
    expect(a.body).toContain('[ok](https://example.com)');
    expect(a.body).toContain('`p < 2 bar`');
    expect(a.body).toContain('klick');
  });

  const search = async (query: string, token = hotline, extra: Record<string, unknown> = {}) =>
    (await t.gql.ok(SEARCH, { input: { query, ...extra } }, { token })).knowledgeSearch;

  describe('search', () => {
    const keyOf = (title: string) => DEMO_ARTICLES.find((a) => a.title === title)?.key ?? title;
    const top3 = async (query: string) =>
      (await search(query)).hits.slice(0, 3).map((h: { article: { title: string } }) => keyOf(h.article.title));

    it.each([
      ['German inflection', 'Hochdruckstörungen Wärmepumpen', 'wp-hochdruckstoerung-hd'],
      ['umlaut-free spelling', 'Warmepumpe Hochdruckstorung', 'wp-hochdruckstoerung-hd'],
      ['typo', 'Hochdruckstörung Wärmepunpe', 'wp-hochdruckstoerung-hd'],
      ['error code with dot', 'F.28', 'gas-f28-zuendung-fehlgeschlagen'],
      ['error code without dot', 'F28', 'gas-f28-zuendung-fehlgeschlagen'],
      ['product code', 'WPL-25 A Inbetriebnahme', 'wp-inbetriebnahme-checkliste-wpl-25a'],
      ['English stemming', 'defrosting problems', 'wp-defrost-cycle-e512'],
      ['phrase', '"defrost cycle takes too long"', 'wp-defrost-cycle-e512'],
      ['exclusion', 'compressor -noise', 'wp-compressor-does-not-start'],
      ['German phrase', '"hydraulischer Abgleich"', 'wp-hydraulischer-abgleich'],
    ])('%s: %s', async (_label, query, key) => {
      expect(await top3(query)).toContain(key);
    });

    it('excludes, highlights only the returned page and says what it corrected', async () => {
      const res = await search('compressor -noise');
      expect(res.hits.map((h: { article: { title: string } }) => h.article.title)).not.toContain(
        'Compressor noise and vibration on outdoor units: causes and fixes',
      );
      const typo = await search('Wärmepunpe');
      expect(typo.correctedQuery?.toLowerCase()).toContain('wärmepumpe');
      expect(typo.total).toBeGreaterThan(0);
      const f28 = await search('F.28');
      // Runs alternate plain and matched text: the code is marked in the title and the snippet as it is written there.
      expect(f28.hits[0].titleRuns[1]).toMatch(/^F[\s.\-/]?28$/i);
      expect(f28.hits[0].titleRuns.join('')).toBe(f28.hits[0].article.title);
      expect(f28.hits[0].snippetRuns.length % 2).toBe(1);
      const nothing = await search('xqzwv');
      expect(nothing).toMatchObject({ total: 0, hits: [], correctedQuery: null, didYouMean: null });
      // The corrected query finds nothing either: it is only suggested.
      const suggested = await search('Wärmepunpe -Wärmepumpe');
      expect(suggested).toMatchObject({ total: 0, hits: [], correctedQuery: null, didYouMean: 'wärmepumpe -Wärmepumpe' });
    });

    it('keeps the search documents in step with the articles, their quality and the quality bands', async () => {
      type Doc = { n: number; docs: number; mismatched: number };
      const inStep = async () =>
        (
          await t.sql<Doc>(
            `SELECT (SELECT count(*)::int FROM article WHERE status = 'PUBLISHED') AS n, (SELECT count(*)::int FROM article_search_doc) AS docs,
                    (SELECT count(*)::int FROM article a JOIN article_search_doc d ON d.article_id = a.id
                      WHERE a.quality <> d.quality OR d.band <> knowledge_band(a.quality) OR a.status <> 'PUBLISHED') AS mismatched`,
          )
        )[0];
      const ids = async (query: string) => (await search(query)).hits.map((h: { article: { id: string } }) => h.article.id).sort();
      const before = { all: await ids('Wärmepumpe'), phrase: await ids('"hydraulischer Abgleich"') };

      await t.sql(`SELECT knowledge_rebalance_bands()`);
      const bands = await t.sql<{ band: number; n: number }>(`SELECT band, count(*)::int AS n FROM article_search_doc GROUP BY band`);
      expect(bands.length).toBeGreaterThan(4);
      // Bands double in size from the best down: the last holds about half of the articles, the one above it a quarter.
      const size = (band: number) => bands.find((b) => b.band === band)?.n ?? 0;
      const total = bands.reduce((s, b) => s + b.n, 0);
      expect(Math.abs(size(7) - total / 2)).toBeLessThanOrEqual(2);
      expect(Math.abs(size(6) - total / 4)).toBeLessThanOrEqual(2);
      expect(size(0) + size(1) + size(2)).toBeLessThan(total / 10);
      expect(await ids('Wärmepumpe')).toEqual(before.all);
      expect(await ids('"hydraulischer Abgleich"')).toEqual(before.phrase);
      // Pairs are of neighbouring words, in order: the reversed phrase is not the phrase.
      const reversed = await search('"Abgleich hydraulischer"');
      expect(reversed.hits.map((h: { article: { title: string } }) => keyOf(h.article.title))).not.toContain('wp-hydraulischer-abgleich');

      const [target] = await t.sql<{ id: string; title: string; helpful: number }>(
        `SELECT id, title, helpful_count AS helpful FROM article WHERE status = 'PUBLISHED' ORDER BY quality LIMIT 1`,
      );
      await t.sql(`UPDATE article SET helpful_count = helpful_count + 500 WHERE id = $1`, [target.id]);
      await t.sql(`UPDATE article SET title = 'Flux capacitor calibration for heat pumps' WHERE id = $1`, [target.id]);
      expect((await search('"flux capacitor"')).hits[0].article.id).toBe(target.id);
      expect(await inStep()).toMatchObject({ mismatched: 0 });
      await t.sql(`UPDATE article SET status = 'ARCHIVED' WHERE id = $1`, [target.id]);
      const after = await inStep();
      expect(after).toEqual({ n: after.docs, docs: after.n, mismatched: 0 });
      expect((await search('"flux capacitor"')).total).toBe(0);
      await t.sql(`UPDATE article SET status = 'PUBLISHED', title = $2, helpful_count = $3 WHERE id = $1`, [
        target.id,
        target.title,
        target.helpful,
      ]);
      expect(await inStep()).toMatchObject({ mismatched: 0 });
      expect(await ids('Wärmepumpe')).toEqual(before.all);
    });

    it('reads only the plain columns when the query asks for nothing else, the whole summary otherwise', async () => {
      const hitsOf = async (articleFields: string, fragment = '') =>
        (
          await t.gql.ok<{ knowledgeSearch: { hits: { article: Record<string, unknown> }[] } }>(
            `query($input: KnowledgeSearchInput!) { knowledgeSearch(input: $input) { hits { article { ${articleFields} } } } } ${fragment}`,
            { input: { query: 'Wärmepumpe', limit: 5 } },
            { token: hotline },
          )
        ).knowledgeSearch.hits.map((h) => h.article);
      const plain = await hitsOf('id title helpfulCount codes');
      const full = await hitsOf('id title helpfulCount codes authorOrganisationName productLineIds updatedAt');
      expect(plain.length).toBe(5);
      expect(full.map(({ id, title, helpfulCount, codes }) => ({ id, title, helpfulCount, codes }))).toEqual(plain);
      expect(plain.some((article) => (article.codes as string[]).length > 0)).toBe(true);
      for (const article of full) {
        expect(article.authorOrganisationName).toEqual(expect.any(String));
        expect(article.productLineIds).toEqual(expect.any(Array));
        expect(Date.parse(article.updatedAt as string)).not.toBeNaN();
      }
      // Fields asked for through a fragment (the web app's way) and under an alias count as asked for.
      const viaFragment = await hitsOf(
        'id ...Dates',
        'fragment Dates on ArticleSummary { changed: updatedAt ... on ArticleSummary { tags } }',
      );
      expect(viaFragment.map((a) => a.id)).toEqual(plain.map((a) => a.id));
      for (const article of viaFragment) {
        expect(Date.parse(article.changed as string)).not.toBeNaN();
        expect(article.tags).toEqual(expect.any(Array));
      }
    });

    it('counts facets over the matches and filters by them', async () => {
      const all = await search('Wärmepumpe');
      const sum = (f: { count: number }[]) => f.reduce((s, x) => s + x.count, 0);
      expect(sum(all.facets.languages)).toBe(all.total);
      expect(sum(all.facets.kinds)).toBe(all.total);
      const onlyReports = await search('Wärmepumpe', hotline, { kinds: ['FIELD_REPORT'] });
      expect(onlyReports.total).toBe(all.facets.kinds.find((k: { value: string }) => k.value === 'FIELD_REPORT')?.count ?? 0);
    });
  });

  it('shows exactly the articles the visibility rule allows in lists, search, facets and lookups, for every role', async () => {
    type Row = {
      id: string;
      status: string;
      audience: string;
      min_tier_rank: number | null;
      limited: boolean;
      lines: string[];
      org: string;
      kind: string;
    };
    const rows = await t.sql<Row>(
      `SELECT id, status, audience, min_tier_rank, limited_to_product_lines AS limited, product_line_ids::text[] AS lines, author_organisation_id AS org, kind FROM article`,
    );
    const users = await t.sql<{ email: string; org: string; kind: string; editor: boolean; reader: boolean }>(
      `SELECT u.email, u.organisation_id AS org, o.kind,
              EXISTS (SELECT 1 FROM user_role r JOIN role_permission p ON p.role = r.role WHERE r.user_id = u.id AND p.permission = 'knowledge.review') AS editor,
              EXISTS (SELECT 1 FROM user_role r JOIN role_permission p ON p.role = r.role WHERE r.user_id = u.id AND p.permission = 'knowledge.read') AS reader
         FROM app_user u JOIN organisation o ON o.id = u.organisation_id WHERE u.status = 'ACTIVE' AND u.email LIKE '%.example'`,
    );
    // An independent statement of the rule, from the data, to hold the service's SQL against.
    const allowed = async (u: (typeof users)[number]): Promise<Set<string>> => {
      const grants = await t.sql<{ line: string; rank: number }>(
        `SELECT g.product_line_id::text AS line, t.rank FROM tier_grant g JOIN tier t ON t.id = g.tier_id
          WHERE g.partner_id = $1 AND g.status = 'ACTIVE' AND current_date BETWEEN g.valid_from AND g.valid_until`,
        [u.org],
      );
      const maxRank = Math.max(0, ...grants.map((g) => g.rank));
      return new Set(
        rows
          .filter((a) => {
            if (u.editor) return true;
            if (a.status !== 'PUBLISHED') return a.org === u.org && a.status !== 'ARCHIVED';
            if (u.kind === 'MANUFACTURER') return true;
            if (u.kind !== 'PARTNER' || a.audience === 'MANUFACTURER') return false;
            const need = a.min_tier_rank ?? 0;
            return a.limited ? grants.some((g) => a.lines.includes(g.line) && g.rank >= need) : maxRank >= need;
          })
          .map((a) => a.id),
      );
    };
    const published = new Set(rows.filter((r) => r.status === 'PUBLISHED').map((r) => r.id));
    const sizes: number[] = [];
    for (const u of users.filter((x) => x.reader)) {
      const token = await t.loginAs(u.email);
      const expected = await allowed(u);
      const listed = new Set<string>();
      for (let offset = 0; ; offset += 100) {
        const page = (
          await t.gql.ok(
            `query($o: Int!) { articles(page: { offset: $o, limit: 100 }) { items { id } hasMore totalCount } }`,
            { o: offset },
            { token },
          )
        ).articles;
        page.items.forEach((i: { id: string }) => listed.add(i.id));
        if (!page.hasMore) break;
      }
      expect([u.email, [...listed].sort()]).toEqual([u.email, [...expected].sort()]);
      const found = await search('', token, { limit: 50 });
      const foundIds = new Set<string>(found.hits.map((h: { article: { id: string } }) => h.article.id));
      const expectedPublished = [...expected].filter((id) => published.has(id));
      expect([u.email, found.total]).toEqual([u.email, expectedPublished.length]);
      if (expectedPublished.length <= 50) expect([...foundIds].sort()).toEqual(expectedPublished.sort());
      expect(found.facets.languages.reduce((s: number, f: { count: number }) => s + f.count, 0)).toBe(expectedPublished.length);
      const lookups = await Promise.all(rows.map((r) => t.gql.query(GET, { id: r.id }, { token })));
      const visible = rows.filter((_, i) => !lookups[i].errors).map((r) => r.id);
      expect(lookups.every((l) => !l.errors || l.errors[0].extensions.code === 'NOT_FOUND')).toBe(true);
      expect(visible.sort()).toEqual([...expected].sort());
      sizes.push(expected.size);
    }
    // The rule is not trivial on the demo data: different people see different sets.
    expect(new Set(sizes).size).toBeGreaterThan(2);
  });

  it('collects ratings, flags for the owner, use counts and search analytics', async () => {
    const hit = (await t.gql.ok(SEARCH, { input: { query: 'F.28' } }, { token: technician })).knowledgeSearch;
    const id = hit.hits[0].article.id;
    const RATE = `mutation($id: ID!, $h: Boolean!) { rateArticle(id: $id, helpful: $h) { helpfulCount unhelpfulCount myRating } }`;
    const first = (await t.gql.ok(RATE, { id, h: false }, { token: technician })).rateArticle;
    const second = (await t.gql.ok(RATE, { id, h: true }, { token: technician })).rateArticle;
    expect(second.helpfulCount - first.helpfulCount).toBe(1);
    expect(first.unhelpfulCount - second.unhelpfulCount).toBe(1);
    expect(second.myRating).toBe(true);
    const WITHDRAW = `mutation($id: ID!) { withdrawArticleRating(id: $id) { helpfulCount unhelpfulCount myRating } }`;
    const withdrawn = (await t.gql.ok(WITHDRAW, { id }, { token: technician })).withdrawArticleRating;
    expect(withdrawn).toEqual({ helpfulCount: second.helpfulCount - 1, unhelpfulCount: second.unhelpfulCount, myRating: null });
    // Taking back a rating one does not have changes nothing and is not audited.
    expect((await t.gql.ok(WITHDRAW, { id }, { token: technician })).withdrawArticleRating).toEqual(withdrawn);
    const rated = await t.sql<{ action: string }>(
      `SELECT action FROM audit_event WHERE entity_id = $1 AND action LIKE 'article.rate%' ORDER BY id DESC LIMIT 2`,
      [id],
    );
    expect(rated.map((r) => r.action)).toEqual(['article.rate_withdraw', 'article.rate']);
    await t.gql.ok(RATE, { id, h: true }, { token: technician });

    const flag = await t.gql.ok(
      `mutation($id: ID!) { flagArticle(id: $id, reason: OUTDATED, comment: "Neue Firmware") { id status } }`,
      { id },
      { token: technician },
    );
    const [owner] = await t.sql<{ kind: string }>(
      `SELECT n.kind FROM notification n JOIN article a ON a.owner_user_id = n.user_id WHERE a.id = $1 ORDER BY n.created_at DESC LIMIT 1`,
      [id],
    );
    expect(owner.kind).toBe('ARTICLE_FLAGGED');
    const queue = await t.gql.ok(
      `{ articles(scope: REVIEW_QUEUE, page: { limit: 100 }) { items { id openFlagCount } } }`,
      {},
      { token: editor },
    );
    expect(queue.articles.items.map((i: { id: string }) => i.id)).toContain(id);
    expect((await t.gql.fails(`{ articleFlags { totalCount } }`, {}, { token: technician })).extensions.code).toBe('FORBIDDEN');
    const flags = await t.gql.ok(`{ articleFlags { items { id reason raisedByOrganisationName } } }`, {}, { token: editor });
    expect(flags.articleFlags.items).toContainEqual({
      id: flag.flagArticle.id,
      reason: 'OUTDATED',
      raisedByOrganisationName: 'Wärmetechnik Schulz GmbH',
    });
    await t.gql.ok(
      `mutation($f: ID!) { resolveArticleFlag(flagId: $f, resolution: "Abschnitt aktualisiert") { status } }`,
      { f: flag.flagArticle.id },
      { token: editor },
    );
    const again = await t.gql.fails(
      `mutation($f: ID!) { resolveArticleFlag(flagId: $f, resolution: "nochmal") { status } }`,
      { f: flag.flagArticle.id },
      { token: editor },
    );
    expect(again.extensions.reason).toBe('FLAG_ALREADY_RESOLVED');

    const USE = `mutation($id: ID!, $s: ID) { recordArticleView(id: $id, searchId: $s, position: 0) { viewCount } }`;
    const views = (await t.gql.ok(USE, { id, s: hit.searchId }, { token: technician })).recordArticleView.viewCount;
    const SOLVED = `mutation($id: ID!) { markArticleSolved(id: $id) { solvedCount usedBySelf } }`;
    const solved = (await t.gql.ok(SOLVED, { id }, { token: technician })).markArticleSolved;
    expect((await t.gql.ok(SOLVED, { id }, { token: technician })).markArticleSolved.solvedCount).toBe(solved.solvedCount);
    expect(solved.usedBySelf).toBe(true);
    expect(views).toBeGreaterThan(0);

    // As-you-type searches collapse into the last query of the chain.
    for (const q of ['Abtau', 'Abtauen', 'Abtauung']) await t.gql.ok(SEARCH, { input: { query: q } }, { token: hotline });
    await t.gql.ok(SEARCH, { input: { query: 'blorptastic' } }, { token: hotline });
    const stats = (
      await t.gql.ok(
        `{ knowledgeSearchAnalytics(days: 7) { searches clickThrough topQueries { query searches clickThrough } zeroResultQueries { query } } }`,
        {},
        { token: editor },
      )
    ).knowledgeSearchAnalytics;
    const queries = stats.topQueries.map((q: { query: string }) => q.query);
    expect(queries).toContain('abtauung');
    expect(queries).not.toContain('abtau');
    expect(stats.zeroResultQueries.map((q: { query: string }) => q.query)).toContain('blorptastic');
    expect(stats.topQueries.find((q: { query: string }) => q.query === 'f.28').clickThrough).toBeGreaterThan(0);
    expect(stats.clickThrough).toBeGreaterThan(0);
    expect((await t.gql.fails(`{ knowledgeSearchAnalytics { searches } }`, {}, { token: hotline })).extensions.code).toBe('FORBIDDEN');
  });
});
