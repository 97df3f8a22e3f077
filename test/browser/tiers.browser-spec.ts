import type { Browser, Page } from 'playwright-core';
import { baseUrl, expectAccessible, expectFocused, launchBrowser, login, openTab } from './support/browser';

const MANAGER = 'partners@thermotec.example';
const BERGER_ADMIN = 'admin@berger.example';
const SCHULZ_ADMIN = 'admin@schulz.example';
const BERGER = 'Haustechnik Berger KG';

async function openNavigation(page: Page, entry: string, heading = entry): Promise<void> {
  await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: entry, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

/** Picks an option of a Mantine select inside `scope`, found by the select's label. */
async function choose(page: Page, scope: ReturnType<Page['locator']>, label: RegExp, option: string): Promise<void> {
  await scope.getByLabel(label).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

describe('authorisation tiers', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('a downgrade reaches the partner with its reason; the partner requests a tier, the manager approves it', async () => {
    const reason = `Schulungsnachweise fehlen (${Date.now()})`;
    const justification = `Zwei Techniker haben den Grundkurs BASIC abgeschlossen (${Date.now()}).`;

    // The partner manager finds Berger in the network with its tiers per product line.
    const manager = await openTab(browser);
    await login(manager.page, MANAGER);
    await openNavigation(manager.page, 'Netzwerk');
    const bergerRow = manager.page.locator(`[data-testid="partner-table"] tbody tr[data-partner="${BERGER}"]`);
    await bergerRow.getByText('Wärmepumpen: Zertifiziert', { exact: true }).waitFor();
    await bergerRow.getByText('Solarthermie: Registriert', { exact: true }).waitFor();
    await expectAccessible(manager.page, 'network partners');

    // The partner page (a deep link of its own) shows master data and the grant per product line.
    await bergerRow.getByRole('link', { name: BERGER }).click();
    await manager.page.getByRole('heading', { level: 1, name: BERGER }).waitFor();
    expect(manager.page.url()).toMatch(/\/network\/[0-9a-f-]{36}$/);
    const partnerUrl = manager.page.url();
    await manager.page.getByTestId('master-data').getByText('86161 Augsburg', { exact: false }).waitFor();
    const heatPumps = manager.page.locator('section[data-product-line="HEAT_PUMP"]');
    await heatPumps.getByTestId('live-grant').getByText('Zertifiziert', { exact: true }).waitFor();
    await expectAccessible(manager.page, 'partner page');

    // Downgrade: the reason is required, and the downgrade asks once more before it happens.
    await heatPumps.getByRole('button', { name: 'Stufe ändern – Wärmepumpen' }).click();
    const dialog = manager.page.getByRole('dialog', { name: `Stufe ändern: Wärmepumpen von ${BERGER}` });
    expect(await dialog.getByRole('radio', { name: /^Zertifiziert/ }).count()).toBe(0);
    await dialog.getByRole('radio', { name: 'Registriert (Herabstufung)' }).check();
    await dialog.getByRole('button', { name: 'Herabstufen …' }).click();
    await dialog.getByText('Bitte geben Sie eine Begründung an (mindestens 3 Zeichen).').waitFor();
    await dialog.getByLabel(/^Begründung/).fill(reason);
    await expectAccessible(manager.page, 'change tier dialog');
    await dialog.getByRole('button', { name: 'Herabstufen …' }).click();
    const confirmation = dialog.getByTestId('grant-confirm');
    await confirmation
      .getByText(`${BERGER} wird auf Wärmepumpen von Zertifiziert auf Registriert herabgestuft.`, { exact: false })
      .waitFor();
    await expectFocused(dialog.getByRole('button', { name: 'Zurück' }));
    await expectAccessible(manager.page, 'downgrade confirmation');
    await dialog.getByRole('button', { name: 'Jetzt herabstufen' }).click();
    await dialog.waitFor({ state: 'detached' });
    await heatPumps.getByTestId('live-grant').getByText('Registriert', { exact: true }).waitFor();
    const managerEntry = heatPumps.locator('li[data-action="TIER_CHANGED"]').first();
    const managerText = await managerEntry.innerText();
    expect(managerText).toContain('Stufe geändert');
    expect(managerText).toContain('Stufe: Zertifiziert → Registriert');
    expect(managerText).toContain(`Begründung: „${reason}“`);
    expect(managerText).toContain('Peter Partnermanager');
    await expectAccessible(manager.page, 'partner page after downgrade');

    // The partner admin, in a browser of their own: a notification, then the new tier and the history in "My status".
    const partner = await openTab(browser);
    await login(partner.page, BERGER_ADMIN);
    await partner.page.getByRole('button', { name: /^Benachrichtigungen, \d+ ungelesen$/ }).click();
    const notifications = partner.page.getByTestId('notification-list');
    await notifications.getByText('Ihre Stufe auf Wärmepumpen ist jetzt Registriert.', { exact: false }).first().waitFor();
    await notifications.getByText(`Begründung: „${reason}“`).waitFor();
    await expectAccessible(partner.page, 'notifications');
    await notifications.getByRole('button', { name: 'Alle als gelesen markieren' }).click();
    await partner.page.getByRole('button', { name: 'Benachrichtigungen', exact: true }).waitFor();
    await partner.page.keyboard.press('Escape');

    await openNavigation(partner.page, 'Mein Status');
    const status = partner.page.locator('section[data-product-line="HEAT_PUMP"]');
    await status.getByTestId('current-tier').getByText('Registriert', { exact: true }).waitFor();
    expect(await status.getByTestId('privileges').innerText()).toContain('Leistungen: Wartung.');
    const next = await status.getByTestId('next-tier').innerText();
    expect(next).toMatch(/Zusätzliche Leistungen: .*Installation/);
    expect(next).toContain('Ein Eintrag in der öffentlichen Partnersuche.');
    expect(await status.getByTestId('next-requirements').innerText()).toMatch(/Pflichtschulung BASIC: \d+ gültige\(s\) Zertifikat\(e\)/);
    const partnerEntry = status.locator('li[data-action="TIER_CHANGED"]').first();
    expect(await partnerEntry.innerText()).toContain('Stufe: Zertifiziert → Registriert');
    expect(await partnerEntry.innerText()).toContain(`Begründung: „${reason}“`);
    // Partners never see other partners: only Berger's grants are on the page.
    expect(await partner.page.locator('section[data-product-line="GAS_CONDENSING"]').getByTestId('current-tier').innerText()).toBe(
      'Ihr Unternehmen hat auf dieser Produktlinie keine Stufe.',
    );
    await expectAccessible(partner.page, 'my status');

    // The partner admin asks for Certified again; the form checks its fields first.
    const form = partner.page.getByTestId('request-form');
    await form.getByRole('button', { name: 'Antrag senden' }).click();
    await form.getByText('Bitte wählen Sie eine Stufe.').waitFor();
    await choose(partner.page, form, /^Produktlinie/, 'Wärmepumpen');
    await choose(partner.page, form, /^Beantragte Stufe/, 'Zertifiziert');
    await form.getByLabel(/^Begründung/).fill('zu kurz');
    await form.getByRole('button', { name: 'Antrag senden' }).click();
    await form.getByText('Bitte begründen Sie mit mindestens 10 Zeichen.').waitFor();
    await form.getByLabel(/^Begründung/).fill(justification);
    await expectAccessible(partner.page, 'request form');
    await form.getByRole('button', { name: 'Antrag senden' }).click();
    const ownRequest = partner.page.locator('[data-testid="request-table"] tbody tr[data-product-line="HEAT_PUMP"]').first();
    await ownRequest.getByText('Offen', { exact: true }).waitFor();
    expect(await ownRequest.innerText()).toContain(justification);

    // The manager sees it on the partner page and in the queue, and approves it there with a reason.
    await manager.page.reload();
    await manager.page.locator('[data-testid="request-table"] tbody tr', { hasText: justification }).waitFor();
    await openNavigation(manager.page, 'Netzwerk');
    await manager.page.getByRole('navigation', { name: 'Ansichten des Netzwerks' }).getByRole('link', { name: 'Stufenanträge' }).click();
    const queued = manager.page.locator(`[data-testid="request-table"] tbody tr[data-partner="${BERGER}"]`, { hasText: justification });
    await queued.waitFor();
    expect(await queued.innerText()).toContain('Bernd Berger');
    await expectAccessible(manager.page, 'request queue');
    await queued.getByRole('button', { name: `Genehmigen: ${BERGER}, Zertifiziert auf Wärmepumpen` }).click();
    const approve = manager.page.getByRole('dialog', { name: `Genehmigen: Zertifiziert auf Wärmepumpen für ${BERGER}` });
    await approve.getByText(justification).waitFor();
    await approve.getByRole('textbox', { name: /^Begründung/ }).fill('Grundkurs nachgewiesen');
    await expectAccessible(manager.page, 'approve dialog');
    await approve.getByRole('button', { name: 'Genehmigen', exact: true }).click();
    await approve.waitFor({ state: 'detached' });
    await queued.waitFor({ state: 'detached' });

    // The partner admin sees the approved tier, the decision and the history entry.
    await partner.page.reload();
    await status.getByTestId('current-tier').getByText('Zertifiziert', { exact: true }).waitFor();
    const decided = partner.page.locator('[data-testid="request-table"] tbody tr', { hasText: justification });
    await decided.getByText('Genehmigt', { exact: true }).waitFor();
    expect(await decided.innerText()).toContain('Begründung: „Grundkurs nachgewiesen“');
    expect(await decided.getByRole('button').count()).toBe(0);
    const approvedEntry = status.locator('li[data-action="TIER_CHANGED"]').first();
    expect(await approvedEntry.innerText()).toContain('Stufe: Registriert → Zertifiziert');
    expect(await approvedEntry.innerText()).toContain('Begründung: „Grundkurs nachgewiesen“');
    await expectAccessible(partner.page, 'my status after approval');

    // In English, the same notifications and the page read in English (the language is stored on the user: restore it).
    try {
      await partner.page.getByText('English', { exact: true }).click();
      await partner.page.getByRole('heading', { level: 1, name: 'My status' }).waitFor();
      await status.getByTestId('current-tier').getByText('Certified', { exact: true }).waitFor();
      await partner.page.getByRole('button', { name: /^Notifications, \d+ unread$/ }).click();
      const english = partner.page.getByTestId('notification-list');
      await english.getByText('Your tier request was approved.').first().waitFor();
      await english.getByText('Your tier on Heat pumps is now Certified.').first().waitFor();
      await expectAccessible(partner.page, 'notifications in English');
      await partner.page.keyboard.press('Escape');
    } finally {
      await partner.page.getByText('Deutsch', { exact: true }).click();
      await partner.page.getByRole('heading', { level: 1, name: 'Mein Status' }).waitFor();
    }

    // The manager's partner page shows the same state after a reload (deep link).
    await manager.page.goto(partnerUrl);
    await heatPumps.getByTestId('live-grant').getByText('Zertifiziert', { exact: true }).waitFor();
    expect(await heatPumps.locator('li[data-action="TIER_CHANGED"]').count()).toBeGreaterThanOrEqual(2);

    expect([...manager.problems, ...partner.problems]).toEqual([]);
    await manager.context.close();
    await partner.context.close();
  });

  it('a withdrawn request can no longer be approved, and the manager is told so', async () => {
    const justification = `Drei Techniker mit Aufbaukurs ADVANCED (${Date.now()}).`;
    const partner = await openTab(browser);
    await login(partner.page, SCHULZ_ADMIN);
    await openNavigation(partner.page, 'Mein Status');
    const form = partner.page.getByTestId('request-form');
    await choose(partner.page, form, /^Produktlinie/, 'Gas-Brennwertkessel');
    await choose(partner.page, form, /^Beantragte Stufe/, 'Premium');
    await form.getByLabel(/^Begründung/).fill(justification);
    await form.getByRole('button', { name: 'Antrag senden' }).click();
    const own = partner.page.locator('[data-testid="request-table"] tbody tr', { hasText: justification });
    await own.getByText('Offen', { exact: true }).waitFor();

    // The manager opens the queue while the request is still open.
    const manager = await openTab(browser);
    await login(manager.page, MANAGER);
    await manager.page.goto(`${baseUrl()}/network/requests`);
    const queued = manager.page.locator('[data-testid="request-table"] tbody tr', { hasText: justification });
    await queued.waitFor();

    // Meanwhile the partner withdraws it (after a confirmation).
    await own.getByRole('button', { name: 'Antrag auf Premium für Gas-Brennwertkessel zurückziehen' }).click();
    const confirm = partner.page.getByRole('dialog', { name: 'Antrag zurückziehen?' });
    await expectFocused(confirm.getByRole('button', { name: 'Abbrechen' }));
    await expectAccessible(partner.page, 'withdraw confirmation');
    await confirm.getByRole('button', { name: 'Zurückziehen' }).click();
    await own.getByText('Zurückgezogen', { exact: true }).waitFor();

    // The manager's approval now fails with a readable reason, and the dialog stays open.
    await queued.getByRole('button', { name: /^Genehmigen: Wärmetechnik Schulz GmbH/ }).click();
    const approve = manager.page.getByRole('dialog', { name: /^Genehmigen: Premium auf Gas-Brennwertkessel/ });
    await approve.getByRole('button', { name: 'Genehmigen', exact: true }).click();
    await approve
      .getByTestId('form-error')
      .getByText('Über diesen Antrag wurde bereits entschieden oder er wurde zurückgezogen. Bitte neu laden.')
      .waitFor();
    await expectAccessible(manager.page, 'approval refused');
    await approve.getByRole('button', { name: 'Abbrechen' }).click();

    // Decided requests are one filter away, with their status.
    await manager.page.getByRole('search').getByLabel('Status').click();
    await manager.page.getByRole('option', { name: 'Zurückgezogen' }).click();
    await manager.page
      .locator('[data-testid="request-table"] tbody tr', { hasText: justification })
      .getByText('Zurückgezogen', { exact: true })
      .waitFor();

    // An outdated or broken partner link explains itself.
    for (const id of ['00000000-0000-4000-8000-000000000000', 'kein-partner']) {
      await manager.page.goto(`${baseUrl()}/network/${id}`);
      await manager.page.getByTestId('partner-not-found').getByText('Diesen Partner gibt es nicht (mehr)', { exact: false }).waitFor();
    }
    await expectAccessible(manager.page, 'unknown partner');

    expect([...manager.problems, ...partner.problems]).toEqual([]);
    await manager.context.close();
    await partner.context.close();
  });

  it('technicians see their company status without request actions; manufacturer pages refuse partners', async () => {
    const { page, context, problems } = await openTab(browser);
    await login(page, 'technik@schulz.example');
    await openNavigation(page, 'Mein Status');
    await page
      .locator('section[data-product-line="HEAT_PUMP"]')
      .getByTestId('current-tier')
      .getByText('Premium', { exact: true })
      .waitFor();
    expect(await page.locator('section[data-product-line="HEAT_PUMP"]').getByTestId('next-tier').count()).toBe(0);
    // The current tier's requirements are checked against the company's training records.
    const requirements = page.locator('section[data-product-line="HEAT_PUMP"]').getByTestId('current-requirements');
    expect(await requirements.innerText()).toMatch(/Zertifizierte Techniker für diese Produktlinie: \d+ von 2 – (erfüllt|fehlt)/);
    expect(await requirements.innerText()).toMatch(/Pflichtschulung ADVANCED: \d+ gültige\(s\) Zertifikat\(e\) – (erfüllt|fehlt)/);
    await page.getByText('Sie haben die höchste Stufe.').first().waitFor();
    expect(await page.getByTestId('request-form').count()).toBe(0);
    expect(await page.getByTestId('request-table').count()).toBe(0);
    await expectAccessible(page, 'my status (technician)');
    for (const path of ['/network/requests', '/network/00000000-0000-0000-0000-000000000000']) {
      await page.goto(`${baseUrl()}${path}`);
      await page.getByTestId('no-access').waitFor();
    }
    expect(problems).toEqual([]);
    await context.close();
  });
});
