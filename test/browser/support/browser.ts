import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, type BrowserContext, type Locator, type Page, chromium } from 'playwright-core';

export const DEMO_PASSWORD = 'demo1234';

export function baseUrl(): string {
  const url = process.env.BROWSER_BASE_URL;
  if (!url) throw new Error('BROWSER_BASE_URL is not set (global setup did not run?)');
  return url.replace(/\/$/, '');
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface Tab {
  context: BrowserContext;
  page: Page;
  /** Uncaught errors and CSP violations seen so far; tests assert it stays empty. */
  problems: string[];
}

/**
 * A fresh context (own cookies) with a fixed browser language, so texts before login are predictable.
 * Page errors and Content-Security-Policy violations are collected: both mean the app is broken in production.
 */
export async function openTab(browser: Browser, locale: 'de-DE' | 'en-GB' = 'de-DE'): Promise<Tab> {
  // Reduced motion: no transitions, so axe never measures colours of a half-faded dialog.
  const context = await browser.newContext({ locale, viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy|Refused to/i.test(message.text())) problems.push(`CSP: ${message.text()}`);
  });
  return { context, page, problems };
}

/** Logs in through the form and waits until the home page is usable. */
export async function login(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(`${baseUrl()}/login`);
  await page.locator('input[type="email"]').fill(email);
  await page.locator('input[type="password"]').fill(password);
  await page.locator('form button[type="submit"]').click();
  await page.getByRole('heading', { level: 1, name: /^(Willkommen|Welcome), / }).waitFor();
}

export async function logout(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^(Benutzermenü von|User menu of) / }).click();
  await page.getByRole('menuitem', { name: /^(Abmelden|Log out)$/ }).click();
  await page.waitForURL(/\/login/);
}

/** The entries of the main navigation, in order. */
export async function navigationEntries(page: Page): Promise<string[]> {
  const nav = page.getByRole('navigation', { name: /^(Hauptnavigation|Main navigation)$/ });
  await nav.waitFor();
  return (await nav.getByRole('link').allInnerTexts()).map((text) => text.trim());
}

/** Fails on serious or critical axe-core violations, naming rule and elements. */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const summary = serious.map((v) => `${label}: ${v.impact} ${v.id} (${v.help}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary).toEqual([]);
}

/** Waits until the element has keyboard focus (dialogs move focus after their opening transition). */
export async function expectFocused(locator: Locator, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let focused = false;
  while (!focused && Date.now() < deadline) {
    focused = await locator.evaluate((element) => element === document.activeElement).catch(() => false);
    if (!focused) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  expect({ focused, element: await locator.evaluate((e) => e.outerHTML.slice(0, 120)) }).toEqual(
    expect.objectContaining({ focused: true }),
  );
}
