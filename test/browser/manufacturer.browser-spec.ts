import type { Browser, Page } from 'playwright-core';
import { baseUrl, expectAccessible, launchBrowser, login, openTab } from './support/browser';

async function rowNames(page: Page): Promise<string[]> {
  const cells = page.locator('main table tbody tr td:first-child > div:first-child');
  return (await cells.allInnerTexts()).map((t) => t.trim());
}

async function partnerNames(page: Page): Promise<string[]> {
  return page
    .locator('[data-testid="partner-table"] tbody tr')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-partner') ?? ''));
}

/** Waits until the partner list has settled (no request running) and its names satisfy the check. */
async function waitForPartners(page: Page, check: (names: string[]) => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let names: string[] = [];
  while (Date.now() < deadline) {
    const busy = await page.locator('[aria-busy="true"]').count();
    names = await partnerNames(page);
    if (busy === 0 && check(names)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`partner list never matched; last names: ${names.join(', ')}`);
}

describe('manufacturer pages', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('network: partners with tiers (filter, sort, empty), organisations, onboarding with the first admin, users and audit', async () => {
    const { page, context, problems } = await openTab(browser);
    await login(page, 'admin@thermotec.example');
    await page.getByRole('navigation').getByRole('link', { name: 'Netzwerk', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Netzwerk' }).waitFor();
    await page.locator('[data-testid="partner-table"] tbody tr').first().waitFor();
    await expectAccessible(page, 'network');
    const initial = await partnerNames(page);
    expect(initial).toEqual([...initial].sort((a, b) => a.localeCompare(b, 'de')));
    // Service partners only, each with its tiers per product line.
    expect(initial).toEqual(expect.arrayContaining(['Wärmetechnik Schulz GmbH', 'Haustechnik Berger KG']));
    expect(initial).not.toContain('Thermotec GmbH');
    expect(initial).not.toContain('Montageservice Kaya');
    const schulz = page.locator('[data-testid="partner-table"] tbody tr[data-partner="Wärmetechnik Schulz GmbH"]');
    expect(await schulz.innerText()).toContain('Wärmepumpen: Premium');
    expect(await schulz.innerText()).toContain('Gas-Brennwertkessel: Zertifiziert');

    // Sort by name descending via the column header.
    await page.getByRole('columnheader', { name: /Name/ }).getByRole('button').click();
    await page.waitForFunction(() => document.querySelector('th[aria-sort="descending"]') !== null);
    await page.waitForFunction(
      (first) => document.querySelector('[data-testid="partner-table"] tbody tr')?.getAttribute('data-partner') !== first,
      initial[0],
    );
    const descending = await partnerNames(page);
    expect(descending).toEqual([...descending].sort((a, b) => b.localeCompare(a, 'de')));

    // Highest tier first: ascending on the first click, descending on the second.
    await page
      .getByRole('columnheader', { name: /Stufen/ })
      .getByRole('button')
      .click();
    await page
      .getByRole('columnheader', { name: /Stufen/ })
      .getByRole('button')
      .click();
    await waitForPartners(page, (names) => names[0] === 'Wärmetechnik Schulz GmbH');

    // Filters: tier, product line, region (postal code prefix); a search without hits shows the empty state.
    const search = page.getByRole('search');
    await search.getByLabel('Stufe', { exact: true }).click();
    await page.getByRole('option', { name: 'Premium' }).click();
    await waitForPartners(page, (names) => names.join() === 'Wärmetechnik Schulz GmbH');
    await search.getByLabel('Stufe', { exact: true }).click();
    await page.getByRole('option', { name: 'Premium' }).click(); // deselects
    await search.getByLabel('Produktlinie', { exact: true }).click();
    await page.getByRole('option', { name: 'Solarthermie' }).click();
    await waitForPartners(page, (names) => names.join() === 'Haustechnik Berger KG');
    await search.getByLabel('Produktlinie', { exact: true }).click();
    await page.getByRole('option', { name: 'Solarthermie' }).click();
    await search.getByLabel(/^Region/).fill('80');
    await waitForPartners(
      page,
      (names) => names.length > 0 && !names.includes('Haustechnik Berger KG') && names.includes('Wärmetechnik Schulz GmbH'),
    );
    await search.getByLabel(/^Region/).fill('');
    await page.getByRole('textbox', { name: 'Suche' }).fill('gibt es nicht');
    await page.getByTestId('list-empty').waitFor();
    await expectAccessible(page, 'network empty');
    await page.getByRole('textbox', { name: 'Suche' }).fill('');

    // All organisations: manufacturer, partners and subcontractors; filter by kind.
    await page.getByRole('navigation', { name: 'Ansichten des Netzwerks' }).getByRole('link', { name: 'Alle Organisationen' }).click();
    await page.locator('main table tbody tr').first().waitFor();
    expect(await rowNames(page)).toEqual(
      expect.arrayContaining(['Thermotec GmbH', 'Wärmetechnik Schulz GmbH', 'Haustechnik Berger KG', 'Montageservice Kaya']),
    );
    await expectAccessible(page, 'organisations');
    await page.getByRole('search').getByLabel('Art').click();
    await page.getByRole('option', { name: 'Unterauftragnehmer' }).click();
    // Other browser specs may register more subcontractors on the shared server: only subcontractors remain.
    await page.waitForFunction(() => !document.querySelector('main table')?.textContent?.includes('Thermotec GmbH'));
    const subcontractors = await rowNames(page);
    expect(subcontractors).toContain('Montageservice Kaya');
    expect(subcontractors).not.toEqual(expect.arrayContaining(['Wärmetechnik Schulz GmbH']));
    await page.getByRole('search').getByLabel('Art').click();
    await page.getByRole('option', { name: 'Unterauftragnehmer' }).click(); // deselects

    const name = `Kältetechnik Probe ${Date.now()}`;
    const adminEmail = `paula.${Date.now()}@probe.example`;
    await page.getByRole('button', { name: 'Partner aufnehmen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Partner aufnehmen' });
    await dialog.getByLabel(/^Name/).first().fill(name);
    await dialog.getByLabel(/^Firmierung/).fill(`${name} GmbH`);
    await dialog.getByLabel(/^Ort/).fill('Ulm');
    const admin = dialog.getByRole('group', { name: /Erste Administratorin/ });
    await admin.getByLabel(/^Name/).fill('Paula Probe');
    await admin.getByLabel(/^E-Mail/).fill(adminEmail);
    await expectAccessible(page, 'create partner form');
    await dialog.getByRole('button', { name: 'Anlegen und einladen' }).click();
    const link = dialog.getByLabel('Einladungslink');
    await link.waitFor();
    expect(await link.inputValue()).toMatch(/^http.*\/invitation\/.+/);
    await expectAccessible(page, 'create partner result');
    await dialog.getByRole('button', { name: 'Fertig' }).click();
    await page.getByRole('textbox', { name: 'Suche' }).fill('Kältetechnik Probe');
    const created = page.locator('main table tbody tr', { hasText: name });
    await created.getByText('Im Aufbau', { exact: true }).waitFor();

    // Activating the partnership needs a reason; only the allowed next statuses are offered.
    await created.getByRole('button', { name: `Status von ${name} ändern` }).click();
    const statusDialog = page.getByRole('dialog', { name: `Status von ${name} ändern` });
    expect(await statusDialog.getByRole('radio', { name: 'Ausgesetzt' }).count()).toBe(0);
    await statusDialog.getByRole('radio', { name: 'Aktiv' }).check();
    await statusDialog.getByRole('button', { name: 'Status ändern' }).click();
    await statusDialog.getByText('Bitte geben Sie eine Begründung an (mindestens 3 Zeichen).').waitFor();
    await statusDialog.getByLabel(/^Begründung/).fill('Vertrag unterschrieben');
    await expectAccessible(page, 'status dialog');
    await statusDialog.getByRole('button', { name: 'Status ändern' }).click();
    await statusDialog.waitFor({ state: 'detached' });
    await created.getByText('Aktiv', { exact: true }).waitFor();

    // The new partner is in the partner list without a tier; its page grants the first one.
    await page.getByRole('navigation', { name: 'Ansichten des Netzwerks' }).getByRole('link', { name: 'Partner und Stufen' }).click();
    await page.getByRole('textbox', { name: 'Suche' }).fill(name);
    const newPartner = page.locator(`[data-testid="partner-table"] tbody tr[data-partner="${name}"]`);
    await newPartner.getByText('Keine Stufe', { exact: true }).waitFor();
    await newPartner.getByRole('link', { name }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await page.getByRole('button', { name: 'Stufe vergeben', exact: true }).click();
    const grantDialog = page.getByRole('dialog', { name: `Stufe an ${name} vergeben` });
    await grantDialog.getByLabel(/^Produktlinie/).click();
    await page.getByRole('option', { name: 'Wärmepumpen' }).click();
    await grantDialog.getByRole('radio', { name: /^Registriert/ }).check();
    // A validity in the past is refused before anything is sent.
    await grantDialog.getByLabel(/^Gültig bis/).fill('2020-01-31');
    await grantDialog.getByLabel(/^Begründung/).fill('Vertrag unterschrieben, Einstieg');
    await grantDialog.getByRole('button', { name: 'Stufe vergeben' }).click();
    await grantDialog.getByText('Das Ende der Gültigkeit darf nicht in der Vergangenheit liegen.').waitFor();
    await grantDialog.getByLabel(/^Gültig bis/).fill(`${new Date().getFullYear() + 2}-06-30`);
    await expectAccessible(page, 'grant tier dialog');
    await grantDialog.getByRole('button', { name: 'Stufe vergeben' }).click();
    await grantDialog.waitFor({ state: 'detached' });
    const granted = page.locator('section[data-product-line="HEAT_PUMP"]');
    await granted.getByTestId('live-grant').getByText('Registriert', { exact: true }).waitFor();
    expect(await granted.locator('li[data-action="GRANTED"]').innerText()).toContain('Begründung: „Vertrag unterschrieben, Einstieg“');
    await expectAccessible(page, 'partner page with first grant');

    // The rest of a grant's life: renew, suspend (with an end), lift, revoke; each with a reason, kept in the history.
    const act = async (action: string, submit: string, reason: string, confirm?: string, until?: string) => {
      await granted.getByRole('button', { name: `${action} – Wärmepumpen` }).click();
      const actionDialog = page.getByRole('dialog', { name: `${action}: Wärmepumpen von ${name}` });
      if (until) await actionDialog.getByLabel(/^Ausgesetzt bis/).fill(until);
      await actionDialog.getByLabel(/^Begründung/).fill(reason);
      await actionDialog.getByRole('button', { name: submit }).click();
      if (confirm) {
        await actionDialog.getByTestId('grant-confirm').waitFor();
        await expectAccessible(page, `${action} confirmation`);
        await actionDialog.getByRole('button', { name: confirm }).click();
      }
      await actionDialog.waitFor({ state: 'detached' });
      await granted.locator('li', { hasText: `Begründung: „${reason}“` }).waitFor();
    };
    await act('Verlängern', 'Verlängern', 'Audit bestanden');
    expect(await granted.locator('li[data-action="RENEWED"]').innerText()).toMatch(/Gültig bis: 30\.06\.\d{4} → 30\.06\.\d{4}/);
    const until = `${new Date().getFullYear() + 1}-03-31`;
    await act('Aussetzen', 'Aussetzen …', 'Beschwerde wird geprüft', 'Jetzt aussetzen', until);
    await granted.getByTestId('live-grant').getByText('Registriert (ausgesetzt)', { exact: true }).waitFor();
    await granted
      .getByTestId('live-grant')
      .getByText(`Ausgesetzt bis 31.03.${until.slice(0, 4)}.`)
      .waitFor();
    await act('Aussetzung aufheben', 'Aussetzung aufheben', 'Beschwerde unbegründet');
    await granted.getByTestId('live-grant').getByText('Aktiv', { exact: true }).waitFor();
    await act('Entziehen', 'Entziehen …', 'Vertrag gekündigt', 'Jetzt entziehen');
    await granted.getByTestId('live-grant').getByText('Keine Stufe auf dieser Produktlinie.').waitFor();
    expect(await granted.locator('li[data-action="REVOKED"]').innerText()).toContain('Status: Aktiv → Entzogen');
    await expectAccessible(page, 'partner page after revocation');

    // Users: the new admin is invited; the whole network is listed with organisations.
    await page.getByRole('navigation').getByRole('link', { name: 'Benutzer', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Benutzer' }).waitFor();
    await page.locator('tr[data-email="admin@berger.example"]').waitFor();
    await page.getByRole('textbox', { name: 'Suche' }).fill('Paula');
    await page.locator(`tr[data-email="${adminEmail}"]`).getByText('Eingeladen', { exact: true }).waitFor();
    expect(await page.locator(`tr[data-email="${adminEmail}"]`).innerText()).toContain(name);
    await expectAccessible(page, 'users');

    // Audit: the onboarding is logged with the state after it.
    await page.getByRole('navigation').getByRole('link', { name: 'Änderungsprotokoll', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Änderungsprotokoll' }).waitFor();
    await page
      .getByRole('search')
      .getByLabel(/^Aktion/)
      .fill('organisation.create');
    // Wait for the filtered answer: rows present and all of the chosen action (no rows = first load still running).
    await page.waitForFunction(() => {
      const rows = [...document.querySelectorAll('[data-testid="audit-table"] tbody tr')];
      return rows.length > 0 && rows.every((r) => r.textContent?.includes('organisation.create'));
    });
    const row = page.locator('[data-testid="audit-table"] tbody tr').first();
    await row.getByRole('button', { name: 'Änderungen zeigen' }).click();
    expect(await row.getByRole('button', { name: 'Änderungen ausblenden' }).getAttribute('aria-expanded')).toBe('true');
    await page.getByText(name, { exact: false }).first().waitFor();
    await expectAccessible(page, 'audit with details');

    // The date range picker opens and the page stays accessible with it.
    await page
      .getByRole('search')
      .getByLabel(/^Zeitraum/)
      .click();
    await page.locator('.mantine-DatePickerInput-dropdown, [role="dialog"]').first().waitFor();
    await expectAccessible(page, 'audit date picker');
    await page.keyboard.press('Escape');

    await page.goto(`${baseUrl()}/account`);
    await page.getByRole('heading', { level: 1, name: 'Mein Konto' }).waitFor();
    await expectAccessible(page, 'account');
    expect(problems).toEqual([]);
    await context.close();
  });
  it('users: a partner manager manages partner users but not the manufacturer staff', async () => {
    const { page, context, problems } = await openTab(browser);
    await login(page, 'partners@thermotec.example');
    await page.getByRole('navigation').getByRole('link', { name: 'Benutzer', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Benutzer' }).waitFor();
    await page.locator('tr[data-email="technik@schulz.example"]').waitFor();
    // No user.manage: no invitations into the manufacturer and no actions on colleagues.
    expect(await page.getByRole('button', { name: 'Benutzer einladen' }).count()).toBe(0);
    expect(await page.locator('tr[data-email="admin@thermotec.example"] button').count()).toBe(0);
    // organisation.manage: partner users can be deactivated (the API allows the same).
    await page.locator('tr[data-email="technik@schulz.example"]').getByRole('button', { name: 'Tobias Techniker deaktivieren' }).waitFor();
    await expectAccessible(page, 'users as partner manager');
    expect(problems).toEqual([]);
    await context.close();
  });
});
