import type { Browser, Page } from 'playwright-core';
import { baseUrl, expectAccessible, launchBrowser, login, logout, navigationEntries, openTab } from './support/browser';

const USER = 'admin@berger.example';
const GERMAN_NAV = ['Start', 'Mein Status', 'Schulungen', 'Wissen', 'Unterauftragnehmer', 'Team', 'Änderungsprotokoll'];
const ENGLISH_NAV = ['Home', 'My status', 'Trainings', 'Knowledge', 'Subcontractors', 'Team', 'Audit log'];

async function switchTo(page: Page, language: 'Deutsch' | 'English'): Promise<void> {
  await page.getByText(language, { exact: true }).click();
}

describe('language switch', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('before login follows the browser language and remembers the choice on this device', async () => {
    const { page, context, problems } = await openTab(browser, 'en-GB');
    await page.goto(`${baseUrl()}/login`);
    await page.getByRole('heading', { name: 'Log in' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await switchTo(page, 'Deutsch');
    await page.getByRole('heading', { name: 'Anmelden' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('de');
    await page.reload();
    await page.getByRole('heading', { name: 'Anmelden' }).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('changes visible texts, survives a reload and a new login (stored on the user)', async () => {
    const first = await openTab(browser, 'de-DE');
    await login(first.page, USER);
    expect(await navigationEntries(first.page)).toEqual(GERMAN_NAV);

    try {
      await switchTo(first.page, 'English');
      await first.page.getByRole('heading', { level: 1, name: 'Welcome, Bernd Berger' }).waitFor();
      expect(await navigationEntries(first.page)).toEqual(ENGLISH_NAV);
      await expectAccessible(first.page, 'home in English');

      await first.page.reload();
      await first.page.getByRole('heading', { level: 1, name: 'Welcome, Bernd Berger' }).waitFor();
      expect(await navigationEntries(first.page)).toEqual(ENGLISH_NAV);
      await logout(first.page);

      // Another device with a German browser: the language stored on the user wins after login.
      const second = await openTab(browser, 'de-DE');
      await second.page.goto(`${baseUrl()}/login`);
      await second.page.getByRole('heading', { name: 'Anmelden' }).waitFor();
      await login(second.page, USER);
      await second.page.getByRole('heading', { level: 1, name: 'Welcome, Bernd Berger' }).waitFor();
      expect(await navigationEntries(second.page)).toEqual(ENGLISH_NAV);
      // Dates follow the language too (the team list shows "since" dates).
      await second.page.getByRole('navigation').getByRole('link', { name: 'Team', exact: true }).click();
      await second.page.getByRole('columnheader', { name: /Since/ }).waitFor();
      expect(problems(first, second)).toEqual([]);
      await second.context.close();
    } finally {
      // Leave the demo user as seeded, so other tests and reruns against the same server see German.
      const restore = await openTab(browser, 'de-DE');
      await login(restore.page, USER);
      if ((await navigationEntries(restore.page))[0] === 'Home') await switchTo(restore.page, 'Deutsch');
      await restore.page.getByRole('heading', { level: 1, name: 'Willkommen, Bernd Berger' }).waitFor();
      await restore.context.close();
      await first.context.close();
    }
  });
});

function problems(...tabs: { problems: string[] }[]): string[] {
  return tabs.flatMap((tab) => tab.problems);
}
