import type { Browser } from 'playwright-core';
import { baseUrl, expectAccessible, launchBrowser, login, navigationEntries, openTab } from './support/browser';

describe('errors and access', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it.each([
    ['de-DE', 'E-Mail oder Passwort ist falsch.'],
    ['en-GB', 'E-mail or password is wrong.'],
  ] as const)('a wrong password shows a readable message (%s)', async (locale, message) => {
    const { page, context, problems } = await openTab(browser, locale);
    await page.goto(`${baseUrl()}/login`);
    await page.locator('input[type="email"]').fill('technik@schulz.example');
    await page.locator('input[type="password"]').fill('not-the-password');
    await page.locator('form button[type="submit"]').click();
    const alert = page.getByTestId('login-error');
    await alert.waitFor();
    expect(await alert.innerText()).toBe(message);
    expect(await alert.getAttribute('role')).toBe('alert');
    // The password is cleared, the e-mail kept, and the person stays on the login page.
    expect(await page.locator('input[type="password"]').inputValue()).toBe('');
    expect(await page.locator('input[type="email"]').inputValue()).toBe('technik@schulz.example');
    await expectAccessible(page, 'login error');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a deep link into a forbidden area shows the no-access page', async () => {
    const { page, context, problems } = await openTab(browser);
    await login(page, 'technik@schulz.example');
    expect(await navigationEntries(page)).not.toContain('Änderungsprotokoll');
    for (const path of ['/audit', '/team', '/network', '/users', '/hotline']) {
      await page.goto(`${baseUrl()}${path}`);
      await page.getByTestId('no-access').waitFor();
      await page.getByRole('heading', { level: 1, name: 'Kein Zugriff' }).waitFor();
    }
    await expectAccessible(page, 'no access');
    await page.goto(`${baseUrl()}/does-not-exist`);
    await page.getByRole('heading', { level: 1, name: 'Seite nicht gefunden' }).waitFor();
    await expectAccessible(page, 'not found');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a deep link while logged out goes through the login and back', async () => {
    const { page, context, problems } = await openTab(browser);
    await page.goto(`${baseUrl()}/audit?from=link`);
    await page.waitForURL(/\/login\?next=%2Faudit%3Ffrom%3Dlink$/);
    await page.locator('input[type="email"]').fill('admin@schulz.example');
    await page.locator('input[type="password"]').fill('demo1234');
    await page.locator('form button[type="submit"]').click();
    await page.getByRole('heading', { level: 1, name: 'Änderungsprotokoll' }).waitFor();
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe('/audit?from=link');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a session that ends on a logged-in page leads to the login page and back', async () => {
    const { page, context, problems } = await openTab(browser);
    await login(page, 'admin@thermotec.example');
    // The server forgets the session (as after expiry or a password change elsewhere).
    await context.clearCookies();
    await page.getByRole('navigation').getByRole('link', { name: 'Netzwerk', exact: true }).click();
    await page.waitForURL(/\/login\?next=%2Fnetwork&expired=1$/);
    await page.getByText('Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.').waitFor();
    await page.locator('input[type="email"]').fill('admin@thermotec.example');
    await page.locator('input[type="password"]').fill('demo1234');
    await page.locator('form button[type="submit"]').click();
    await page.getByRole('heading', { level: 1, name: 'Netzwerk' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/network');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('an unknown invitation link explains what to do', async () => {
    const { page, context, problems } = await openTab(browser);
    await page.goto(`${baseUrl()}/invitation/this-token-does-not-exist-0123456789`);
    const error = page.getByTestId('invitation-error');
    await error.waitFor();
    expect(await error.innerText()).toContain('Bitte lassen Sie sich erneut einladen.');
    await expectAccessible(page, 'invalid invitation');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('forms show field errors from the server', async () => {
    const { page, context, problems } = await openTab(browser);
    await login(page, 'admin@schulz.example');
    await page.goto(`${baseUrl()}/account`);
    await page.getByRole('heading', { level: 1, name: 'Mein Konto' }).waitFor();
    await page.getByLabel(/^Aktuelles Passwort/).fill('wrong-current-password');
    await page.getByLabel(/^Neues Passwort(?! wiederholen)/).fill('ein-neues-passwort');
    await page.getByLabel(/^Neues Passwort wiederholen/).fill('ein-neues-passwort');
    await page.getByRole('button', { name: 'Passwort ändern' }).click();
    await page.getByText('Das aktuelle Passwort ist falsch.').waitFor();
    expect(await page.getByLabel(/^Aktuelles Passwort/).getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'account with field error');

    // A taken e-mail address is reported at the e-mail field of the invitation form.
    await page.getByRole('navigation').getByRole('link', { name: 'Team', exact: true }).click();
    await page.getByRole('button', { name: 'Benutzer einladen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Benutzer einladen' });
    await dialog.getByLabel('E-Mail').fill('technik@schulz.example');
    await dialog.getByLabel('Name').fill('Doppelt');
    await dialog.getByRole('button', { name: 'Einladung erstellen' }).click();
    await dialog.locator('.mantine-InputWrapper-error', { hasText: 'Es gibt bereits einen Benutzer mit dieser E-Mail-Adresse.' }).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });
  it('a list that fails to load says so and recovers with "try again"', async () => {
    const { page, context, problems } = await openTab(browser);
    await login(page, 'admin@schulz.example');
    // The server answers the team list with an internal error once.
    let failures = 0;
    await page.route('**/graphql', async (route) => {
      if (failures === 0 && route.request().postData()?.includes('query Users')) {
        failures++;
        await route.fulfill({
          status: 200,
          contentType: 'application/json',
          body: JSON.stringify({
            data: null,
            errors: [{ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR', reason: 'INTERNAL' } }],
          }),
        });
        return;
      }
      await route.continue();
    });
    await page.getByRole('navigation').getByRole('link', { name: 'Team', exact: true }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Die Liste konnte nicht geladen werden' });
    await alert.waitFor();
    expect(await alert.innerText()).toContain('Bei uns ist etwas schiefgegangen.');
    await expectAccessible(page, 'list error');
    await alert.getByRole('button', { name: 'Erneut versuchen' }).click();
    await page.locator('tr[data-email="technik@schulz.example"]').waitFor();
    expect(failures).toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  });
});
