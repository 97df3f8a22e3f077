import type { Browser, Page } from 'playwright-core';
import { baseUrl, expectAccessible, expectFocused, launchBrowser, openTab } from './support/browser';

/** Presses Tab until the focused element matches, like a keyboard user scanning the page. */
async function tabTo(
  page: Page,
  matches: (element: { text: string; role: string | null; tag: string }) => boolean,
  max = 40,
): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      return {
        text: (element?.innerText ?? element?.getAttribute('aria-label') ?? '').trim(),
        role: element?.getAttribute('role') ?? null,
        tag: element?.tagName ?? '',
      };
    });
    if (matches(focused)) return;
  }
  throw new Error(`not reachable with ${max} presses of Tab`);
}

/** Keyboard focus must be visible: an outline or a box shadow on the focused element. */
async function focusIsVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element) return false;
    const style = getComputedStyle(element);
    return (style.outlineStyle !== 'none' && style.outlineWidth !== '0px') || style.boxShadow !== 'none';
  });
}

describe('keyboard only', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('logs in, navigates and invites a colleague without a mouse', async () => {
    const { page, context, problems } = await openTab(browser);
    await page.goto(`${baseUrl()}/login`);
    // The e-mail field has focus from the start.
    await expectFocused(page.locator('input[type="email"]'));
    await page.keyboard.type('admin@schulz.example');
    await page.keyboard.press('Tab');
    await expectFocused(page.locator('input[type="password"]'));
    await page.keyboard.type('demo1234');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Willkommen, Sabine Schulz' }).waitFor();

    // The skip link is the first stop and jumps past the navigation.
    await page.keyboard.press('Tab');
    await expectFocused(page.getByRole('link', { name: 'Zum Inhalt springen' }));
    expect(await focusIsVisible(page)).toBe(true);

    await tabTo(page, (e) => e.tag === 'A' && e.text === 'Team');
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Team' }).waitFor();

    await tabTo(page, (e) => e.tag === 'BUTTON' && e.text === 'Benutzer einladen');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Benutzer einladen' });
    await expectFocused(dialog.getByLabel('E-Mail'));
    const email = `kira.keyboard.${Date.now()}@schulz.example`;
    await page.keyboard.type(email);
    await page.keyboard.press('Tab');
    await page.keyboard.type('Kira Keyboard');
    // Into the role group; arrow keys choose within it.
    await page.keyboard.press('Tab');
    await expectFocused(dialog.getByRole('radio', { name: 'Techniker' }));
    await page.keyboard.press('ArrowDown');
    await expectFocused(dialog.getByRole('radio', { name: 'Partner-Administrator' }));
    expect(await dialog.getByRole('radio', { name: 'Partner-Administrator' }).isChecked()).toBe(true);
    await page.keyboard.press('ArrowUp');
    expect(await dialog.getByRole('radio', { name: 'Techniker' }).isChecked()).toBe(true);
    await tabTo(page, (e) => e.tag === 'BUTTON' && e.text === 'Einladung erstellen');
    await page.keyboard.press('Enter');
    await dialog.getByLabel('Einladungslink').waitFor();

    // Focus stays inside the dialog while it is open.
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => Boolean(document.activeElement?.closest('[role="dialog"]')))).toBe(true);
    }
    await expectAccessible(page, 'invitation link (keyboard)');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await page.locator(`tr[data-email="${email}"]`).getByText('Eingeladen', { exact: true }).waitFor();
    expect(await page.locator(`tr[data-email="${email}"]`).innerText()).toContain('Techniker');
    expect(problems).toEqual([]);
    await context.close();
  });
});
