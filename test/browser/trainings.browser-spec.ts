import type { Browser, Page } from 'playwright-core';
import { baseUrl, expectAccessible, expectFocused, launchBrowser, login, openTab } from './support/browser';

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

describe('trainings', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('a partner admin books two team members into a one-seat session; attendance waits for the start; certificates', async () => {
    const venue = `Schulungsraum ${Date.now()}`;
    const start = new Date(Date.now() + 15 * 60_000);
    const end = new Date(start.getTime() + 2 * 60 * 60_000);

    // The training manager creates a session with one seat.
    const manager = await openTab(browser);
    await login(manager.page, TRAINING_MANAGER);
    await openTrainings(manager.page);
    await manager.page.getByTestId('sessions-table').waitFor();
    await expectAccessible(manager.page, 'manager sessions');
    await manager.page.getByRole('button', { name: 'Neuer Termin' }).click();
    const create = manager.page.getByRole('dialog', { name: 'Neuer Termin' });
    await create.getByRole('button', { name: 'Termin anlegen' }).click();
    await create.getByText('Bitte füllen Sie dieses Feld aus.').first().waitFor();
    await create.getByLabel(/^Kurs/).click();
    await manager.page.getByRole('option', { name: /^BASIC – / }).click();
    await create.getByLabel(/^Beginn/).fill(localInput(start));
    await create.getByLabel(/^Ende/).fill(localInput(end));
    await create.getByLabel(/^Plätze/).fill('1');
    await create.getByLabel(/^Veranstaltungsort/).fill(venue);
    await expectAccessible(manager.page, 'new session dialog');
    await create.getByRole('button', { name: 'Termin anlegen' }).click();
    await create.waitFor({ state: 'detached' });
    const managerRow = manager.page.locator('[data-testid="sessions-table"] tbody tr', { hasText: venue });
    await managerRow.getByText('1 von 1', { exact: true }).waitFor();
    const sessionId = await managerRow.getAttribute('data-session-id');
    expect(sessionId).toMatch(/^[0-9a-f-]{36}$/);

    // The partner admin books Sabine (the seat) and Tobias (the waiting list).
    const partner = await openTab(browser);
    await login(partner.page, SCHULZ_ADMIN);
    await openTrainings(partner.page);
    const row = partner.page.locator(`[data-testid="sessions-table"] tbody tr[data-session-id="${sessionId}"]`);
    await row.getByText('1 von 1', { exact: true }).waitFor();
    await expectAccessible(partner.page, 'partner sessions');
    await row.getByRole('button', { name: /buchen$/ }).click();
    const book = partner.page.getByRole('dialog', { name: /^Buchen: / });
    await book.getByRole('button', { name: 'Jetzt buchen' }).click();
    await book.getByText('Bitte wählen Sie mindestens ein Teammitglied aus.').waitFor();
    await book.getByRole('checkbox', { name: 'Sabine Schulz (admin@schulz.example)' }).check();
    await book.getByRole('checkbox', { name: 'Tobias Techniker (technik@schulz.example)' }).check();
    await expectAccessible(partner.page, 'booking dialog');
    await book.getByRole('button', { name: 'Jetzt buchen' }).click();
    const outcomes = book.getByTestId('booking-outcomes');
    await outcomes.getByText('Sabine Schulz: Bestätigt', { exact: true }).waitFor();
    await outcomes.getByText('Tobias Techniker: Warteliste, Platz 1', { exact: true }).waitFor();
    await expectAccessible(partner.page, 'booking outcomes');
    await book.getByRole('button', { name: 'Fertig' }).click();
    await book.waitFor({ state: 'detached' });
    await row.getByText('0 von 1', { exact: true }).waitFor();

    // My bookings: status and waiting list position, the calendar file.
    await partner.page.getByRole('tab', { name: 'Meine Buchungen' }).click();
    const sabine = partner.page.locator(
      `[data-testid="bookings-table"] tr[data-session-id="${sessionId}"][data-participant="Sabine Schulz"]`,
    );
    const tobias = partner.page.locator(
      `[data-testid="bookings-table"] tr[data-session-id="${sessionId}"][data-participant="Tobias Techniker"]`,
    );
    await sabine.getByText('Bestätigt', { exact: true }).waitFor();
    await tobias.getByText('Warteliste (Platz 1)', { exact: true }).waitFor();
    await expectAccessible(partner.page, 'my bookings');
    const icsHref = await sabine.getByRole('link', { name: /^Kalenderdatei für Sabine Schulz/ }).getAttribute('href');
    const ics = await partner.context.request.get(`${baseUrl()}${icsHref}`);
    expect(ics.status()).toBe(200);
    expect(ics.headers()['content-type']).toMatch(/^text\/calendar/);

    // Cancelling asks first, with Cancel focused.
    await tobias.getByRole('button', { name: /^Buchung von Tobias Techniker stornieren/ }).click();
    const confirm = partner.page.getByRole('dialog', { name: 'Buchung stornieren?' });
    await expectFocused(confirm.getByRole('button', { name: 'Abbrechen' }));
    await confirm.getByRole('button', { name: 'Buchung stornieren' }).click();
    await confirm.waitFor({ state: 'detached' });
    await tobias.getByText(/^(Storniert|Spät storniert)$/).waitFor();

    // The training manager sees the participants; attendance before the start is refused readably.
    await manager.page.reload();
    await managerRow.getByRole('button', { name: 'Teilnehmer' }).click();
    const participants = manager.page.getByRole('dialog', { name: /^Teilnehmer: / });
    await participants.locator('tr[data-participant="Sabine Schulz"]').getByText('Bestätigt', { exact: true }).waitFor();
    await participants.getByRole('button', { name: 'Sabine Schulz hat teilgenommen' }).click();
    await participants
      .getByRole('alert')
      .getByText('Die Anwesenheit kann erst erfasst werden, wenn der Termin begonnen hat.', { exact: true })
      .waitFor();
    await expectAccessible(manager.page, 'participants with error');

    // Certificates of the team, with the PDF.
    await partner.page.getByRole('tab', { name: 'Zertifikate' }).click();
    const certificate = partner.page.locator('[data-testid="certificates-table"] tr[data-code="TT-DEMO2-SCHUL-BASIC"]');
    await certificate.getByText('Tobias Techniker', { exact: true }).waitFor();
    await expectAccessible(partner.page, 'certificates');
    const pdfHref = await certificate.getByRole('link', { name: 'PDF des Zertifikats TT-DEMO2-SCHUL-BASIC' }).getAttribute('href');
    const pdf = await partner.context.request.get(`${baseUrl()}${pdfHref}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toMatch(/^application\/pdf/);

    expect(manager.problems).toEqual([]);
    expect(partner.problems).toEqual([]);
    await manager.context.close();
    await partner.context.close();
  });
});
