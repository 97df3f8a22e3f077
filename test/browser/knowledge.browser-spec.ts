import type { Browser, Page } from 'playwright-core';
import { baseUrl, expectAccessible, expectFocused, launchBrowser, login, openTab } from './support/browser';
import { apiLogin, distinctiveWord, graphql } from './support/api';
import { sql } from './support/database';

const TECHNICIAN = 'technik@schulz.example';
const EDITOR = 'knowledge@thermotec.example';
const HOTLINE = 'hotline@thermotec.example';

/** Confirms a workflow step in its dialog (the dialog's confirm button carries the step's name). */
async function takeStep(page: Page, step: string, comment?: string): Promise<void> {
  await page.getByTestId('article-actions').getByRole('button', { name: step, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  if (comment) await dialog.getByRole('textbox').fill(comment);
  await dialog.getByRole('button', { name: step, exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
}

async function expectStatus(page: Page, status: string): Promise<void> {
  await page.getByTestId('article-meta').getByTestId('article-status').filter({ hasText: status }).waitFor();
}

const MALICIOUS_BODY = [
  '# Harmless heading',
  '',
  '<script>window.__xss = "script"; alert("script")</script>',
  '',
  '<img src="/nothing.png" onerror="window.__xss = \'img\'; alert(\'img\')">',
  '',
  '<div onclick="window.__xss = \'click\'" data-testid="click-me">Click me</div>',
  '',
  '[javascript link](javascript:window.__xss=1;alert(1))',
  '',
  '[data link](data:text/html;base64,PHNjcmlwdD5hbGVydCg0KTwvc2NyaXB0Pg==)',
  '',
  '<a href="javascript:alert(5)">raw html link</a>',
  '',
  '<iframe src="javascript:alert(6)"></iframe>',
  '',
  '<svg onload="window.__xss = \'svg\'"></svg>',
  '',
  'Plain **bold** text stays.',
].join('\n');

/** Opens the article and proves nothing from its body ran or survived as executable markup. */
async function expectInert(page: Page, articleId: string): Promise<void> {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(`${baseUrl()}/knowledge/articles/${articleId}`);
  const body = page.getByTestId('article-body');
  await body.getByText('Plain', { exact: false }).waitFor();
  await body.locator('strong', { hasText: 'bold' }).waitFor();
  // Give a would-be onerror/onload time to fire, and click what claims to be clickable.
  const clickable = page.getByTestId('click-me');
  if ((await clickable.count()) > 0) await clickable.click();
  await page.waitForTimeout(500);

  expect(dialogs).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
  expect(await body.locator('script, iframe, svg, img[onerror], [onclick], [onload], [onerror]').count()).toBe(0);
  expect(await page.locator('a[href^="javascript:" i], a[href^="data:" i], [src^="javascript:" i]').count()).toBe(0);
  expect(await page.locator('script:not([src])').count()).toBe(0);
  // Body links that survive open elsewhere without handing over the opener.
  for (const rel of await body.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('rel')))) {
    expect(rel).toBe('noopener noreferrer');
  }
}

describe('knowledge base', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('a technician’s field report goes through review and the hotline finds it beside the list', async () => {
    const word = distinctiveWord();
    const title = `Pumpe taktet nach Tausch ${word.slice(2, 6).toUpperCase()}`;

    // The technician writes a field report and submits it.
    const tech = await openTab(browser);
    await login(tech.page, TECHNICIAN);
    await tech.page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Wissen', exact: true }).click();
    await tech.page.getByRole('heading', { level: 1, name: 'Wissen' }).waitFor();
    await tech.page.getByRole('link', { name: 'Erfahrungsbericht schreiben' }).click();
    await tech.page.getByRole('heading', { level: 1, name: 'Erfahrungsbericht schreiben' }).waitFor();
    const form = tech.page.getByTestId('article-form');
    await form.getByLabel('Titel', { exact: false }).first().fill(title);
    await form.getByLabel('Zusammenfassung').fill('Nach dem Tausch der Umwälzpumpe taktet die Anlage.');
    await form
      .getByLabel('Text (Markdown)')
      .fill(`## Ursache\n\nDer Sensor meldete ${word} nach dem Tausch.\n\n- Stecker prüfen\n- Parameter zurücksetzen`);
    await tech.page.getByRole('tab', { name: 'Vorschau' }).click();
    await form.getByTestId('article-body').getByRole('heading', { name: 'Ursache' }).waitFor();
    await expectAccessible(tech.page, 'field report form');
    await form.getByRole('button', { name: 'Speichern' }).click();
    await tech.page.getByRole('heading', { level: 1, name: title }).waitFor();
    const articleUrl = tech.page.url();
    const articleId = articleUrl.split('/').pop() ?? '';
    await expectStatus(tech.page, 'Entwurf');
    await takeStep(tech.page, 'Zur Prüfung einreichen');
    await expectStatus(tech.page, 'In Prüfung');
    await tech.page.getByRole('link', { name: 'Meine Beiträge' }).click();
    const mine = tech.page.getByTestId('articles-MY_ORGANISATION').getByRole('row').filter({ hasText: title });
    await mine.getByText('In Prüfung').waitFor();
    await expectAccessible(tech.page, 'my contributions');
    await mine.getByRole('link', { name: title }).click();
    await tech.page.getByRole('heading', { level: 1, name: title }).waitFor();

    // The editor finds it in the review queue and asks for a change.
    const editor = await openTab(browser, 'en-GB');
    await login(editor.page, EDITOR);
    await editor.page.goto(`${baseUrl()}/knowledge/review`);
    await editor.page.getByRole('heading', { level: 1, name: 'Editorial' }).waitFor();
    await editor.page.getByTestId('articles-REVIEW_QUEUE').getByRole('link', { name: title }).click();
    await editor.page.getByRole('heading', { level: 1, name: title }).waitFor();
    const comment = `Please name the sensor error code (${word.slice(2, 5)}).`;
    await takeStep(editor.page, 'Request changes', comment);
    await expectStatus(editor.page, 'Changes requested');

    // The technician sees the comment, edits and resubmits.
    await tech.page.reload();
    await tech.page.getByTestId('article-events').getByTestId('event-comment').filter({ hasText: comment }).waitFor();
    await expectStatus(tech.page, 'Änderungen erbeten');
    await tech.page.getByRole('link', { name: 'Bearbeiten' }).click();
    const body = tech.page.getByTestId('article-form').getByLabel('Text (Markdown)');
    await body.fill(`${await body.inputValue()}\n\nFehlercode am Display: F.28`);
    await tech.page.getByTestId('article-form').getByRole('button', { name: 'Speichern' }).click();
    await tech.page.getByRole('heading', { level: 1, name: title }).waitFor();
    await tech.page.getByTestId('article-body').getByText('Fehlercode am Display').waitFor();
    await takeStep(tech.page, 'Zur Prüfung einreichen');
    await expectStatus(tech.page, 'In Prüfung');

    // The editor publishes.
    await editor.page.reload();
    await expectStatus(editor.page, 'In review');
    await takeStep(editor.page, 'Publish');
    await expectStatus(editor.page, 'Published');
    await editor.page.getByTestId('article-versions').getByText('Version 1').first().waitFor();

    // Saving the published article makes version 2; the comparison shows the added line.
    await editor.page.getByRole('link', { name: 'Edit', exact: true }).click();
    const editorBody = editor.page.getByTestId('article-form').getByLabel('Text (Markdown)');
    await editorBody.fill(`${await editorBody.inputValue()}\n\nTorque: 2.5 Nm`);
    await editor.page.getByTestId('article-form').getByRole('button', { name: 'Publish as new version' }).click();
    await editor.page.getByRole('heading', { level: 1, name: title }).waitFor();
    const diff = editor.page.getByTestId('version-diff');
    await diff.locator('li[data-change="added"]', { hasText: 'Torque: 2.5 Nm' }).waitFor();
    expect(await diff.locator('li[data-change="removed"]').count()).toBe(0);
    await expectAccessible(editor.page, 'article page with version comparison');
    await editor.page.goto(`${baseUrl()}/knowledge/review`);
    await editor.page.getByTestId('articles-REVIEW_QUEUE').or(editor.page.getByTestId('list-empty')).first().waitFor();
    await expectAccessible(editor.page, 'review queue');

    // The hotline agent types the word; the box has focus from the start.
    const hotline = await openTab(browser);
    await login(hotline.page, HOTLINE);
    await hotline.page.goto(`${baseUrl()}/knowledge`);
    const box = hotline.page.getByRole('combobox', { name: 'Wissensdatenbank durchsuchen' });
    await expectFocused(box);
    await hotline.page.keyboard.type(word, { delay: 20 });
    const hit = hotline.page.locator(`#knowledge-results [role="option"][data-article-id="${articleId}"]`);
    await hit.waitFor();
    // The word is marked in the snippet (the odd runs), the text around it stays plain.
    const marks = (await hit.locator('mark').allTextContents()).map((text) => text.toLowerCase());
    expect(marks).toContain(word.toLowerCase());
    // Arrow down to the hit, Enter opens it beside the list, Escape returns to the box.
    const position = await hotline.page
      .locator('#knowledge-results [role="option"]')
      .evaluateAll((options, id) => options.findIndex((o) => o.getAttribute('data-article-id') === id), articleId);
    for (let i = 0; i <= position; i++) await box.press('ArrowDown');
    expect(await hit.getAttribute('aria-selected')).toBe('true');
    await box.press('Enter');
    const pane = hotline.page.getByRole('region', { name: 'Artikel' });
    const paneHeading = pane.getByRole('heading', { level: 2, name: title });
    await paneHeading.waitFor();
    await expectFocused(paneHeading);
    await pane.getByTestId('article-body').getByText(word).waitFor();
    // Beside, not below: the pane starts to the right of the result list.
    const listBox = await hotline.page.locator('#knowledge-results').boundingBox();
    const paneBox = await pane.boundingBox();
    expect(paneBox && listBox && paneBox.x > listBox.x + listBox.width - 1).toBe(true);
    await expectAccessible(hotline.page, 'search with open article');
    await hotline.page.keyboard.press('Escape');
    await expectFocused(box);

    // A misspelt word still leads somewhere: corrected results or a suggestion.
    const typo = word.slice(0, -2) + word.slice(-1) + word.slice(-2, -1);
    await box.fill(typo);
    await hotline.page.getByTestId('knowledge-corrected').or(hotline.page.getByTestId('knowledge-did-you-mean')).first().waitFor();
    await box.fill(word);
    await hotline.page
      .getByTestId('knowledge-corrected')
      .or(hotline.page.getByTestId('knowledge-did-you-mean'))
      .first()
      .waitFor({ state: 'detached' });
    await hit.waitFor();

    // The full article page, as every reader sees it.
    await pane.getByRole('link', { name: 'Artikelseite öffnen' }).click();
    await hotline.page.getByRole('heading', { level: 1, name: title }).waitFor();
    await hotline.page.getByRole('button', { name: /^Hilfreich/ }).click();
    const helpful = hotline.page.getByRole('button', { name: 'Hilfreich (1)' });
    await helpful.waitFor();
    expect(await helpful.getAttribute('aria-pressed')).toBe('true');
    await expectAccessible(hotline.page, 'article page');
    // Pressed again, the rating is taken back.
    await helpful.click();
    await hotline.page.getByText('Ihre Bewertung wurde zurückgenommen.').waitFor();
    const unrated = hotline.page.getByRole('button', { name: 'Hilfreich (0)', exact: true });
    await unrated.waitFor();
    expect(await unrated.getAttribute('aria-pressed')).toBe('false');
    // Back from the article page, the search is still there (query and filters live in the address).
    await hotline.page.goBack();
    await hit.waitFor();
    expect(await box.inputValue()).toBe(word);
    await hotline.page.goForward();
    await hotline.page.getByRole('heading', { level: 1, name: title }).waitFor();

    // A report goes to the editors' queue, where it is resolved.
    await hotline.page.getByRole('button', { name: 'Problem melden' }).click();
    const flagDialog = hotline.page.getByRole('dialog', { name: 'Problem mit diesem Artikel melden' });
    await flagDialog.getByLabel(/^Was stimmt nicht/).click();
    await hotline.page.getByRole('option', { name: 'Veraltet' }).click();
    await flagDialog.getByLabel('Einzelheiten').fill(`Drehmoment fehlt ${word}`);
    await expectAccessible(hotline.page, 'report dialog');
    await flagDialog.getByRole('button', { name: 'Meldung senden' }).click();
    await flagDialog.waitFor({ state: 'detached' });
    await editor.page.goto(`${baseUrl()}/knowledge/review?tab=flags`);
    const flagRow = editor.page
      .getByTestId('flags-table')
      .getByRole('row')
      .filter({ hasText: `Drehmoment fehlt ${word}` });
    await flagRow.waitFor();
    await expectAccessible(editor.page, 'reports');
    await flagRow.getByRole('button', { name: `Resolve the report on ${title}` }).click();
    const resolveDialog = editor.page.getByRole('dialog');
    await resolveDialog.getByLabel(/^What was done/).fill('Torque added in version 2.');
    await resolveDialog.getByRole('button', { name: 'Resolve' }).click();
    await resolveDialog.waitFor({ state: 'detached' });
    await flagRow.waitFor({ state: 'detached' });
    await editor.page.getByRole('tab', { name: 'Search analytics' }).click();
    await editor.page.getByTestId('analytics-searches').waitFor();
    await expectAccessible(editor.page, 'search analytics');

    for (const tab of [tech, editor, hotline]) {
      expect(tab.problems).toEqual([]);
      await tab.context.close();
    }
  });

  it('renders article bodies inert: no script runs, no javascript: or data: links, even if raw HTML reached the database', async () => {
    const token = await apiLogin(EDITOR);
    const created = await graphql<{ createArticle: { id: string; revision: number; body: string } }>(
      'mutation ($input: ArticleInput!) { createArticle(input: $input) { id revision body } }',
      { input: { title: 'XSS probe via API', language: 'en', body: MALICIOUS_BODY } },
      token,
    );
    await graphql(
      'mutation ($id: ID!, $rev: Int!) { transitionArticle(id: $id, action: PUBLISH, expectedRevision: $rev) { id } }',
      { id: created.createArticle.id, rev: created.createArticle.revision },
      token,
    );
    // The server sanitises on save; this row skips it, as if something had slipped through.
    const [raw] = await sql<{ id: string }>(
      `INSERT INTO article (kind, status, language, title, summary, body, author_organisation_id, version, published_at, first_published_at)
       SELECT 'SERVICE_KNOWHOW', 'PUBLISHED', 'en', 'XSS probe straight into the database', 'raw', $1, id, 1, now(), now()
         FROM organisation WHERE kind = 'MANUFACTURER' LIMIT 1
       RETURNING id`,
      [MALICIOUS_BODY],
    );
    expect((await sql<{ body: string }>('SELECT body FROM article WHERE id = $1', [raw.id]))[0].body).toContain('<script>');

    const tab = await openTab(browser, 'en-GB');
    await login(tab.page, EDITOR);
    await expectInert(tab.page, created.createArticle.id);
    await expectInert(tab.page, raw.id);
    // The raw HTML is not shown as markup either: skipped, not echoed as elements.
    expect(await tab.page.getByTestId('article-body').locator('div[data-testid="click-me"]').count()).toBe(0);
    expect(tab.problems).toEqual([]);
    await tab.context.close();
  });

  it('keeps a half-written field report when the technician leaves the page, and says when a save publishes', async () => {
    // The technician works in German (the language of the account).
    const tech = await openTab(browser);
    await login(tech.page, TECHNICIAN);
    await tech.page.goto(`${baseUrl()}/knowledge/new`);
    const form = tech.page.getByTestId('article-form');
    await form.getByLabel('Titel', { exact: false }).first().fill('Halb geschriebener Bericht');
    await form.getByLabel('Text (Markdown)').fill('Die Pumpe startet alle');
    // Away to the search (a link inside the portal): the portal asks first, and staying keeps the form as it is.
    const toSearch = tech.page.getByRole('link', { name: 'Suche', exact: true });
    await toSearch.click();
    const leave = tech.page.getByRole('dialog', { name: 'Ohne Speichern verlassen?' });
    await leave.getByRole('button', { name: 'Abbrechen' }).click();
    await leave.waitFor({ state: 'detached' });
    expect(await form.getByLabel('Text (Markdown)').inputValue()).toBe('Die Pumpe startet alle');
    expect(new URL(tech.page.url()).pathname).toBe('/knowledge/new');
    // Leaving anyway, then back to writing: the text is still there.
    await toSearch.click();
    await leave.getByRole('button', { name: 'Verlassen' }).click();
    await tech.page.getByRole('combobox', { name: 'Wissensdatenbank durchsuchen' }).waitFor();
    await tech.page.getByRole('link', { name: 'Erfahrungsbericht schreiben' }).click();
    await tech.page.getByTestId('draft-restored').getByText('Ihre ungespeicherten Änderungen vom letzten Mal', { exact: false }).waitFor();
    expect(await form.getByLabel('Titel', { exact: false }).first().inputValue()).toBe('Halb geschriebener Bericht');
    expect(await form.getByLabel('Text (Markdown)').inputValue()).toBe('Die Pumpe startet alle');
    await tech.page.getByRole('button', { name: 'Verwerfen' }).click();
    expect(await form.getByLabel('Titel', { exact: false }).first().inputValue()).toBe('');
    await tech.page.reload();
    await form.waitFor();
    expect(await tech.page.getByTestId('draft-restored').count()).toBe(0);

    // An editor changing a published article is told that saving publishes the next version.
    const [published] = await sql<{ id: string; version: number }>(
      `SELECT id, version FROM article WHERE status = 'PUBLISHED' AND language = 'en' ORDER BY title LIMIT 1`,
    );
    const editor = await openTab(browser, 'en-GB');
    await login(editor.page, EDITOR);
    await editor.page.goto(`${baseUrl()}/knowledge/articles/${published.id}/edit`);
    await editor.page.getByText(`saving publishes version ${published.version + 1} right away`, { exact: false }).waitFor();
    await editor.page.getByRole('button', { name: 'Publish as new version' }).waitFor();
    // The review queue says why a published article is in it: its review-by date has passed.
    await sql(`UPDATE article SET review_by = current_date - 3 WHERE id = $1`, [published.id]);
    await editor.page.goto(`${baseUrl()}/knowledge/review`);
    const queue = editor.page.getByTestId('articles-REVIEW_QUEUE');
    await queue.getByRole('columnheader', { name: 'Review by' }).waitFor();
    await queue.locator(`[data-article-id="${published.id}"]`).getByText('(overdue)', { exact: false }).first().waitFor();
    for (const tab of [tech, editor]) {
      expect(tab.problems).toEqual([]);
      await tab.context.close();
    }
  });

  it('a stale save explains the conflict and reloads the newer version', async () => {
    const token = await apiLogin(EDITOR);
    const created = await graphql<{ createArticle: { id: string } }>(
      'mutation ($input: ArticleInput!) { createArticle(input: $input) { id } }',
      { input: { title: 'Conflict probe', language: 'en', body: 'First text.' } },
      token,
    );
    const id = created.createArticle.id;
    const first = await openTab(browser, 'en-GB');
    await login(first.page, EDITOR);
    const second = await openTab(browser, 'en-GB');
    await login(second.page, EDITOR);
    for (const tab of [first, second]) {
      await tab.page.goto(`${baseUrl()}/knowledge/articles/${id}/edit`);
      await tab.page.getByTestId('article-form').waitFor();
    }
    await first.page.getByLabel(/^Title/).fill('Conflict probe, saved first');
    await first.page.getByRole('button', { name: 'Save' }).click();
    await first.page.getByRole('heading', { level: 1, name: 'Conflict probe, saved first' }).waitFor();

    await second.page.getByLabel(/^Title/).fill('Conflict probe, saved second');
    await second.page.getByRole('button', { name: 'Save' }).click();
    const conflict = second.page.getByTestId('stale-revision');
    await conflict.getByText('Someone else saved this article in the meantime', { exact: false }).waitFor();
    await expectAccessible(second.page, 'stale revision');
    await conflict.getByRole('button', { name: 'Reload the article' }).click();
    await conflict.waitFor({ state: 'detached' });
    expect(await second.page.getByLabel(/^Title/).inputValue()).toBe('Conflict probe, saved first');
    for (const tab of [first, second]) {
      expect(tab.problems).toEqual([]);
      await tab.context.close();
    }
  });
});
