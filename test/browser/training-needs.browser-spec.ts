import type { Browser, Page } from 'playwright-core';
import { expectAccessible, launchBrowser, login, openTab } from './support/browser';

const TRAINING_MANAGER = 'training@thermotec.example';
const SCHULZ_ADMIN = 'admin@schulz.example';
const BERGER_ADMIN = 'admin@berger.example';
const COURSE = 'ADVANCED – Wärmepumpe Fehlerdiagnose';

async function openNeeds(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Schulungen', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Schulungen' }).waitFor();
  await page.getByRole('tab', { name: 'Schulungsbedarf' }).click();
}

const isoDate = (date: Date): string => date.toISOString().slice(0, 10);

function localInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A partner admin states a need for the advanced course in the given region. */
async function stateNeed(page: Page, region: string, people: number, from: string, to: string): Promise<void> {
  await page.getByRole('button', { name: 'Schulungsbedarf melden' }).click();
  const dialog = page.getByRole('dialog', { name: 'Schulungsbedarf melden' });
  await dialog.getByLabel(/^Kurs/).click();
  await page.getByRole('option', { name: COURSE }).click();
  await dialog.getByLabel(/^Personen/).fill(String(people));
  await dialog.getByLabel(/^Gewünscht ab/).fill(from);
  await dialog.getByLabel(/^Gewünscht bis/).fill(to);
  await dialog.getByLabel(/^Region/).fill(region);
  await dialog.getByRole('button', { name: 'Bedarf melden' }).click();
  await dialog.waitFor({ state: 'detached' });
}

describe('training needs', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('two partner admins state a need; the training manager sees it summed up and plans a session from it', async () => {
    const region = `T${Date.now().toString(36).slice(-8)}`;
    const from = new Date(Date.now() + 40 * 24 * 60 * 60_000);
    const to = new Date(Date.now() + 70 * 24 * 60 * 60_000);
    const venue = `Bedarfstermin ${region}`;

    // Schulz states a need; a topic without text is refused at the field first.
    const schulz = await openTab(browser);
    await login(schulz.page, SCHULZ_ADMIN);
    await openNeeds(schulz.page);
    await schulz.page.getByRole('button', { name: 'Schulungsbedarf melden' }).click();
    const dialog = schulz.page.getByRole('dialog', { name: 'Schulungsbedarf melden' });
    await dialog.getByRole('radio', { name: 'Ein freies Thema' }).check();
    await dialog.getByRole('button', { name: 'Bedarf melden' }).click();
    await dialog.getByText('Bitte füllen Sie dieses Feld aus.', { exact: true }).waitFor();
    await expectAccessible(schulz.page, 'need form with error');
    await dialog.getByRole('button', { name: 'Abbrechen' }).click();
    await dialog.waitFor({ state: 'detached' });
    await stateNeed(schulz.page, region, 3, isoDate(from), isoDate(to));
    const schulzNeed = schulz.page.locator(`[data-testid="needs-table"] tr[data-region="${region}"]`);
    await schulzNeed.getByText('Offen', { exact: true }).waitFor();
    await schulzNeed.getByRole('cell', { name: COURSE, exact: true }).waitFor();
    await expectAccessible(schulz.page, 'own needs');

    // Berger needs the same course in the same region and month.
    const berger = await openTab(browser);
    await login(berger.page, BERGER_ADMIN);
    await openNeeds(berger.page);
    await stateNeed(berger.page, region, 2, isoDate(from), isoDate(to));
    await berger.page.locator(`[data-testid="needs-table"] tr[data-region="${region}"]`).getByText('Offen', { exact: true }).waitFor();
    // A partner sees only its own needs.
    expect(await berger.page.locator('[data-testid="needs-table"] tbody tr').count()).toBe(1);

    // The training manager sees both summed up: 5 people, 2 partners.
    const manager = await openTab(browser);
    await login(manager.page, TRAINING_MANAGER);
    await openNeeds(manager.page);
    const group = manager.page.locator(`[data-testid="need-summary"] tr[data-region="${region}"]`);
    await group.waitFor();
    const cells = await group.getByRole('cell').allInnerTexts();
    expect(cells.slice(0, 2)).toEqual([COURSE, region]);
    expect(cells.slice(3, 5)).toEqual(['5', '2']);
    await expectAccessible(manager.page, 'need summary');

    // … and plans a session from it, with priority for these partners.
    await group.getByRole('button', { name: new RegExp(`^Termin planen für ${COURSE}, ${region}, `) }).click();
    const plan = manager.page.getByRole('dialog', { name: `Termin aus Bedarf planen: ${COURSE}` });
    const planned = plan.getByTestId('planned-needs');
    await planned.getByText(/^Wärmetechnik Schulz GmbH: 3 Personen, /).waitFor();
    await planned.getByText(/^Haustechnik Berger KG: 2 Personen, /).waitFor();
    expect(await plan.getByLabel(/^Plätze/).inputValue()).toBe('5');
    expect(await plan.getByLabel(/^Region/).inputValue()).toBe(region);
    const start = new Date(from.getTime());
    start.setHours(9, 0, 0, 0);
    const end = new Date(start.getTime() + 8 * 60 * 60_000);
    await plan.getByLabel(/^Beginn/).fill(localInput(start));
    await plan.getByLabel(/^Ende/).fill(localInput(end));
    await plan.getByLabel(/^Veranstaltungsort/).fill(venue);
    expect(await plan.getByLabel(/^Vorrang-Tage/).inputValue()).toBe('7');
    await expectAccessible(manager.page, 'plan dialog');
    await plan.getByRole('button', { name: 'Termin planen' }).click();
    await plan.waitFor({ state: 'detached' });
    await manager.page.getByText('Der Termin wurde geplant; die Partner wurden benachrichtigt.').waitFor();
    await group.waitFor({ state: 'detached' });

    // The session is on the list.
    await manager.page.getByRole('tab', { name: 'Termine' }).click();
    await manager.page
      .locator('[data-testid="sessions-table"] tbody tr', { hasText: venue })
      .getByText('5 von 5', { exact: true })
      .waitFor();

    // The partners see their needs as planned.
    await schulz.page.reload();
    await schulzNeed.getByText('Geplant', { exact: true }).waitFor();

    for (const tab of [schulz, berger, manager]) {
      expect(tab.problems).toEqual([]);
      await tab.context.close();
    }
  });

  it('a partner admin withdraws an open need after confirming; it leaves the summary', async () => {
    const region = `W${Date.now().toString(36).slice(-8)}`;
    const from = new Date(Date.now() + 50 * 24 * 60 * 60_000);
    const to = new Date(Date.now() + 80 * 24 * 60 * 60_000);
    const berger = await openTab(browser);
    await login(berger.page, BERGER_ADMIN);
    await openNeeds(berger.page);
    await stateNeed(berger.page, region, 4, isoDate(from), isoDate(to));
    const need = berger.page.locator(`[data-testid="needs-table"] tr[data-region="${region}"]`);
    await need.getByText('Offen', { exact: true }).waitFor();

    const withdraw = need.getByRole('button', { name: `Bedarf für ${COURSE} zurückziehen` });
    await withdraw.click();
    const confirm = berger.page.getByRole('dialog', { name: 'Diesen Schulungsbedarf zurückziehen?' });
    await confirm.getByText(`Der Bedarf für ${COURSE} (4 Personen) wird geschlossen`, { exact: false }).waitFor();
    await expectAccessible(berger.page, 'withdraw need confirmation');
    // Enter on the focused Cancel button keeps the need.
    await berger.page.keyboard.press('Enter');
    await confirm.waitFor({ state: 'detached' });
    await need.getByText('Offen', { exact: true }).waitFor();

    await withdraw.click();
    await confirm.getByRole('button', { name: 'Zurückziehen' }).click();
    await berger.page.getByText('Der Schulungsbedarf wurde zurückgezogen.').waitFor();
    await need.getByText('Geschlossen', { exact: true }).waitFor();
    expect(await withdraw.count()).toBe(0);

    const manager = await openTab(browser);
    await login(manager.page, TRAINING_MANAGER);
    await openNeeds(manager.page);
    await manager.page
      .locator('[data-testid="need-summary"]')
      .or(manager.page.getByText('Es gibt keinen offenen Schulungsbedarf.'))
      .first()
      .waitFor();
    expect(await manager.page.locator(`[data-testid="need-summary"] tr[data-region="${region}"]`).count()).toBe(0);

    for (const tab of [berger, manager]) {
      expect(tab.problems).toEqual([]);
      await tab.context.close();
    }
  });
});
