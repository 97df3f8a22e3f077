import type { Browser } from 'playwright-core';
import { baseUrl, expectAccessible, launchBrowser, login, navigationEntries, openTab } from './support/browser';

interface DemoRole {
  email: string;
  name: string;
  organisation: string;
  nav: string[];
  /** Areas on the home page that are already built (the others must say "coming soon"). */
  available: string[];
}

// Seeded locales: everybody German except the knowledge editor, who reads English.
const ROLES: DemoRole[] = [
  {
    email: 'admin@thermotec.example',
    name: 'Anna Admin',
    organisation: 'Thermotec GmbH',
    nav: ['Start', 'Netzwerk', 'Schulungen', 'Wissen', 'Hotline', 'Freigaben', 'Änderungsprotokoll', 'Benutzer'],
    available: ['Netzwerk', 'Schulungen', 'Wissen', 'Freigaben', 'Änderungsprotokoll', 'Benutzer'],
  },
  {
    email: 'partners@thermotec.example',
    name: 'Peter Partnermanager',
    organisation: 'Thermotec GmbH',
    nav: ['Start', 'Netzwerk', 'Wissen', 'Freigaben', 'Benutzer'],
    available: ['Netzwerk', 'Wissen', 'Freigaben', 'Benutzer'],
  },
  {
    email: 'training@thermotec.example',
    name: 'Tanja Training',
    organisation: 'Thermotec GmbH',
    nav: ['Start', 'Netzwerk', 'Schulungen', 'Wissen'],
    available: ['Netzwerk', 'Schulungen', 'Wissen'],
  },
  {
    email: 'knowledge@thermotec.example',
    name: 'Klaus Knowledge',
    organisation: 'Thermotec GmbH',
    nav: ['Home', 'Network', 'Knowledge'],
    available: ['Network', 'Knowledge'],
  },
  {
    email: 'hotline@thermotec.example',
    name: 'Hanna Hotline',
    organisation: 'Thermotec GmbH',
    nav: ['Start', 'Netzwerk', 'Wissen', 'Hotline'],
    available: ['Netzwerk', 'Wissen'],
  },
  {
    email: 'admin@schulz.example',
    name: 'Sabine Schulz',
    organisation: 'Wärmetechnik Schulz GmbH',
    nav: ['Start', 'Mein Status', 'Schulungen', 'Wissen', 'Unterauftragnehmer', 'Team', 'Änderungsprotokoll'],
    available: ['Mein Status', 'Schulungen', 'Wissen', 'Unterauftragnehmer', 'Team', 'Änderungsprotokoll'],
  },
  {
    email: 'technik@schulz.example',
    name: 'Tobias Techniker',
    organisation: 'Wärmetechnik Schulz GmbH',
    nav: ['Start', 'Mein Status', 'Schulungen', 'Wissen'],
    available: ['Mein Status', 'Schulungen', 'Wissen'],
  },
  {
    email: 'admin@berger.example',
    name: 'Bernd Berger',
    organisation: 'Haustechnik Berger KG',
    nav: ['Start', 'Mein Status', 'Schulungen', 'Wissen', 'Unterauftragnehmer', 'Team', 'Änderungsprotokoll'],
    available: ['Mein Status', 'Schulungen', 'Wissen', 'Unterauftragnehmer', 'Team', 'Änderungsprotokoll'],
  },
  {
    email: 'team@kaya.example',
    name: 'Kemal Kaya',
    organisation: 'Montageservice Kaya',
    nav: ['Start', 'Wissen', 'Mein Unternehmen'],
    available: ['Wissen', 'Mein Unternehmen'],
  },
];

describe('each demo role', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('sees the login page without accessibility problems', async () => {
    const { page, problems, context } = await openTab(browser);
    await page.goto(`${baseUrl()}/login`);
    await page.getByRole('heading', { name: 'Anmelden' }).waitFor();
    await expectAccessible(page, 'login');
    expect(problems).toEqual([]);
    await context.close();
  });

  it.each(ROLES)('$email sees its own navigation and home', async (role) => {
    const { page, problems, context } = await openTab(browser);
    await login(page, role.email);

    expect(await navigationEntries(page)).toEqual(role.nav);
    const welcome = role.nav[1] === 'Network' ? 'Welcome' : 'Willkommen';
    await page.getByRole('heading', { level: 1, name: `${welcome}, ${role.name}` }).waitFor();
    expect(await page.getByTestId('home-intro').innerText()).toContain(role.organisation);

    // One card per usable area; built areas say so, the others honestly say "coming soon".
    const cards = page.locator('main section');
    expect(await cards.count()).toBe(role.nav.length - 1);
    for (const label of role.nav.slice(1)) {
      const card = cards.filter({ has: page.getByRole('heading', { name: label, exact: true }) });
      const badge = await card.locator('.mantine-Badge-root').innerText();
      const built = role.available.includes(label);
      expect({ label, badge: badge.toLowerCase() }).toEqual({
        label,
        badge: built ? (welcome === 'Welcome' ? 'available' : 'verfügbar') : welcome === 'Welcome' ? 'coming soon' : 'demnächst',
      });
    }
    await expectAccessible(page, `home of ${role.email}`);

    // An area not built yet opens a "coming soon" page inside the shell.
    const comingSoon = role.nav.slice(1).find((label) => !role.available.includes(label));
    if (comingSoon) {
      await page.getByRole('navigation').getByRole('link', { name: comingSoon, exact: true }).click();
      await page.getByTestId('coming-soon').waitFor();
      await page.getByRole('heading', { level: 1, name: comingSoon }).waitFor();
      await expectAccessible(page, `coming soon ${comingSoon}`);
    }
    expect(problems).toEqual([]);
    await context.close();
  });
});
