import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD, baseUrl, launchBrowser, openTab } from './support/browser';

const RUNS = 7;
const HOME_HEADING = { level: 1, name: /^Willkommen, / } as const;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Collects every script the page downloads and returns the gzip size of their bodies. */
function recordScripts(page: Page): () => Promise<{ files: number; gzip: number }> {
  const bodies: Promise<Buffer>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') bodies.push(response.body());
  });
  return async () => {
    const all = await Promise.all(bodies);
    return { files: all.length, gzip: all.reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0) };
  };
}

function report(line: string): void {
  process.stdout.write(`[web perf] ${line}\n`);
}

/** Figures for the report only: the tests never fail on time or size (see ARCHITECTURE.md, Tests). */
describe('figures', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('prints the initial JavaScript of the login page and the logged-in home', async () => {
    const { page, context } = await openTab(browser);
    const loginScripts = recordScripts(page);
    await page.goto(`${baseUrl()}/login`, { waitUntil: 'networkidle' });
    await page.getByRole('heading', { name: 'Anmelden' }).waitFor();
    const login = await loginScripts();
    await page.locator('input[type="email"]').fill('admin@thermotec.example');
    await page.locator('input[type="password"]').fill(DEMO_PASSWORD);
    await page.locator('form button[type="submit"]').click();
    await page.getByRole('heading', HOME_HEADING).waitFor();

    const home = await context.newPage();
    const homeScripts = recordScripts(home);
    await home.goto(`${baseUrl()}/`, { waitUntil: 'networkidle' });
    await home.getByRole('heading', HOME_HEADING).waitFor();
    const logged = await homeScripts();
    report(`initial JS, login page: ${(login.gzip / 1024).toFixed(1)} KB gzip in ${login.files} file(s)`);
    report(`initial JS, logged-in home: ${(logged.gzip / 1024).toFixed(1)} KB gzip in ${logged.files} file(s)`);
    expect(login.files).toBeGreaterThan(0);
    expect(logged.files).toBeGreaterThan(0);
    await context.close();
  });

  it('prints the median time from navigation to a usable home page', async () => {
    const viaLogin: number[] = [];
    const loggedIn: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const { page, context } = await openTab(browser);
      const started = performance.now();
      await page.goto(`${baseUrl()}/login`);
      await page.locator('input[type="email"]').fill('admin@schulz.example');
      await page.locator('input[type="password"]').fill(DEMO_PASSWORD);
      await page.locator('form button[type="submit"]').click();
      await page.getByRole('heading', HOME_HEADING).waitFor();
      viaLogin.push(performance.now() - started);

      // A returning visitor with a session: a fresh tab straight to the home page.
      const again = await context.newPage();
      const reopened = performance.now();
      await again.goto(`${baseUrl()}/`);
      await again.getByRole('heading', HOME_HEADING).waitFor();
      loggedIn.push(performance.now() - reopened);
      await context.close();
    }
    report(`login page -> home usable (cold cache, incl. typing and login): median ${median(viaLogin).toFixed(0)} ms over ${RUNS} runs`);
    report(
      `navigation to / with a session -> home usable (same browser, session cookie set): median ${median(loggedIn).toFixed(0)} ms over ${RUNS} runs`,
    );
    expect(viaLogin).toHaveLength(RUNS);
  });
});
