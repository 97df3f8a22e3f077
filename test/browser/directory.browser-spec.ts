import type { Browser } from 'playwright-core';
import { baseUrl, expectAccessible, launchBrowser, login, openTab } from './support/browser';

const MANAGER = 'partners@thermotec.example';
const SCHULZ_ADMIN = 'admin@schulz.example';
const SCHULZ = 'Wärmetechnik Schulz GmbH';

describe('partner locator and badge verification', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('anonymous search finds Schulz; its badge verifies as valid, then as suspended', async () => {
    // An anonymous visitor searches heat-pump partners for 80331 without being sent to the login page.
    const visitor = await openTab(browser);
    await visitor.page.goto(`${baseUrl()}/find`);
    await visitor.page.getByRole('heading', { level: 1, name: 'Autorisierten Partner finden' }).waitFor();
    expect(visitor.page.url()).toMatch(/\/find$/);
    await visitor.page.getByRole('combobox', { name: /^Produktlinie/ }).click();
    await visitor.page.getByRole('option', { name: 'Wärmepumpen', exact: true }).click();
    await visitor.page.getByRole('textbox', { name: 'Postleitzahl' }).fill('8033');
    await visitor.page.getByRole('button', { name: 'Suchen' }).click();
    await visitor.page.getByText('Bitte geben Sie eine Postleitzahl mit 5 Ziffern ein.').waitFor();
    await visitor.page.getByRole('textbox', { name: 'Postleitzahl' }).fill('80331');
    await visitor.page.getByRole('button', { name: 'Suchen' }).click();
    const results = visitor.page.getByTestId('find-results');
    await results
      .getByRole('heading', { name: /Wärmetechnik Schulz/ })
      .first()
      .waitFor();
    await expectAccessible(visitor.page, 'locator results');

    // The Schulz admin copies the verify link of the heat-pump badge from "My status".
    const admin = await openTab(browser);
    await admin.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() });
    await login(admin.page, SCHULZ_ADMIN);
    await admin.page.goto(`${baseUrl()}/status`);
    const badge = admin.page.locator('[data-badge="HEAT_PUMP"]');
    await badge.getByRole('button', { name: 'Prüf-Link kopieren – Wärmepumpen' }).click();
    await admin.page.getByText('In die Zwischenablage kopiert.').waitFor();
    const verifyUrl = await admin.page.evaluate(() => navigator.clipboard.readText());
    expect(verifyUrl).toMatch(/\/verify\/[^/]+$/);
    await expectAccessible(admin.page, 'my status with badges');

    // The admin also keeps the locations and postcode areas the locator uses.
    const locations = admin.page.locator('section[aria-labelledby="partner-locations"]');
    await locations.locator('[data-location="Wärmetechnik Schulz – Zentrale"]').waitFor();
    expect(await locations.getByRole('textbox', { name: 'Bediente Postleitzahlbereiche' }).inputValue()).toMatch(/\b80\b/);
    await locations.getByRole('button', { name: 'Standort hinzufügen' }).click();
    await locations.getByRole('button', { name: 'Standort speichern' }).click();
    await locations
      .getByRole('alert')
      .getByText(/^Bitte Name/)
      .waitFor();
    await expectAccessible(admin.page, 'location form');
    await locations.getByRole('button', { name: 'Abbrechen' }).click();

    // Anyone opening the link sees the grant as valid.
    const anonymous = await openTab(browser);
    await anonymous.page.goto(verifyUrl);
    const status = anonymous.page.getByTestId('verify-status');
    await status.getByText(/^Gültig/).waitFor();
    await anonymous.page.getByText(SCHULZ, { exact: true }).waitFor();
    await expectAccessible(anonymous.page, 'badge verification');

    // The partner manager suspends Schulz's heat-pump grant on the partner page.
    const manager = await openTab(browser);
    await login(manager.page, MANAGER);
    await manager.page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Netzwerk', exact: true }).click();
    await manager.page
      .locator(`[data-testid="partner-table"] tbody tr[data-partner="${SCHULZ}"]`)
      .getByRole('link', { name: SCHULZ })
      .click();
    await manager.page.getByRole('heading', { level: 1, name: SCHULZ }).waitFor();
    const heatPumps = manager.page.locator('section[data-product-line="HEAT_PUMP"]');
    const act = async (action: string, submit: string, reason: string, confirm?: string) => {
      await heatPumps.getByRole('button', { name: `${action} – Wärmepumpen` }).click();
      const dialog = manager.page.getByRole('dialog', { name: `${action}: Wärmepumpen von ${SCHULZ}` });
      await dialog.getByLabel(/^Begründung/).fill(reason);
      await dialog.getByRole('button', { name: submit }).click();
      if (confirm) await dialog.getByRole('button', { name: confirm }).click();
      await dialog.waitFor({ state: 'detached' });
    };
    await act('Aussetzen', 'Aussetzen …', 'Beschwerde wird geprüft', 'Jetzt aussetzen');

    // After a reload the verification page says suspended.
    await anonymous.page.reload();
    await anonymous.page
      .getByTestId('verify-status')
      .getByText(/^Ausgesetzt/)
      .waitFor();
    expect(await anonymous.page.getByTestId('verify-status').getAttribute('data-status')).toBe('SUSPENDED');
    await expectAccessible(anonymous.page, 'suspended badge verification');

    // Leave the demo data as other specs expect it.
    await act('Aussetzung aufheben', 'Aussetzung aufheben', 'Beschwerde unbegründet');

    for (const tab of [visitor, admin, anonymous, manager]) expect(tab.problems).toEqual([]);
  });
});
