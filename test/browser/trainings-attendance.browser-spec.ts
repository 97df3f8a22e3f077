import type { Browser, Page } from 'playwright-core';
import { baseUrl, expectAccessible, launchBrowser, login, openTab } from './support/browser';
import { moveSessionIntoPast } from './support/database';

const TRAINING_MANAGER = 'training@thermotec.example';
const SCHULZ_ADMIN = 'admin@schulz.example';

async function openTrainings(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Schulungen', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Schulungen' }).waitFor();
}

/** A `datetime-local` value in the browser's (= this machine's) time zone. */
function localInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

describe('trainings: attendance', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('the training manager records attendance of a started session; the partner downloads the new certificate', async () => {
    const venue = `Anwesenheitsraum ${Date.now()}`;
    const start = new Date(Date.now() + 3 * 24 * 60 * 60_000);
    const end = new Date(start.getTime() + 4 * 60 * 60_000);

    // The training manager creates a session of the classroom basics.
    const manager = await openTab(browser);
    await login(manager.page, TRAINING_MANAGER);
    await openTrainings(manager.page);
    await manager.page.getByRole('button', { name: 'Neuer Termin' }).click();
    const create = manager.page.getByRole('dialog', { name: 'Neuer Termin' });
    await create.getByLabel(/^Kurs/).click();
    await manager.page.getByRole('option', { name: /^BASIC – / }).click();
    await create.getByLabel(/^Beginn/).fill(localInput(start));
    await create.getByLabel(/^Ende/).fill(localInput(end));
    await create.getByLabel(/^Plätze/).fill('4');
    await create.getByLabel(/^Veranstaltungsort/).fill(venue);
    await create.getByRole('button', { name: 'Termin anlegen' }).click();
    await create.waitFor({ state: 'detached' });
    const managerRow = manager.page.locator('[data-testid="sessions-table"] tbody tr', { hasText: venue });
    await managerRow.getByText('4 von 4', { exact: true }).waitFor();
    const sessionId = await managerRow.getAttribute('data-session-id');
    expect(sessionId).toMatch(/^[0-9a-f-]{36}$/);

    // The Schulz admin books Sabine.
    const partner = await openTab(browser);
    await login(partner.page, SCHULZ_ADMIN);
    await openTrainings(partner.page);
    const row = partner.page.locator(`[data-testid="sessions-table"] tbody tr[data-session-id="${sessionId}"]`);
    await row.getByRole('button', { name: /buchen$/ }).click();
    const book = partner.page.getByRole('dialog', { name: /^Buchen: / });
    await book.getByRole('checkbox', { name: 'Sabine Schulz (admin@schulz.example)' }).check();
    await book.getByRole('button', { name: 'Jetzt buchen' }).click();
    await book.getByTestId('booking-outcomes').getByText('Sabine Schulz: Bestätigt', { exact: true }).waitFor();
    await book.getByRole('button', { name: 'Fertig' }).click();
    await book.waitFor({ state: 'detached' });

    // Time passes: the session has taken place (test setup only, straight in the database).
    await moveSessionIntoPast(sessionId!);

    // Started sessions are not listed by default; the manager includes them and records attendance.
    await manager.page.reload();
    await manager.page.getByTestId('sessions-table').waitFor();
    await managerRow.waitFor({ state: 'detached' });
    await manager.page.getByRole('switch', { name: /^Auch Termine, die in den letzten 90 Tagen begonnen haben/ }).check();
    await managerRow.waitFor();
    await expectAccessible(manager.page, 'sessions with started ones');
    await managerRow.getByRole('button', { name: 'Teilnehmer' }).click();
    const participants = manager.page.getByRole('dialog', { name: /^Teilnehmer: / });
    const sabine = participants.locator('tr[data-participant="Sabine Schulz"]');
    await sabine.getByText('Bestätigt', { exact: true }).waitFor();
    await participants.getByRole('button', { name: 'Sabine Schulz hat teilgenommen' }).click();
    // The status cell (the third) changes; the button of the same name stays.
    await sabine.locator('td').nth(2).getByText('Teilgenommen', { exact: true }).waitFor();
    expect(await participants.getByRole('alert').count()).toBe(0);
    await expectAccessible(manager.page, 'participants after attendance');
    await participants.getByRole('button', { name: 'Schließen' }).click();

    // The partner sees the booking as attended and Sabine's new certificate, and downloads its PDF.
    await partner.page.getByRole('tab', { name: 'Meine Buchungen' }).click();
    await partner.page
      .locator(`[data-testid="bookings-table"] tr[data-session-id="${sessionId}"][data-participant="Sabine Schulz"]`)
      .getByText('Teilgenommen', { exact: true })
      .waitFor();
    await partner.page.getByRole('tab', { name: 'Zertifikate' }).click();
    const certificate = partner.page
      .locator('[data-testid="certificates-table"] tbody tr')
      .filter({ has: partner.page.getByRole('cell', { name: 'Sabine Schulz', exact: true }) })
      .filter({ has: partner.page.getByRole('cell', { name: 'BASIC – Wärmepumpe Grundlagen', exact: true }) })
      .first();
    await certificate.waitFor();
    const code = await certificate.getAttribute('data-code');
    expect(code).toBeTruthy();
    await expectAccessible(partner.page, 'certificates with the new one');
    const pdfLink = certificate.getByRole('link', { name: `PDF des Zertifikats ${code}` });
    const pdf = await partner.context.request.get(`${baseUrl()}${await pdfLink.getAttribute('href')}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toMatch(/^application\/pdf/);
    const body = await pdf.body();
    expect(body.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    expect(manager.problems).toEqual([]);
    expect(partner.problems).toEqual([]);
    await manager.context.close();
    await partner.context.close();
  });
});
