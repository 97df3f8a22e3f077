import { startTestApp, type TestApp } from '@portal/testing';

const ARTICLE = `id status revision version`;
const CREATE = `mutation($input: ArticleInput!) { createArticle(input: $input) { ${ARTICLE} } }`;
const UPDATE = `mutation($id: ID!, $rev: Int!, $input: ArticleInput!) { updateArticle(id: $id, expectedRevision: $rev, input: $input) { ${ARTICLE} } }`;
const MOVE = `mutation($id: ID!, $action: ArticleTransition!, $rev: Int!, $comment: String) {
  transitionArticle(id: $id, action: $action, expectedRevision: $rev, comment: $comment) { ${ARTICLE} } }`;
const COMMENT = `mutation($id: ID!, $comment: String!) { commentOnArticle(id: $id, comment: $comment) { action comment } }`;
const GET = `query($id: ID!) { article(id: $id) { id } }`;
const EVENTS = `query($id: ID!) { articleEvents(id: $id) { action comment actorName } }`;
const SEARCH = `query($q: String!) { knowledgeSearch(input: { query: $q, limit: 50 }) { total hits { article { id } } facets { languages { count } } } }`;
const LIST = `query($pl: ID!, $o: Int!) { articles(productLineId: $pl, page: { offset: $o, limit: 100 }) { items { id } hasMore totalCount } }`;
const SUGGEST = `query($p: String!) { articleSuggestions(prefix: $p) { id } }`;
const REQUEST = `mutation($input: RequestDelegationInput!) { requestDelegation(input: $input) { id status } }`;
const DECIDE = `mutation($id: ID!) { decideDelegation(id: $id, decision: APPROVE) { status } }`;
const CHANGE_TIER = `mutation($g: ID!, $t: ID!) { changeGrantTier(input: { grantId: $g, tierId: $t, reason: "Prüfung" }) { id } }`;

/** A word no demo article uses, so search, lists and suggestions can be checked for exactly the articles made here. */
const MARKER = 'Quokkaventil';

const today = () => new Date().toISOString().slice(0, 10);
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

type Event = { action: string; comment: string; actorName: string | null };

describe('knowledge visibility for subcontractors and of the review thread', () => {
  let t: TestApp;
  const token: Record<string, string> = {};
  const id: Record<string, string> = {};
  const USERS = {
    kaya: 'team@kaya.example',
    schulzTech: 'technik@schulz.example',
    schulzAdmin: 'admin@schulz.example',
    berger: 'admin@berger.example',
    hotline: 'hotline@thermotec.example',
    editor: 'knowledge@thermotec.example',
    manager: 'partners@thermotec.example',
  };

  beforeAll(async () => {
    t = await startTestApp();
    for (const [key, email] of Object.entries(USERS)) token[key] = await t.loginAs(email);
    for (const r of await t.sql<{ key: string; id: string }>(
      `SELECT code AS key, id FROM product_line UNION ALL SELECT code, id FROM service_category UNION ALL SELECT 'TIER_' || code, id FROM tier
       UNION ALL SELECT 'REL', id FROM subcontractor_relationship
       UNION ALL SELECT 'GRANT_' || pl.code, g.id FROM tier_grant g JOIN organisation o ON o.id = g.partner_id
                   JOIN product_line pl ON pl.id = g.product_line_id WHERE o.name LIKE 'Wärmetechnik Schulz%' AND g.status = 'ACTIVE'`,
    ))
      id[r.key] = r.id;
    // Schulz (Premium on heat pumps) lets Kaya do heat pump maintenance; the manufacturer approves.
    const requested = await t.gql.ok(
      REQUEST,
      {
        input: {
          relationshipId: id.REL,
          productLineId: id.HEAT_PUMP,
          serviceCategoryId: id.MAINTENANCE,
          validFrom: today(),
          validUntil: inDays(200),
        },
      },
      { token: token.schulzAdmin },
    );
    await t.gql.ok(DECIDE, { id: requested.requestDelegation.id }, { token: token.manager });
  });
  afterAll(() => t.close());

  const move = async (who: string, articleId: string, action: string, rev: number, comment?: string) =>
    (await t.gql.ok(MOVE, { id: articleId, action, rev, comment }, { token: token[who] })).transitionArticle as {
      revision: number;
      status: string;
    };

  describe('a subcontractor reads only what its partner may read on the permitted product line', () => {
    const articles: Record<string, string> = {};
    const input = (title: string, extra: Record<string, unknown>) => ({
      title: `${MARKER}: ${title}`,
      summary: 'Kurzfassung',
      body: 'Prüfschritte für die Wartung.',
      language: 'de',
      productLineIds: [id.HEAT_PUMP],
      serviceCategoryIds: [id.MAINTENANCE],
      ...extra,
    });

    beforeAll(async () => {
      const cases: Record<string, Record<string, unknown>> = {
        partners: { audience: 'PARTNERS' },
        tier3: { audience: 'TIER', minTierRank: 3 },
        tier3Limited: {
          audience: 'TIER',
          minTierRank: 3,
          limitedToProductLines: true,
          productLineIds: [id.HEAT_PUMP, id.GAS_CONDENSING],
        },
        tier4: { audience: 'TIER', minTierRank: 4 },
        internal: { audience: 'MANUFACTURER' },
        otherCategory: { audience: 'PARTNERS', serviceCategoryIds: [id.WARRANTY_REPAIR] },
        gasOnly: { audience: 'PARTNERS', productLineIds: [id.GAS_CONDENSING] },
      };
      for (const [key, extra] of Object.entries(cases)) {
        const draft = (await t.gql.ok(CREATE, { input: input(key, extra) }, { token: token.editor })).createArticle;
        expect((await move('editor', draft.id, 'PUBLISH', draft.revision)).status).toBe('PUBLISHED');
        articles[key] = draft.id;
      }
    });

    const keysOf = (ids: Iterable<string>) =>
      Object.entries(articles)
        .filter(([, articleId]) => [...ids].includes(articleId))
        .map(([key]) => key)
        .sort();

    /** What one user sees of the marked articles through each way in; they must all agree. */
    const seen = async (who: string) => {
      const lookups = await Promise.all(
        Object.values(articles).map((articleId) => t.gql.query(GET, { id: articleId }, { token: token[who] })),
      );
      for (const l of lookups) if (l.errors) expect(l.errors[0].extensions.code).toBe('NOT_FOUND');
      const lookup = keysOf(Object.values(articles).filter((_, i) => !lookups[i].errors));

      const found = (await t.gql.ok(SEARCH, { q: MARKER }, { token: token[who] })).knowledgeSearch;
      const search = keysOf(found.hits.map((h: { article: { id: string } }) => h.article.id));
      const languageCount = found.facets.languages.reduce((s: number, f: { count: number }) => s + f.count, 0);
      expect([who, found.total, languageCount]).toEqual([who, search.length, search.length]);

      const listed = new Set<string>();
      for (const pl of [id.HEAT_PUMP, id.GAS_CONDENSING]) {
        for (let offset = 0; ; offset += 100) {
          const page = (await t.gql.ok(LIST, { pl, o: offset }, { token: token[who] })).articles;
          page.items.forEach((i: { id: string }) => listed.add(i.id));
          if (!page.hasMore) break;
        }
      }
      const list = keysOf(listed);

      const suggested = (await t.gql.ok(SUGGEST, { p: MARKER }, { token: token[who] })).articleSuggestions;
      const suggest = keysOf(suggested.map((s: { id: string }) => s.id));

      expect({ who, search, list, suggest }).toEqual({ who, search: lookup, list: lookup, suggest: lookup });
      return lookup;
    };

    it('applies the audience, tier and product line rules of the delegating partner (search, list, suggestions, lookup)', async () => {
      const matrix: Record<string, string[]> = {};
      for (const who of ['kaya', 'schulzTech', 'schulzAdmin', 'berger', 'hotline']) matrix[who] = await seen(who);
      expect(matrix).toEqual({
        // Only the permitted heat pump maintenance, and only up to Schulz's Premium rank (3) on heat pumps.
        kaya: ['partners', 'tier3', 'tier3Limited'],
        // Premium on heat pumps, Certified on gas condensing.
        schulzTech: ['gasOnly', 'otherCategory', 'partners', 'tier3', 'tier3Limited'],
        schulzAdmin: ['gasOnly', 'otherCategory', 'partners', 'tier3', 'tier3Limited'],
        // Certified (2) on heat pumps: no Premium article.
        berger: ['gasOnly', 'otherCategory', 'partners'],
        hotline: ['gasOnly', 'internal', 'otherCategory', 'partners', 'tier3', 'tier3Limited', 'tier4'].sort(),
      });
    });

    it("counts the partner's rank on the permitted product line, not a higher rank on another line", async () => {
      const [{ id: platinum }] = await t.sql<{ id: string }>(
        `INSERT INTO tier (code, rank, name_de, name_en, knowledge_level, may_delegate, listed_in_locator, may_show_badge)
         VALUES ('PLATINUM', 4, 'Platin', 'Platinum', 4, true, true, true) RETURNING id`,
      );
      await t.sql(
        `INSERT INTO tier_entitlement (tier_id, product_line_id, service_category_id)
         SELECT $1, product_line_id, service_category_id FROM tier_entitlement WHERE tier_id = $2`,
        [platinum, id.TIER_PREMIUM],
      );
      // Rank 4 on gas condensing: Schulz reads the tier 4 article (it is not limited to product lines), Kaya does not,
      // for its permission is on heat pumps, where Schulz is still Premium.
      await t.gql.ok(CHANGE_TIER, { g: id.GRANT_GAS_CONDENSING, t: platinum }, { token: token.manager });
      expect(await seen('schulzTech')).toContain('tier4');
      expect(await seen('kaya')).toEqual(['partners', 'tier3', 'tier3Limited']);
      // Rank 4 on heat pumps as well: now the permitted line carries the rank.
      await t.gql.ok(CHANGE_TIER, { g: id.GRANT_HEAT_PUMP, t: platinum }, { token: token.manager });
      expect(await seen('kaya')).toEqual(['partners', 'tier3', 'tier3Limited', 'tier4']);
      expect(await seen('berger')).toEqual(['gasOnly', 'otherCategory', 'partners']);

      await t.gql.ok(CHANGE_TIER, { g: id.GRANT_HEAT_PUMP, t: id.TIER_PREMIUM }, { token: token.manager });
      await t.gql.ok(CHANGE_TIER, { g: id.GRANT_GAS_CONDENSING, t: id.TIER_CERTIFIED }, { token: token.manager });
      expect(await seen('kaya')).toEqual(['partners', 'tier3', 'tier3Limited']);
      expect(await seen('schulzTech')).not.toContain('tier4');
    });
  });

  describe("a partner's review thread stays with the authoring organisation and the editors", () => {
    let articleId: string;

    beforeAll(async () => {
      const report = (body: string) => ({
        title: 'Erfahrungsbericht: Verdampfer vereist nach Filterwechsel',
        summary: 'Kurzfassung',
        body,
        language: 'de',
        productLineIds: [id.HEAT_PUMP],
        serviceCategoryIds: [id.MAINTENANCE],
      });
      const draft = (await t.gql.ok(CREATE, { input: report('Erster Entwurf.') }, { token: token.schulzTech })).createArticle;
      articleId = draft.id;
      await t.gql.ok(COMMENT, { id: articleId, comment: 'Intern: Messwerte vom Kunden Meier folgen' }, { token: token.schulzTech });
      let rev = (await move('schulzTech', articleId, 'SUBMIT', draft.revision)).revision;
      rev = (await move('editor', articleId, 'REQUEST_CHANGES', rev, 'Please add photos')).revision;
      await t.gql.ok(COMMENT, { id: articleId, comment: 'Fotos liegen beim Kunden, kommen Montag' }, { token: token.schulzTech });
      rev = (await t.gql.ok(UPDATE, { id: articleId, rev, input: report('Mit Fotos.') }, { token: token.schulzTech })).updateArticle
        .revision;
      rev = (await move('schulzTech', articleId, 'SUBMIT', rev)).revision;
      rev = (await move('editor', articleId, 'PUBLISH', rev, 'Danke, Einleitung gekürzt')).revision;
      // After publication: a new version by the editor, a further comment from the author side, archive and restore.
      rev = (await t.gql.ok(UPDATE, { id: articleId, rev, input: report('Mit Fotos und Druckwerten.') }, { token: token.editor }))
        .updateArticle.revision;
      await t.gql.ok(COMMENT, { id: articleId, comment: 'Nachtrag: Kunde Meier zufrieden' }, { token: token.schulzAdmin });
      rev = (await move('editor', articleId, 'ARCHIVE', rev, 'Interne Prüfung')).revision;
      await move('editor', articleId, 'RESTORE', rev);
    });

    const events = async (who: string) => (await t.gql.ok(EVENTS, { id: articleId }, { token: token[who] })).articleEvents as Event[];
    const THREAD = [
      'CREATE',
      'COMMENT',
      'SUBMIT',
      'REQUEST_CHANGES',
      'COMMENT',
      'SUBMIT',
      'PUBLISH',
      'EDIT',
      'COMMENT',
      'ARCHIVE',
      'RESTORE',
    ];

    it('shows other readers only the public lifecycle, without comments', async () => {
      const seen: Record<string, Event[]> = {};
      for (const who of ['berger', 'kaya', 'hotline']) seen[who] = await events(who);
      const matrix = Object.fromEntries(
        Object.entries(seen).map(([who, list]) => [who, list.map((e) => (e.comment ? `${e.action} ${e.comment}` : e.action))]),
      );
      const lifecycle = ['PUBLISH', 'EDIT v2', 'ARCHIVE', 'RESTORE'];
      expect(matrix).toEqual({ berger: lifecycle, kaya: lifecycle, hotline: lifecycle });
      for (const list of Object.values(seen)) {
        expect(JSON.stringify(list)).not.toMatch(/photos|Meier|Einleitung|Interne/);
        expect(list.find((e) => e.action === 'PUBLISH')?.actorName).toBe('Klaus Knowledge');
      }
    });

    it('shows the authoring organisation and the knowledge editors the whole thread', async () => {
      for (const who of ['schulzTech', 'schulzAdmin', 'editor']) {
        const seen = await events(who);
        expect([who, seen.map((e) => e.action)]).toEqual([who, THREAD]);
        const comments = seen.map((e) => e.comment);
        expect(comments).toEqual(
          expect.arrayContaining([
            'Intern: Messwerte vom Kunden Meier folgen',
            'Please add photos',
            'Danke, Einleitung gekürzt',
            'Nachtrag: Kunde Meier zufrieden',
          ]),
        );
      }
    });

    it('still hides a draft and its thread from everyone outside the authoring organisation', async () => {
      const draft = (
        await t.gql.ok(
          CREATE,
          { input: { title: 'Entwurf mit Rückfrage', language: 'de', productLineIds: [id.HEAT_PUMP] } },
          { token: token.schulzTech },
        )
      ).createArticle;
      await t.gql.ok(COMMENT, { id: draft.id, comment: 'Noch nicht fertig' }, { token: token.schulzTech });
      for (const who of ['berger', 'kaya', 'hotline'])
        expect([who, (await t.gql.fails(EVENTS, { id: draft.id }, { token: token[who] })).extensions.code]).toEqual([who, 'NOT_FOUND']);
      expect((await t.gql.ok(EVENTS, { id: draft.id }, { token: token.schulzAdmin })).articleEvents).toHaveLength(2);
    });
  });
});
