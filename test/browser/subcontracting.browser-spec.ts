import type { Browser, Page } from 'playwright-core';
import { expectAccessible, expectFocused, launchBrowser, login, openTab, type Tab } from './support/browser';

const MANAGER = 'partners@thermotec.example';
const SCHULZ_ADMIN = 'admin@schulz.example';
const KAYA_USER = 'team@kaya.example';
const SCHULZ = 'Wärmetechnik Schulz GmbH';
const KAYA = 'Montageservice Kaya';
const SERVICE = 'Installation auf Wärmepumpen';

async function openNavigation(page: Page, entry: string, heading = entry): Promise<void> {
  await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: entry, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

/** Picks an option of a Mantine select inside `scope`, found by the select's label. */
async function choose(page: Page, scope: ReturnType<Page['locator']>, label: RegExp, option: string): Promise<void> {
  await scope.getByLabel(label).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** One GraphQL operation with the page's session cookie (for steps the UI does not offer in reasonable steps). */
async function graphql<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const body = await page.evaluate(
    async ({ query, variables }) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as { data?: unknown; errors?: unknown[] };
    },
    { query, variables },
  );
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data as T;
}

describe('subcontractor permissions', () => {
  let browser: Browser;
  const tabs: Tab[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });
  afterEach(() => {
    for (const tab of tabs) expect(tab.problems).toEqual([]);
  });

  it('partner requests, manufacturer approves, the subcontractor reads; a tier downgrade suspends it', async () => {
    const justification = `Kaya übernimmt Montagen im Raum München (${Date.now()}).`;

    // The Schulz admin sees Kaya among its subcontractors and opens its page.
    const partner = await openTab(browser);
    tabs.push(partner);
    await login(partner.page, SCHULZ_ADMIN);
    await openNavigation(partner.page, 'Unterauftragnehmer');
    const kayaRow = partner.page.locator(`[data-testid="subcontractor-table"] tbody tr[data-subcontractor="${KAYA}"]`);
    await kayaRow.getByText('HRB 123456', { exact: true }).waitFor();
    await expectAccessible(partner.page, 'subcontractor list');

    // The register form checks its fields and the API refuses linking a company that already works for Schulz.
    await partner.page.getByRole('button', { name: 'Unterauftragnehmer registrieren' }).click();
    const register = partner.page.getByRole('dialog', { name: 'Unterauftragnehmer registrieren' });
    await register.getByRole('button', { name: 'Registrieren', exact: true }).click();
    expect(await register.getByText('Bitte füllen Sie dieses Feld aus.').count()).toBe(2);
    await register.getByLabel(/^Handelsregisternummer/).fill('hrb 123456');
    await register.getByLabel(/^Unternehmen/).fill(KAYA);
    await expectAccessible(partner.page, 'register dialog');
    await register.getByRole('button', { name: 'Registrieren', exact: true }).click();
    await register.getByTestId('form-error').getByText('Dieser Unterauftragnehmer arbeitet bereits für Ihr Unternehmen.').waitFor();
    await register.getByRole('button', { name: 'Abbrechen' }).click();
    await register.waitFor({ state: 'detached' });

    await kayaRow.getByRole('link', { name: KAYA }).click();
    await partner.page.getByRole('heading', { level: 1, name: KAYA }).waitFor();
    expect(partner.page.url()).toMatch(/\/subcontractors\/[0-9a-f-]{36}$/);
    await partner.page.getByTestId('master-data').getByText('HRB 123456').waitFor();
    const form = partner.page.getByTestId('request-delegation-form');

    // Gas condensing boilers: Schulz is Certified there, which does not allow delegating – the API's reason is shown.
    await form.getByRole('button', { name: 'Antrag senden' }).click();
    await form.getByText('Bitte wählen Sie eine Produktlinie.').waitFor();
    await choose(partner.page, form, /^Produktlinie/, 'Gas-Brennwertkessel');
    await choose(partner.page, form, /^Leistung/, 'Installation');
    await form.getByLabel(/^Begründung/).fill(justification);
    await form.getByRole('button', { name: 'Antrag senden' }).click();
    await form
      .getByTestId('form-error')
      .getByText('Ihre Stufe auf dieser Produktlinie erlaubt keine Weitergabe von Leistungen an Unterauftragnehmer.', { exact: false })
      .waitFor();
    await expectAccessible(partner.page, 'request refused');

    // Heat pumps (Premium, which delegates and includes installation): the request goes to the manufacturer.
    await choose(partner.page, form, /^Produktlinie/, 'Wärmepumpen');
    await form.getByRole('button', { name: 'Antrag senden' }).click();
    const requested = partner.page.locator('[data-testid="delegation-table"] tbody tr[data-status="REQUESTED"]', { hasText: SERVICE });
    await requested.getByText('Beantragt', { exact: true }).waitFor();
    expect(await requested.innerText()).toContain(justification);
    await expect(form.getByTestId('form-error').count()).resolves.toBe(0);
    await expectAccessible(partner.page, 'subcontractor page with request');

    // The partner manager approves it in the queue.
    const manager = await openTab(browser);
    tabs.push(manager);
    await login(manager.page, MANAGER);
    await openNavigation(manager.page, 'Freigaben', 'Freigaben für Unterauftragnehmer');
    const queued = manager.page.locator('[data-testid="delegation-table"] tbody tr', { hasText: justification });
    await queued.waitFor();
    expect(await queued.innerText()).toContain(SCHULZ);
    await expectAccessible(manager.page, 'permission queue');
    await queued.getByRole('button', { name: `Genehmigen: ${KAYA}, ${SERVICE}` }).click();
    const approve = manager.page.getByRole('dialog', { name: `Genehmigen: ${KAYA}` });
    await approve.getByText(justification).waitFor();
    await expectAccessible(manager.page, 'approve dialog');
    await approve.getByRole('button', { name: 'Genehmigen', exact: true }).click();
    await approve.waitFor({ state: 'detached' });
    await queued.waitFor({ state: 'detached' });

    // All permissions, filtered by status: approved, with its history.
    await manager.page.getByRole('tab', { name: 'Alle Freigaben' }).click();
    await choose(manager.page, manager.page.getByRole('search'), /^Status/, 'Genehmigt');
    const approved = manager.page.locator('[data-testid="delegation-table"] tbody tr[data-status="APPROVED"]', { hasText: justification });
    await approved.waitFor();
    await approved.getByRole('button', { name: `Verlauf: ${SERVICE}, ${KAYA}` }).click();
    const history = manager.page.getByRole('list', { name: `Verlauf: ${SERVICE}, ${KAYA}` });
    await history.locator('li[data-action="APPROVE"]').getByText('Peter Partnermanager', { exact: false }).waitFor();
    await history.locator('li[data-action="REQUESTED"]').waitFor();
    await expectAccessible(manager.page, 'all permissions with history');

    // Kaya's user sees the permission and the know-how it opens on its home.
    const kaya = await openTab(browser);
    tabs.push(kaya);
    await login(kaya.page, KAYA_USER);
    await openNavigation(kaya.page, 'Mein Unternehmen');
    await kaya.page.getByTestId('company-partners').getByText(SCHULZ).waitFor();
    const permission = kaya.page.locator('[data-testid="delegation-table"] tbody tr', { hasText: SERVICE });
    await permission.getByText('Genehmigt', { exact: true }).waitFor();
    const articles = kaya.page.getByTestId('knowledge-list').getByRole('link');
    await articles.first().waitFor();
    expect(await articles.count()).toBeGreaterThan(0);
    await expectAccessible(kaya.page, 'subcontractor home');

    // The partner manager downgrades Schulz on heat pumps to Certified, which does not delegate.
    await openNavigation(manager.page, 'Netzwerk');
    await manager.page
      .locator(`[data-testid="partner-table"] tbody tr[data-partner="${SCHULZ}"]`)
      .getByRole('link', { name: SCHULZ })
      .click();
    await manager.page.getByRole('heading', { level: 1, name: SCHULZ }).waitFor();
    const heatPumps = manager.page.locator('section[data-product-line="HEAT_PUMP"]');
    await heatPumps.getByRole('button', { name: 'Stufe ändern – Wärmepumpen' }).click();
    const change = manager.page.getByRole('dialog', { name: `Stufe ändern: Wärmepumpen von ${SCHULZ}` });
    await change.getByRole('radio', { name: 'Zertifiziert (Herabstufung)' }).check();
    await change.getByLabel(/^Begründung/).fill('Premium-Anforderungen derzeit nicht erfüllt');
    await change.getByRole('button', { name: 'Herabstufen …' }).click();
    await change.getByRole('button', { name: 'Jetzt herabstufen' }).click();
    await change.waitFor({ state: 'detached' });
    await heatPumps.getByTestId('live-grant').getByText('Zertifiziert', { exact: true }).waitFor();

    // Kaya's user reloads: the permission is suspended because of the partner's tier, and no article is left.
    await kaya.page.reload();
    await permission.getByText('Ausgesetzt (folgt der Stufe des Partners)', { exact: true }).waitFor();
    await kaya.page.getByTestId('company-knowledge').getByText('Keine Artikel', { exact: false }).waitFor();
    expect(await kaya.page.getByTestId('knowledge-list').count()).toBe(0);
    await permission.getByRole('button', { name: `Verlauf: ${SERVICE}, ${KAYA}` }).click();
    // The cascade's reason is written by the API in English and shown in the reader's language.
    await kaya.page
      .locator('li[data-action="SUSPENDED"]')
      .getByText('Begründung: „Autorisierung des Partners – Stufe geändert: Premium-Anforderungen derzeit nicht erfüllt“', { exact: true })
      .waitFor();
    await expectAccessible(kaya.page, 'subcontractor home after downgrade');

    // A suspension that follows the tier cannot be lifted by hand: only "revoke" is offered.
    await openNavigation(manager.page, 'Freigaben', 'Freigaben für Unterauftragnehmer');
    await manager.page.getByRole('tab', { name: 'Alle Freigaben' }).click();
    const suspended = manager.page.locator('[data-testid="delegation-table"] tbody tr[data-status="SUSPENDED"]', {
      hasText: justification,
    });
    await suspended.waitFor();
    expect(await suspended.getByRole('button', { name: /^Aussetzung aufheben/ }).count()).toBe(0);

    // Back to Premium (through the API): the permission returns by itself; then the manager revokes it with a reason.
    const { tierGrants, tiers } = await graphql<{
      tierGrants: { items: { id: string; partnerName: string; productLine: { code: string } }[] };
      tiers: { id: string; code: string }[];
    }>(
      manager.page,
      `
        query {
          tierGrants(filter: { statuses: [ACTIVE] }, page: { limit: 100 }) {
            items {
              id
              partnerName
              productLine {
                code
              }
            }
          }
          tiers {
            id
            code
          }
        }
      `,
    );
    const grant = tierGrants.items.find((g) => g.partnerName === SCHULZ && g.productLine.code === 'HEAT_PUMP');
    const premium = tiers.find((t) => t.code === 'PREMIUM');
    await graphql(
      manager.page,
      `
        mutation ($input: ChangeGrantTierInput!) {
          changeGrantTier(input: $input) {
            id
          }
        }
      `,
      {
        input: { grantId: grant?.id, tierId: premium?.id, reason: 'Anforderungen wieder erfüllt' },
      },
    );
    await manager.page.reload();
    await manager.page.getByRole('tab', { name: 'Alle Freigaben' }).click();
    const restored = manager.page.locator('[data-testid="delegation-table"] tbody tr[data-status="APPROVED"]', { hasText: justification });
    await restored.getByRole('button', { name: `Widerrufen: ${KAYA}, ${SERVICE}` }).click();
    const revoke = manager.page.getByRole('dialog', { name: `Widerrufen: ${KAYA}` });
    await expectFocused(revoke.getByRole('button', { name: 'Abbrechen' }));
    await revoke.getByRole('button', { name: 'Widerrufen', exact: true }).click();
    await revoke.getByText('Bitte geben Sie eine Begründung an (mindestens 3 Zeichen).').waitFor();
    await revoke.getByRole('textbox', { name: /^Begründung/ }).fill('Zusammenarbeit für Wärmepumpen beendet');
    await expectAccessible(manager.page, 'revoke dialog');
    await revoke.getByRole('button', { name: 'Widerrufen', exact: true }).click();
    await revoke.waitFor({ state: 'detached' });
    await manager.page.locator('[data-testid="delegation-table"] tbody tr[data-status="REVOKED"]', { hasText: justification }).waitFor();

    // The partner sees the whole story in the permission's history.
    await partner.page.reload();
    const revoked = partner.page.locator('[data-testid="delegation-table"] tbody tr[data-status="REVOKED"]', { hasText: SERVICE });
    await revoked.getByText('Begründung: „Zusammenarbeit für Wärmepumpen beendet“').waitFor();
    await revoked.getByRole('button', { name: `Verlauf: ${SERVICE}, ${KAYA}` }).click();
    const story = partner.page.getByTestId('delegation-history');
    for (const action of ['REQUESTED', 'APPROVE', 'SUSPENDED', 'RESTORED', 'REVOKE'])
      await story.locator(`li[data-action="${action}"]`).waitFor();
    await expectAccessible(partner.page, 'permission history');
  });

  it('the partner registers a subcontractor, invites a user, withdraws a request and ends the relationship with a reason', async () => {
    const partner = await openTab(browser);
    tabs.push(partner);
    await login(partner.page, SCHULZ_ADMIN);
    await openNavigation(partner.page, 'Unterauftragnehmer');

    // A new subcontractor is registered and opens on its own page.
    const register = `HRB ${Date.now() % 1000000}`;
    await partner.page.getByRole('button', { name: 'Unterauftragnehmer registrieren' }).click();
    const dialog = partner.page.getByRole('dialog', { name: 'Unterauftragnehmer registrieren' });
    await dialog.getByLabel(/^Handelsregisternummer/).fill(register);
    await dialog.getByLabel(/^Unternehmen/).fill('Elektro Nowak');
    await dialog.getByLabel(/^Ort/).fill('Freising');
    await dialog.getByRole('button', { name: 'Registrieren', exact: true }).click();
    await partner.page.getByRole('heading', { level: 1, name: 'Elektro Nowak' }).waitFor();
    await partner.page.getByTestId('list-empty').getByText('Noch keine Freigaben beantragt.').waitFor();
    await expectAccessible(partner.page, 'new subcontractor');

    // Invite a user: the link is shown once.
    await partner.page.getByRole('button', { name: 'Benutzer einladen' }).click();
    const invite = partner.page.getByRole('dialog', { name: 'Benutzer von Elektro Nowak einladen' });
    await invite.getByLabel(/^E-Mail/).fill(`nowak-${Date.now()}@nowak.example`);
    await invite.getByLabel(/^Name/).fill('Nina Nowak');
    await expectAccessible(partner.page, 'invite dialog');
    await invite.getByRole('button', { name: 'Einladung erstellen' }).click();
    await invite.getByTestId('invitation-link').waitFor();
    await expectAccessible(partner.page, 'invitation link');
    await invite.getByRole('button', { name: 'Fertig' }).click();
    await invite.waitFor({ state: 'detached' });

    // Request, then withdraw.
    const form = partner.page.getByTestId('request-delegation-form');
    await choose(partner.page, form, /^Produktlinie/, 'Wärmepumpen');
    await choose(partner.page, form, /^Leistung/, 'Wartung');
    await form.getByRole('button', { name: 'Antrag senden' }).click();
    const row = partner.page.locator('[data-testid="delegation-table"] tbody tr', { hasText: 'Wartung auf Wärmepumpen' });
    await row.getByText('Beantragt', { exact: true }).waitFor();
    await row.getByRole('button', { name: 'Zurückziehen: Elektro Nowak, Wartung auf Wärmepumpen' }).click();
    const withdraw = partner.page.getByRole('dialog', { name: 'Zurückziehen: Elektro Nowak' });
    await expectAccessible(partner.page, 'withdraw dialog');
    await withdraw.getByRole('button', { name: 'Antrag zurückziehen' }).click();
    await withdraw.waitFor({ state: 'detached' });
    await row.getByText('Zurückgezogen', { exact: true }).waitFor();

    // End the relationship: a reason is required, Cancel has the focus.
    await partner.page.getByRole('button', { name: 'Zusammenarbeit beenden …' }).click();
    const end = partner.page.getByRole('dialog', { name: 'Zusammenarbeit mit Elektro Nowak beenden' });
    await expectFocused(end.getByRole('button', { name: 'Abbrechen' }));
    await end.getByRole('button', { name: 'Zusammenarbeit beenden', exact: true }).click();
    await end.getByText('Bitte geben Sie eine Begründung an (mindestens 3 Zeichen).').waitFor();
    await end.getByLabel(/^Begründung/).fill('Projekt abgeschlossen');
    await expectAccessible(partner.page, 'end relationship dialog');
    await end.getByRole('button', { name: 'Zusammenarbeit beenden', exact: true }).click();
    await end.waitFor({ state: 'detached' });
    await partner.page.getByTestId('master-data').getByText('Beendet', { exact: true }).waitFor();
    await partner.page.getByText('Diese Zusammenarbeit ist beendet; es können keine neuen Freigaben beantragt werden.').waitFor();
    expect(await partner.page.getByRole('button', { name: 'Benutzer einladen' }).count()).toBe(0);
  });
});
