import type { Browser, Locator, Page, Request } from 'playwright-core';
import { apiLogin, distinctiveWord, graphql } from './support/api';
import { baseUrl, expectAccessible, expectFocused, launchBrowser, login, openTab, type Tab } from './support/browser';

const EDITOR = 'knowledge@thermotec.example';
const HOTLINE = 'hotline@thermotec.example';
/** More matches than text ranking offers (RANK_CANDIDATES = 60): three pages of 20, then no more. */
const MANY = 65;

/** Publishes articles through the API, as the knowledge editors would; returns their ids in order. */
async function publishArticles(titles: string[], body: string): Promise<string[]> {
  const token = await apiLogin(EDITOR);
  const ids: string[] = [];
  for (let i = 0; i < titles.length; i += 10) {
    const batch = await Promise.all(
      titles.slice(i, i + 10).map(async (title) => {
        const created = await graphql<{ createArticle: { id: string; revision: number } }>(
          'mutation ($input: ArticleInput!) { createArticle(input: $input) { id revision } }',
          { input: { title, language: 'de', summary: title, body } },
          token,
        );
        await graphql(
          'mutation ($id: ID!, $rev: Int!) { transitionArticle(id: $id, action: PUBLISH, expectedRevision: $rev) { id } }',
          { id: created.createArticle.id, rev: created.createArticle.revision },
          token,
        );
        return created.createArticle.id;
      }),
    );
    ids.push(...batch);
  }
  return ids;
}

interface SearchCall {
  query: string;
  offset: number;
  limit: number;
}

/** Records the search requests the page sends, to check the paging it asks for. */
function watchSearches(page: Page): SearchCall[] {
  const calls: SearchCall[] = [];
  page.on('request', (request: Request) => {
    const body = request.postDataJSON() as { query?: string; variables?: { input?: SearchCall } } | null;
    if (request.url().endsWith('/graphql') && body?.query?.includes('knowledgeSearch(') && body.variables?.input) {
      calls.push(body.variables.input);
    }
  });
  return calls;
}

const options = (page: Page): Locator => page.locator('#knowledge-results [role="option"]');
const optionIds = (page: Page): Promise<string[]> =>
  options(page).evaluateAll((list) => list.map((option) => option.getAttribute('data-article-id') ?? ''));

/** Waits until the list shows this many hits (an earlier list may still be on screen meanwhile), failing early on an error. */
async function expectOptionCount(page: Page, count: number): Promise<void> {
  await page.waitForFunction(
    (n) => document.querySelectorAll('#knowledge-results [role="option"]').length === n || !!document.querySelector('[role="alert"]'),
    count,
  );
  expect(await page.getByRole('alert').allInnerTexts()).toEqual([]);
  expect(await options(page).count()).toBe(count);
}

/** Waits until the list shows the results of what is typed (not busy loading them). */
async function expectSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('#knowledge-results')?.parentElement?.getAttribute('aria-busy') === 'false');
}

/** Waits until the list shows exactly these articles, in any order. */
async function expectOptions(page: Page, ids: string[]): Promise<void> {
  await page.waitForFunction((expected) => {
    const shown = [...document.querySelectorAll('#knowledge-results [role="option"]')].map((o) => o.getAttribute('data-article-id'));
    return shown.length === expected.length && shown.every((id) => id !== null && expected.includes(id));
  }, ids);
}

/** The element lies within the visible viewport, below the fixed header (60 px). */
async function expectInView(page: Page, locator: Locator): Promise<void> {
  const box = await locator.boundingBox();
  const viewport = page.viewportSize();
  expect(box && viewport && { top: Math.round(box.y), inView: box.y >= 59 && box.y + Math.min(box.height, 40) <= viewport.height }).toEqual(
    expect.objectContaining({ inView: true }),
  );
}

describe('knowledge search page', () => {
  let browser: Browser;
  let many: string;
  let few: string;
  let manyIds: string[];
  let fewIds: string[];
  const tabs: Tab[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    many = distinctiveWord();
    few = distinctiveWord();
    manyIds = await publishArticles(
      Array.from({ length: MANY }, (_, i) => `Brennerstörung ${many} Fall ${i + 1}`),
      `Die Anlage meldet ${many} beim Start.`,
    );
    fewIds = await publishArticles(
      ['Kondensat', 'Zündung', 'Gebläse'].map((topic) => `${topic} ${few}`),
      `Der Regler zeigt ${few} an.`,
    );
  });
  afterEach(async () => {
    for (const tab of tabs.splice(0)) {
      expect(tab.problems).toEqual([]);
      await tab.context.close();
    }
  });
  afterAll(async () => {
    await browser.close();
  });

  async function hotlineTab(): Promise<Tab> {
    const tab = await openTab(browser);
    tabs.push(tab);
    await login(tab.page, HOTLINE);
    return tab;
  }

  it('"show more" appends the next pages, ends where the API does and starts over for a new query or filter', async () => {
    const { page } = await hotlineTab();
    const calls = watchSearches(page);
    await page.goto(`${baseUrl()}/knowledge?q=${many}`);
    await expectOptionCount(page, 20);
    await page.getByTestId('knowledge-total').getByText(`${MANY} Treffer`).waitFor();
    const firstPage = await optionIds(page);
    const more = page.getByRole('button', { name: 'Weitere Treffer zeigen' });

    await more.click();
    await expectOptionCount(page, 40);
    await more.click();
    await expectOptionCount(page, 60);
    // Appended: the earlier hits stay where they were, no article twice, and all are the ones searched for.
    const all = await optionIds(page);
    expect(all.slice(0, 20)).toEqual(firstPage);
    expect(new Set(all).size).toBe(60);
    await expectOptions(
      page,
      all.filter((id) => manyIds.includes(id)),
    );
    // Text ranking offers no more than 60: the button goes, nothing failed.
    await more.waitFor({ state: 'detached' });
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.getByTestId('knowledge-total').getByText(`${MANY} Treffer`).waitFor();
    await expectAccessible(page, 'search with three pages of hits');

    // A new query starts at the first page again, and still works.
    const box = page.getByRole('combobox', { name: 'Wissensdatenbank durchsuchen' });
    await box.fill(few);
    await expectOptions(page, fewIds);
    await box.fill(many);
    await expectOptionCount(page, 20);
    await more.waitFor();

    // So does a filter.
    await more.click();
    await expectOptionCount(page, 40);
    const languageFilter = page.getByRole('combobox', { name: 'Sprache' });
    await languageFilter.click();
    await page.getByRole('option', { name: /^Deutsch/ }).click();
    await page.waitForURL(/lang=de/);
    await expectOptionCount(page, 20);
    await more.waitFor();

    // Browsing (no query) offers pages up to the API's highest offset, then stops instead of failing.
    await languageFilter.click();
    await page.getByRole('option', { name: /^Deutsch/ }).click();
    await page.waitForURL((url) => !url.searchParams.has('lang'));
    await box.fill('');
    await expectSettled(page);
    await expectOptionCount(page, 20);
    for (let i = 0; i < 6 && (await more.isVisible()); i++) {
      const before = await options(page).count();
      await more.click();
      await page.waitForFunction(
        (n) => document.querySelectorAll('#knowledge-results [role="option"]').length > n || !!document.querySelector('[role="alert"]'),
        before,
      );
    }
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await options(page).count()).toBe(80);
    expect(await more.count()).toBe(0);

    expect(calls.filter((c) => c.limit > 50 || c.offset > 60)).toEqual([]);
    // Every first page asks for one page from the start; only "show more" asks for later ones.
    expect(calls.filter((c) => c.offset === 0).every((c) => c.limit === 20)).toBe(true);
  });

  it('Enter while the next results load opens a hit of the query as typed, not of the list still shown', async () => {
    const { page } = await hotlineTab();
    // Slow searches widen the window in which the old list is still on screen.
    await page.route('**/graphql', async (route) => {
      if (route.request().postData()?.includes('knowledgeSearch(')) await new Promise((resolve) => setTimeout(resolve, 700));
      await route.continue();
    });
    const searchIds = new Map<string, string>();
    page.on('response', async (response) => {
      const sent = response.request().postDataJSON() as { query?: string; variables?: { input?: { query: string } } } | null;
      if (!sent?.query?.includes('knowledgeSearch(') || !sent.variables?.input) return;
      const body = (await response.json().catch(() => null)) as { data?: { knowledgeSearch: { searchId: string } } } | null;
      if (body?.data) searchIds.set(sent.variables.input.query, body.data.knowledgeSearch.searchId);
    });
    const views: { id: string; searchId: string | null; position: number }[] = [];
    page.on('request', (request) => {
      const sent = request.postDataJSON() as {
        query?: string;
        variables?: { id: string; searchId: string | null; position: number };
      } | null;
      if (sent?.query?.includes('recordArticleView(') && sent.variables) views.push(sent.variables);
    });

    await page.goto(`${baseUrl()}/knowledge?q=${many}`);
    const box = page.getByRole('combobox', { name: 'Wissensdatenbank durchsuchen' });
    await expectOptionCount(page, 20);
    const pane = page.getByRole('region', { name: 'Artikel' });

    // Typed (pasted) and Enter at once: the many-hits list is still shown, yet the first hit of the new query opens.
    await box.fill(few);
    await box.press('Enter');
    await pane.getByTestId('article-pane').waitFor();
    await expectOptions(page, fewIds);
    const fewOrder = await optionIds(page);
    expect(await pane.getByTestId('article-pane').getAttribute('data-article-id')).toBe(fewOrder[0]);
    await expectFocused(pane.getByRole('heading', { level: 2 }));
    expect(views).toEqual([{ id: fewOrder[0], searchId: searchIds.get(few), position: 0 }]);
    await page.keyboard.press('Escape');
    await expectFocused(box);

    // Arrows and Enter before the results are there: the second hit of the new query, selected, opens.
    await box.fill(many);
    await box.press('ArrowDown');
    await box.press('ArrowDown');
    await box.press('Enter');
    await expectOptionCount(page, 20);
    const manyOrder = await optionIds(page);
    await pane.locator(`[data-testid="article-pane"][data-article-id="${manyOrder[1]}"]`).waitFor();
    expect(await options(page).nth(1).getAttribute('aria-selected')).toBe('true');
    expect(views.at(-1)).toEqual({ id: manyOrder[1], searchId: searchIds.get(many), position: 1 });
    expect(views).toHaveLength(2);

    // Typing moves the selection back to the start of the new results.
    await box.fill(few);
    await expectOptions(page, fewIds);
    expect(await page.locator('#knowledge-results [aria-selected="true"]').count()).toBe(0);
  });

  it('an article opened from far down the list is in view, beside the list and on a phone', async () => {
    const { page } = await hotlineTab();
    await page.goto(`${baseUrl()}/knowledge?q=${many}`);
    await expectOptionCount(page, 20);
    await page.getByRole('button', { name: 'Weitere Treffer zeigen' }).click();
    await expectOptionCount(page, 40);
    const pane = page.getByRole('region', { name: 'Artikel' });

    // Wide: the pane stays beside the list while it scrolls.
    const last = options(page).last();
    await last.scrollIntoViewIfNeeded();
    await last.click();
    const heading = pane.getByRole('heading', { level: 2 });
    await pane.locator(`[data-article-id="${await last.getAttribute('data-article-id')}"]`).waitFor();
    await expectInView(page, heading);

    // Narrow: the pane follows all hits; opening scrolls to it and moves focus to its heading.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.evaluate(() => window.scrollTo(0, 0));
    const other = options(page).nth(19);
    await other.scrollIntoViewIfNeeded();
    await other.click();
    await pane.locator(`[data-article-id="${await other.getAttribute('data-article-id')}"]`).waitFor();
    await expectFocused(heading);
    await expectInView(page, heading);
  });

  it('the search box takes at most the 200 characters the API accepts, also from a link', async () => {
    const { page } = await hotlineTab();
    await page.goto(`${baseUrl()}/knowledge?q=${many}`);
    await expectOptionCount(page, 20);
    const box = page.getByRole('combobox', { name: 'Wissensdatenbank durchsuchen' });

    // A pasted error log, longer than the API takes.
    const pasted = `${many} ${'Fehlerprotokoll Zeile '.repeat(15)}`;
    expect(pasted.length).toBeGreaterThan(300);
    await box.fill('');
    await box.focus();
    await page.keyboard.insertText(pasted);
    expect(await box.inputValue()).toBe(pasted.slice(0, 200));
    expect(await box.getAttribute('maxlength')).toBe('200');
    await page.waitForURL((url) => url.searchParams.get('q')?.length === 200);
    await page.waitForTimeout(1000);
    await page.getByTestId('list-empty').or(options(page).first()).or(page.getByRole('alert')).first().waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await page.getByTestId('knowledge-total').textContent()).toMatch(/^(\d+\+? Treffer|1 Treffer|)$/);

    // The same text in a shared address.
    await page.goto(`${baseUrl()}/knowledge?q=${encodeURIComponent(pasted)}`);
    await page.getByTestId('list-empty').or(options(page).first()).or(page.getByRole('alert')).first().waitFor();
    expect(await box.inputValue()).toBe(pasted.slice(0, 200));
    expect(await page.getByRole('alert').count()).toBe(0);
  });
});
