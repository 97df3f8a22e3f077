import type { Browser, Page } from 'playwright-core';
import { baseUrl, expectAccessible, expectFocused, launchBrowser, login, logout, openTab } from './support/browser';

function teamRow(page: Page, email: string) {
  return page.locator(`[data-testid="user-table"] tbody tr[data-email="${email}"]`);
}

describe('a partner admin invites a technician', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('who accepts in another browser, logs in, shows up in the team, and loses access when deactivated', async () => {
    const email = `nina.neu.${Date.now()}@schulz.example`;
    const admin = await openTab(browser);
    await login(admin.page, 'admin@schulz.example');
    await admin.page.getByRole('navigation').getByRole('link', { name: 'Team', exact: true }).click();
    await admin.page.getByRole('heading', { level: 1, name: 'Team' }).waitFor();
    await teamRow(admin.page, 'technik@schulz.example').waitFor();
    // Partners see only their own company.
    expect(await admin.page.locator('[data-testid="user-table"] tbody tr[data-email$="@berger.example"]').count()).toBe(0);
    await expectAccessible(admin.page, 'team');

    await admin.page.getByRole('button', { name: 'Benutzer einladen' }).click();
    const dialog = admin.page.getByRole('dialog', { name: 'Benutzer einladen' });
    await dialog.getByLabel('E-Mail').fill(email);
    await dialog.getByLabel('Name').fill('Nina Neu');
    await dialog.getByRole('radio', { name: 'Techniker' }).check();
    await dialog.getByRole('radio', { name: 'Deutsch' }).check();
    await expectAccessible(admin.page, 'invite form');
    await dialog.getByRole('button', { name: 'Einladung erstellen' }).click();
    const linkField = dialog.getByLabel('Einladungslink');
    await linkField.waitFor();
    const link = await linkField.inputValue();
    expect(link).toMatch(/\/invitation\/[^/]+$/);
    await expectAccessible(admin.page, 'invitation link');
    await dialog.getByRole('button', { name: 'Fertig' }).click();
    await teamRow(admin.page, email).getByText('Eingeladen', { exact: true }).waitFor();

    // The invited person, in a browser of their own.
    const invited = await openTab(browser);
    await invited.page.goto(new URL(new URL(link).pathname, baseUrl()).toString());
    await invited.page
      .getByTestId('invitation-preview')
      .getByText(/Nina Neu.*Wärmetechnik Schulz GmbH/)
      .waitFor();
    await expectAccessible(invited.page, 'invitation page');
    const password = invited.page.getByLabel(/^Neues Passwort(?! wiederholen)/);
    const confirmation = invited.page.getByLabel('Neues Passwort wiederholen');
    const submit = invited.page.getByRole('button', { name: 'Passwort festlegen und anmelden' });
    await password.fill('kurz');
    await confirmation.fill('kurz');
    await submit.click();
    await invited.page.getByText('Das Passwort braucht mindestens 10 Zeichen.').waitFor();
    await password.fill('ein-sicheres-passwort');
    await confirmation.fill('ein-anderes-passwort');
    await submit.click();
    await invited.page.getByText('Die beiden Passwörter stimmen nicht überein.').waitFor();
    await confirmation.fill('ein-sicheres-passwort');
    await submit.click();
    await invited.page.getByRole('heading', { level: 1, name: 'Willkommen, Nina Neu' }).waitFor();

    // The link is used up; the new password works for a normal login.
    await logout(invited.page);
    await invited.page.goto(new URL(new URL(link).pathname, baseUrl()).toString());
    await invited.page
      .getByTestId('invitation-error')
      .getByText(/ungültig, bereits verwendet oder abgelaufen/)
      .waitFor();
    await login(invited.page, email, 'ein-sicheres-passwort');

    await admin.page.reload();
    await teamRow(admin.page, email).getByText('Aktiv', { exact: true }).waitFor();

    // She is on a page of her own when her account is deactivated (any request of hers may notice first).
    await invited.page.getByRole('navigation').getByRole('link', { name: 'Wissen', exact: true }).click();
    await invited.page.waitForURL(/\/knowledge/);
    await invited.page.getByRole('combobox', { name: 'Wissensdatenbank durchsuchen' }).waitFor();

    // Deactivation asks first, then ends the technician's session at once.
    await teamRow(admin.page, email).getByRole('button', { name: 'Nina Neu deaktivieren' }).click();
    const confirm = admin.page.getByRole('dialog', { name: 'Benutzer deaktivieren?' });
    await expectFocused(confirm.getByRole('button', { name: 'Abbrechen' }));
    await expectAccessible(admin.page, 'confirm dialog');
    await confirm.getByRole('button', { name: 'Deaktivieren' }).click();
    await teamRow(admin.page, email).getByText('Deaktiviert', { exact: true }).waitFor();

    // Her next request is refused; the app sends her to the login page and remembers where she was.
    await invited.page.getByText('English', { exact: true }).click();
    await invited.page.waitForURL(/\/login\?next=%2Fknowledge/);
    await invited.page.getByText(/session has ended|Sitzung ist abgelaufen/).waitFor();

    expect([...admin.problems, ...invited.problems]).toEqual([]);
    await admin.context.close();
    await invited.context.close();
  });
});
