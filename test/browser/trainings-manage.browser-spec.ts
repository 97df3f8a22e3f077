import type { Browser, Page } from 'playwright-core';
import { baseUrl, expectAccessible, expectFocused, launchBrowser, login, openTab } from './support/browser';
import { sql } from './support/database';

const TRAINING_MANAGER = 'training@thermotec.example';
const PARTNER_MANAGER = 'partners@thermotec.example';
const SCHULZ_ADMIN = 'admin@schulz.example';
const EL_COURSE = 'Wärmepumpe Grundlagen (E-Learning)';

async function openTrainings(page: Page, tab?: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Schulungen', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Schulungen' }).waitFor();
  if (tab) await page.getByRole('tab', { name: tab }).click();
}

function localInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

describe('trainings: e-learning, session changes, calendar feed, expiring certificates, partners at risk', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('a partner admin enrols a team member in e-learning; the training manager completes it; the certificate soon expiring stands out', async () => {
    const partner = await openTab(browser);
    await login(partner.page, SCHULZ_ADMIN);
    await openTrainings(partner.page, 'E-Learning');
    await partner.page.getByRole('button', { name: `In ${EL_COURSE} einschreiben` }).click();
    const enrol = partner.page.getByRole('dialog', { name: `Einschreiben: ${EL_COURSE}` });
    await enrol.getByRole('checkbox', { name: 'Tobias Techniker (technik@schulz.example)' }).check();
    await expectAccessible(partner.page, 'enrol dialog');
    await enrol.getByRole('button', { name: 'Jetzt einschreiben' }).click();
    await enrol.getByTestId('enrolment-outcomes').getByText('Tobias Techniker: Eingeschrieben', { exact: true }).waitFor();
    await enrol.getByRole('button', { name: 'Fertig' }).click();
    await enrol.waitFor({ state: 'detached' });
    const partnerRow = partner.page.locator(
      '[data-testid="enrolments-table"] tr[data-participant="Tobias Techniker"][data-course="BASIC-EL"]',
    );
    await partnerRow.getByText('Eingeschrieben', { exact: true }).first().waitFor();
    await expectAccessible(partner.page, 'e-learning');

    // The training manager marks it completed (after a confirmation).
    const manager = await openTab(browser);
    await login(manager.page, TRAINING_MANAGER);
    await openTrainings(manager.page, 'E-Learning');
    const managerRow = manager.page.locator(
      '[data-testid="enrolments-table"] tr[data-participant="Tobias Techniker"][data-course="BASIC-EL"]',
    );
    await managerRow.getByRole('button', { name: `${EL_COURSE} für Tobias Techniker als abgeschlossen markieren` }).click();
    const confirm = manager.page.getByRole('dialog', { name: 'E-Learning als abgeschlossen markieren?' });
    await expectFocused(confirm.getByRole('button', { name: 'Abbrechen' }));
    await expectAccessible(manager.page, 'complete enrolment dialog');
    await confirm.getByRole('button', { name: 'Abschließen' }).click();
    await confirm.waitFor({ state: 'detached' });
    // Open enrolments are listed by default: the completed one leaves the list.
    await managerRow.waitFor({ state: 'detached' });

    // Enrolled again by mistake, the partner admin withdraws it (after a confirmation that starts on Cancel).
    await partner.page.reload();
    await partner.page.getByRole('button', { name: `In ${EL_COURSE} einschreiben` }).click();
    await enrol.getByRole('checkbox', { name: 'Tobias Techniker (technik@schulz.example)' }).check();
    await enrol.getByRole('button', { name: 'Jetzt einschreiben' }).click();
    await enrol.getByRole('button', { name: 'Fertig' }).click();
    await enrol.waitFor({ state: 'detached' });
    await partner.page.getByRole('button', { name: `Einschreibung von Tobias Techniker in ${EL_COURSE} zurückziehen` }).click();
    const withdraw = partner.page.getByRole('dialog', { name: 'Einschreibung zurückziehen?' });
    await expectFocused(withdraw.getByRole('button', { name: 'Abbrechen' }));
    await expectAccessible(partner.page, 'withdraw enrolment dialog');
    await withdraw.getByRole('button', { name: 'Zurückziehen' }).click();
    await withdraw.waitFor({ state: 'detached' });
    await partner.page.getByText('Die Einschreibung wurde zurückgezogen.').waitFor();
    await partnerRow.getByText('Zurückgezogen', { exact: true }).waitFor();
    expect(await partner.page.getByRole('button', { name: /zurückziehen$/ }).count()).toBe(0);

    // The partner sees the certificate; once it is about to expire (moved in the database), it stands out.
    await partner.page.getByRole('tab', { name: 'Zertifikate' }).click();
    const certificate = partner.page
      .locator('[data-testid="certificates-table"] tbody tr')
      .filter({ has: partner.page.getByRole('cell', { name: 'Tobias Techniker', exact: true }) })
      .filter({ has: partner.page.getByRole('cell', { name: `BASIC-EL – ${EL_COURSE}`, exact: true }) })
      .first();
    await certificate.waitFor();
    const code = await certificate.getAttribute('data-code');
    await sql(`UPDATE certificate SET valid_until = current_date + 30 WHERE code = $1`, [code]);
    await partner.page.reload();
    const soon = partner.page.locator(`[data-testid="certificates-table"] tr[data-code="${code}"]`);
    await soon.getByText('Läuft in 30 Tagen ab', { exact: true }).waitFor();
    expect(await soon.getAttribute('data-expiring')).toBe('true');
    await partner.page.getByTestId('certificates-expiring').waitFor();
    await expectAccessible(partner.page, 'certificates expiring');
    // "My status" names it too.
    await partner.page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Mein Status' }).click();
    await partner.page
      .getByTestId('expiring-certificates')
      .getByText(/Tobias Techniker/)
      .first()
      .waitFor();

    expect(partner.problems).toEqual([]);
    expect(manager.problems).toEqual([]);
    await partner.context.close();
    await manager.context.close();
  });

  it('the training manager changes a session and cancels it (with a reason); the partner sees both', async () => {
    const venue = `Änderungsraum ${Date.now()}`;
    const start = new Date(Date.now() + 10 * 24 * 60 * 60_000);
    start.setHours(9, 0, 0, 0);
    const end = new Date(start.getTime() + 8 * 60 * 60_000);
    const later = new Date(start.getTime() + 24 * 60 * 60_000);
    const laterEnd = new Date(later.getTime() + 8 * 60 * 60_000);

    const manager = await openTab(browser);
    await login(manager.page, TRAINING_MANAGER);
    await openTrainings(manager.page);
    await manager.page.getByRole('button', { name: 'Neuer Termin' }).click();
    const create = manager.page.getByRole('dialog', { name: 'Neuer Termin' });
    await create.getByLabel(/^Kurs/).click();
    await manager.page.getByRole('option', { name: /^GAS-SERVICE – / }).click();
    await create.getByLabel(/^Beginn/).fill(localInput(start));
    await create.getByLabel(/^Ende/).fill(localInput(end));
    await create.getByLabel(/^Plätze/).fill('3');
    await create.getByLabel(/^Veranstaltungsort/).fill(venue);
    await create.getByRole('button', { name: 'Termin anlegen' }).click();
    await create.waitFor({ state: 'detached' });
    const row = manager.page.locator('[data-testid="sessions-table"] tbody tr', { hasText: venue });
    await row.waitFor();
    const sessionId = await row.getAttribute('data-session-id');

    const partner = await openTab(browser);
    await login(partner.page, SCHULZ_ADMIN);
    await openTrainings(partner.page);
    await partner.page
      .locator(`[data-testid="sessions-table"] tr[data-session-id="${sessionId}"]`)
      .getByRole('button', { name: /buchen$/ })
      .click();
    const book = partner.page.getByRole('dialog', { name: /^Buchen: / });
    await book.getByRole('checkbox', { name: 'Sabine Schulz (admin@schulz.example)' }).check();
    await book.getByRole('button', { name: 'Jetzt buchen' }).click();
    await book.getByText('Sabine Schulz: Bestätigt', { exact: true }).waitFor();
    await book.getByRole('button', { name: 'Fertig' }).click();

    // Change: a day later, another room.
    await manager.page.reload();
    const moved = manager.page.locator(`[data-testid="sessions-table"] tr[data-session-id="${sessionId}"]`);
    const oldStart = await moved.getByRole('cell').nth(1).innerText();
    await moved.getByRole('button', { name: /^Zeit und Ort ändern: / }).click();
    const edit = manager.page.getByRole('dialog', { name: /^Termin ändern: / });
    expect(await edit.getByLabel(/^Veranstaltungsort/).inputValue()).toBe(venue);
    expect(await edit.getByLabel(/^Beginn/).inputValue()).toBe(localInput(start));
    await edit.getByLabel(/^Beginn/).fill(localInput(later));
    await edit.getByLabel(/^Ende/).fill(localInput(laterEnd));
    await edit.getByLabel(/^Veranstaltungsort/).fill(`${venue} B`);
    await expectAccessible(manager.page, 'edit session dialog');
    await edit.getByRole('button', { name: 'Speichern' }).click();
    await edit.waitFor({ state: 'detached' });
    await moved.getByText(`${venue} B`).waitFor();
    expect(await moved.getByRole('cell').nth(1).innerText()).not.toBe(oldStart);

    // The partner's booking shows the new start (formatted alike on both pages).
    const newStart = await moved.getByRole('cell').nth(1).innerText();
    await partner.page.getByRole('tab', { name: 'Meine Buchungen' }).click();
    const booking = partner.page.locator(
      `[data-testid="bookings-table"] tr[data-session-id="${sessionId}"][data-participant="Sabine Schulz"]`,
    );
    await booking.getByRole('cell', { name: newStart, exact: true }).waitFor();

    // Cancel: a reason is required; Back leaves everything as it was.
    await moved.getByRole('button', { name: /^Termin .* absagen$/ }).click();
    const cancel = manager.page.getByRole('dialog', { name: 'Termin absagen?' });
    await expectFocused(cancel.getByLabel(/^Begründung/));
    await cancel.getByRole('button', { name: 'Termin absagen' }).click();
    await cancel.getByText('Bitte geben Sie eine Begründung an (mindestens 3 Zeichen).').waitFor();
    await expectAccessible(manager.page, 'cancel session dialog');
    await cancel.getByRole('button', { name: 'Zurück' }).click();
    await cancel.waitFor({ state: 'detached' });
    await moved.waitFor();
    await moved.getByRole('button', { name: /^Termin .* absagen$/ }).click();
    await cancel.getByLabel(/^Begründung/).fill('Trainer erkrankt');
    await cancel.getByRole('button', { name: 'Termin absagen' }).click();
    await cancel.waitFor({ state: 'detached' });
    await moved.waitFor({ state: 'detached' });

    await partner.page.reload();
    await booking.getByText('Storniert', { exact: true }).waitFor();

    expect(partner.problems).toEqual([]);
    expect(manager.problems).toEqual([]);
    await partner.context.close();
    await manager.context.close();
  });

  it('a partner user creates, copies and revokes a private calendar feed URL', async () => {
    const partner = await openTab(browser);
    await partner.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() });
    await login(partner.page, SCHULZ_ADMIN);
    await openTrainings(partner.page, 'Meine Buchungen');
    const feed = partner.page.getByTestId('calendar-feed');
    const status = feed.getByTestId('calendar-feed-status');
    await status.getByText('Sie haben noch keinen Kalender-Link.').waitFor();
    expect(await feed.getByRole('button', { name: 'Kalender-Link widerrufen' }).count()).toBe(0);
    // The first link loses nothing, so it is created at once.
    await feed.getByRole('button', { name: 'Kalender-Link erstellen' }).click();
    const first = await feed.getByLabel('Ihr privater Kalender-Link').inputValue();
    await status.getByText(/^Ihr Kalender-Link ist aktiv \(erstellt am /).waitFor();
    // A new one ends the first, so it is asked first.
    await feed.getByRole('button', { name: 'Neuen Kalender-Link erstellen' }).click();
    const confirm = partner.page.getByRole('dialog', { name: 'Neuen Kalender-Link erstellen?' });
    await expectFocused(confirm.getByRole('button', { name: 'Abbrechen' }));
    await confirm.getByRole('button', { name: 'Link erstellen' }).click();
    await confirm.waitFor({ state: 'detached' });
    const urlField = feed.getByLabel('Ihr privater Kalender-Link');
    await partner.page.waitForFunction(
      ([selector, previous]) => (document.querySelector(selector) as HTMLInputElement | null)?.value !== previous,
      ['[data-testid="calendar-feed"] input[readonly]', first] as const,
    );
    const url = await urlField.inputValue();
    expect(url).toMatch(/\/calendar\/feed\/[A-Za-z0-9_-]+\.ics$/);
    await expectAccessible(partner.page, 'calendar feed');
    await feed.getByRole('button', { name: 'Link kopieren' }).click();
    await feed.getByRole('button', { name: 'Kopiert' }).waitFor();
    expect(await partner.page.evaluate(() => navigator.clipboard.readText())).toBe(url);

    const path = new URL(url).pathname;
    const anonymous = await browser.newContext();
    const ics = await anonymous.request.get(`${baseUrl()}${path}`);
    expect(ics.status()).toBe(200);
    expect((await anonymous.request.get(`${baseUrl()}${new URL(first).pathname}`)).status()).toBe(404);
    expect(ics.headers()['content-type']).toMatch(/^text\/calendar/);
    expect(await ics.text()).toContain('BEGIN:VCALENDAR');

    await feed.getByRole('button', { name: 'Kalender-Link widerrufen' }).click();
    const revoke = partner.page.getByRole('dialog', { name: 'Kalender-Link widerrufen?' });
    await expectFocused(revoke.getByRole('button', { name: 'Abbrechen' }));
    await revoke.getByRole('button', { name: 'Link widerrufen' }).click();
    await revoke.waitFor({ state: 'detached' });
    await partner.page.getByText('Ihr Kalender-Link wurde widerrufen.').waitFor();
    expect(await feed.getByLabel('Ihr privater Kalender-Link').count()).toBe(0);
    await status.getByText('Sie haben noch keinen Kalender-Link.').waitFor();
    expect(await feed.getByRole('button', { name: 'Kalender-Link widerrufen' }).count()).toBe(0);
    expect((await anonymous.request.get(`${baseUrl()}${path}`)).status()).toBe(404);

    expect(partner.problems).toEqual([]);
    await anonymous.close();
    await partner.context.close();
  });

  it('the network page flags partners whose tier requirements are not met', async () => {
    const manager = await openTab(browser);
    await login(manager.page, PARTNER_MANAGER);
    await manager.page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Netzwerk' }).click();
    const table = manager.page.getByTestId('partner-table');
    await table.getByRole('columnheader', { name: 'Anforderungen' }).waitFor();
    // In the demo data Berger's training records do not meet the requirements of its tiers.
    await table
      .locator('tr[data-partner="Haustechnik Berger KG"]')
      .getByTestId('partner-risk')
      .getByText('Gefährdet', { exact: true })
      .waitFor();
    await expectAccessible(manager.page, 'network with risk');
    expect(manager.problems).toEqual([]);
    await manager.context.close();
  });
});
