/**
 * Paid extras seen by the spotlight, listed in the invoice archive: the built extension in Chromium opens the
 * MyTIM options fixture, then archive.html lists what the spotlight saw on the portal, with what it cost so far
 * (an "almeno" estimate), the free number and the refund path; a wanted one is marked and not counted; a second
 * visit adds nothing; with "archive automatically" off nothing is recorded; names with markup stay text; the
 * same extra listed twice on a page with no line number is two sightings, kept or counted each on its own.
 * Each test starts from an empty archive, default settings, a portal server and an archive tab of its own.
 */
import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extensionTargets, type ExtensionBrowser, type TestPage as Page } from '../support/browsers.ts';
import { isCarrierHost } from '../support/carrier-hosts.ts';
import { resetExtensionState, settingStored } from '../support/archive-state.ts';
import { startPortal, type PortalServer } from '../support/portal-server.ts';

const SHOTS = join(import.meta.dirname, '..', 'screenshots');

interface Extra { id: string; sources: string; total: string; estimate: string; wanted: string }

for (const target of extensionTargets()) describe(`paid extras seen on the portal, in the archive, in ${target.label}`, { skip: target.skip }, () => {
  let portal: PortalServer;
  let session: ExtensionBrowser;
  /** A screenshot's file name: Chromium keeps the historical names, Firefox adds its own suffix. */
  const png = (name: string) => (target.name === 'chromium' ? `${name}.png` : `${name}-${target.name}.png`);
  let archive: Page;
  /** Every address the browser asked for during the current test. */
  let requests: string[] = [];

  before(async () => {
    session = await target.launch();
    session.onRequest((address) => requests.push(address));
  });
  after(async () => {
    await session?.close();
  });

  // What one test could leave for the next (the archive, the wanted list and settings, routes, tabs) is made
  // fresh before each; the browser launch is shared.
  beforeEach(async () => {
    portal = await startPortal();
    archive = await session.newPage();
    await archive.goto(session.extensionUrl('archive.html'));
    await archive.waitForSelector('html[data-archive-ready="true"]');
    await resetExtensionState(archive);
    requests = [];
  });
  afterEach(async () => {
    await archive?.close();
    await portal?.close();
    // The browser's log saw the portal (so this check can fail) and no other host.
    const web = requests.filter((u) => !['chrome-extension:', 'moz-extension:', 'data:', 'blob:', 'about:'].includes(new URL(u).protocol));
    assert.ok(web.some((u) => isCarrierHost(new URL(u).hostname)), `no request to the portal was recorded: ${requests.slice(0, 5).join(', ')}`);
    assert.deepEqual(web.filter((u) => !isCarrierHost(new URL(u).hostname)), []);
  });

  /** Sets "archive automatically" on the archive page and waits until it is stored (content scripts read it there). */
  async function archiveAutomatically(on: boolean): Promise<void> {
    await archive.goto(session.extensionUrl('archive.html'));
    await archive.waitForSelector('html[data-archive-ready="true"]');
    if (on) await archive.getByTestId('auto-archive').check();
    else await archive.getByTestId('auto-archive').uncheck();
    await settingStored(archive, on);
  }

  /** Opens a portal page and waits until the spotlight has marked `n` rows. */
  async function visit(path: string, n: number, host = 'www.tim.it'): Promise<Page> {
    const page = await session.newPage();
    await page.goto(`${portal.origin(host)}${path}`);
    await page.waitForFunction((count) => document.querySelectorAll('[data-sentinella-service]').length === count, n, { timeout: 10_000 });
    return page;
  }

  async function extras(): Promise<Extra[]> {
    return archive.$$eval('[data-extra-id]', (els) =>
      els.map((el) => {
        const d = (el as HTMLElement).dataset;
        return { id: d.extraId!, sources: d.sources!, total: d.totalCents!, estimate: d.estimate!, wanted: d.wanted! };
      }),
    );
  }

  /** Reloads archive.html until `done` holds (the spotlight reports in the background). */
  async function extrasWhen(done: (x: Extra[]) => boolean, timeout = 10_000): Promise<Extra[]> {
    const end = Date.now() + timeout;
    let last: Extra[] = [];
    while (Date.now() < end) {
      await archive.goto(session.extensionUrl('archive.html'));
      await archive.waitForSelector('html[data-archive-ready="true"]');
      last = await extras();
      if (done(last)) return last;
      await archive.waitForTimeout(250);
    }
    assert.fail(`archive never showed the expected extras; last: ${JSON.stringify(last)}`);
  }

  test('the options page: TIM Prime Go, LoSai and the unknown horoscope are listed as seen on the portal, with an estimate and the way out', async () => {
    const page = await visit('/mytim/linea/opzioni.html', 3);
    const got = await extrasWhen((x) => x.length === 3);
    // Seen once today: at least one charge each (0,49 € a week, 1,59 € a month, 4,99 € a week).
    assert.deepEqual(
      got.map((x) => [x.id, x.sources, x.total, x.estimate, x.wanted]).sort(),
      [
        ['tim-losai', 'portal', '159', 'true', 'false'],
        ['tim-prime-go', 'portal', '49', 'true', 'false'],
        ['unknown:oroscopopremium', 'portal', '499', 'true', 'false'],
      ],
    );
    const prime = archive.locator('[data-extra-id="tim-prime-go"]');
    const text = await prime.innerText();
    assert.match(text, /TIM Prime Go/);
    assert.match(text, /sul portale \(il \d+ \w+ \d{4}, linea 3331234567\)/);
    assert.match(text, /almeno 0,49\s€/);
    assert.match(text, /entro 6 mesi, poi ConciliaWeb/);
    // TIM Prime Go is TIM's own option: its own free way, not 800 44 22 99 (third-party subscriptions only).
    assert.equal(await prime.locator('a[href="tel:800442299"]').count(), 0);
    assert.match(await prime.getByTestId('free-way').innerText(), /Per disattivarlo gratis: .*MyTIM/);
    const unknown = archive.locator('[data-extra-id="unknown:oroscopopremium"]');
    assert.equal(await unknown.locator('a[href="tel:800442299"]').innerText(), '800 44 22 99');
    assert.match(await unknown.getByTestId('free-way').innerText(), /terze parti/);
    assert.match(await archive.locator('section.extras').innerText(), /ConciliaWeb \(AGCOM\)/);
    assert.equal(await archive.getByTestId('extras-total').getAttribute('data-total-cents'), String(49 + 159 + 499));
    assert.match(await archive.getByTestId('extras-total').innerText(), /almeno 7,07\s€/);
    await page.close();
  });

  test('"Lo voglio tenere" on LoSai: marked in the archive and left out of the total', async () => {
    const first = await visit('/mytim/linea/opzioni.html', 3);
    await extrasWhen((x) => x.length === 3);
    await first.close();
    const page = await visit('/mytim/linea/opzioni.html', 3);
    await page.panel().locator('button.toggle').click();
    await page.panel().locator('[data-service-id="tim-losai"] button.keep').click();
    await page.waitForFunction(() => document.querySelector('tr[data-sentinella-service="tim-losai"]')?.getAttribute('data-sentinella-highlight') === 'wanted');
    const got = await extrasWhen((x) => x.find((e) => e.id === 'tim-losai')?.wanted === 'true');
    // Still one record per service: the second visit only moved "last seen".
    assert.equal(got.length, 3);
    const losai = archive.locator('[data-extra-id="tim-losai"]');
    assert.match(await losai.innerText(), /Lo vuoi tenere: non conteggiato/);
    assert.equal(await losai.locator('a[href^="tel:"]').count(), 0);
    assert.equal(await archive.getByTestId('extras-total').getAttribute('data-total-cents'), String(49 + 499));
    // Undone in the panel: counted again, without reloading the archive.
    await page.panel().locator('[data-service-id="tim-losai"] button.keep').click();
    await archive.waitForFunction(() => document.querySelector('[data-extra-id="tim-losai"]')?.getAttribute('data-wanted') === 'false');
    assert.equal(await archive.getByTestId('extras-total').getAttribute('data-total-cents'), String(49 + 159 + 499));
    await page.close();
  });

  test('with "archive automatically" off, the business page records nothing; on again, it does, per line', async () => {
    await archiveAutomatically(false);
    let page = await visit('/business/servizi.html', 2, 'timbusiness.tim.it');
    // Switched on again, the same tab opens the MyTIM options: once those are recorded, anything the business
    // page had sent (before, from the same tab, to the same store) would be recorded too.
    await archiveAutomatically(true);
    await page.goto(`${portal.origin('www.tim.it')}/mytim/linea/opzioni.html`);
    const got = await extrasWhen((x) => x.some((e) => e.id === 'tim-prime-go'));
    assert.equal(got.some((x) => x.id === 'tim-business-safe-web-mobile'), false);
    await page.close();
    page = await visit('/business/servizi.html', 2, 'timbusiness.tim.it');
    await extrasWhen((x) => x.some((e) => e.id === 'tim-business-safe-web-mobile'));
    assert.match(await archive.locator('[data-extra-id="tim-business-safe-web-mobile"]').innerText(), /linee 3351002000, 3351003000/);
    await page.close();
  });

  test('names with markup from the portal are shown as text in the archive and run nothing', async () => {
    const page = await visit('/mytim/xss.html', 3);
    await extrasWhen((x) => x.some((e) => e.id.startsWith('unknown:')));
    const names = await archive.locator('[data-extra-id^="unknown:"] h3').allInnerTexts();
    assert.ok(names.includes('<img src=x onerror="window.__pwned=1">Giochi'), JSON.stringify(names));
    assert.equal(await archive.locator('section.extras img, section.extras script').count(), 0);
    assert.equal(await archive.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
    await page.close();
  });

  test('the same unknown extra listed twice on a page with no line number: two sightings, and keeping one leaves the other counted', async () => {
    const page = await visit('/mytim/opzioni-senza-linea.html', 2);
    // Seen once today: at least one charge of 1,99 € for each listing.
    let got = await extrasWhen((x) => x.some((e) => e.id === 'unknown:meteotop'));
    assert.deepEqual(got.find((e) => e.id === 'unknown:meteotop'), { id: 'unknown:meteotop', sources: 'portal', total: '398', estimate: 'true', wanted: 'false' });
    await page.panel().locator('button.toggle').click();
    const yearly = () => page.panel().locator('[data-total-yearly-cents]').getAttribute('data-total-yearly-cents');
    const both = Number(await yearly());
    await page.panel().locator('li[data-service-id="unknown"]:first-of-type button.keep').click();
    await page.waitForFunction(() => document.querySelector('#meteo-1')?.getAttribute('data-sentinella-highlight') === 'wanted');
    assert.equal(await page.locator('#meteo-2').getAttribute('data-sentinella-highlight'), 'paid');
    assert.equal(Number(await yearly()), both / 2);
    got = await extrasWhen((x) => x.find((e) => e.id === 'unknown:meteotop')?.total === '199');
    assert.equal(got.find((e) => e.id === 'unknown:meteotop')?.wanted, 'false');
    // Undone: both listings count again.
    await page.panel().locator('li[data-service-id="unknown"]:first-of-type button.keep').click();
    await page.waitForFunction(() => document.querySelector('#meteo-1')?.getAttribute('data-sentinella-highlight') === 'paid');
    await extrasWhen((x) => x.find((e) => e.id === 'unknown:meteotop')?.total === '398');
    await page.close();
  });

  test('the paid-extras section, with portal and wanted items, has no serious accessibility problem (axe-core), light and dark', async () => {
    const axe = readFileSync(join(import.meta.dirname, '..', '..', 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
    const page = await visit('/mytim/linea/opzioni.html', 3);
    await extrasWhen((x) => x.length === 3);
    await page.close();
    // The horoscope marked as wanted, as the spotlight's "Lo voglio tenere" stores it (its key names the page's line).
    await archive.evaluate(() => ((globalThis as any).browser ?? (globalThis as any).chrome).storage.local.set({ 'spotlight-wanted': ['unknown:oroscopopremium@3331234567'] }));
    // Firefox over BiDi cannot emulate a colour scheme: there the light one is checked, the dark one in Chromium.
    for (const scheme of session.canEmulateColorScheme ? (['light', 'dark'] as const) : (['light'] as const)) {
      if (session.canEmulateColorScheme) await session.emulateColorScheme(archive, scheme);
      await extrasWhen((x) => x.some((e) => e.wanted === 'true') && x.some((e) => e.sources.includes('portal')));
      // Extension pages forbid inline scripts: axe is evaluated through the DevTools protocol.
      await archive.evaluate(axe);
      const violations: string[] = await archive.evaluate(async () => {
        const r = await (globalThis as any).axe.run(document.querySelector('section.extras')!, { resultTypes: ['violations'] });
        return r.violations.filter((v: any) => v.impact === 'serious' || v.impact === 'critical').map((v: any) => `${v.id}: ${v.help}`);
      });
      assert.deepEqual(violations, [], scheme);
      mkdirSync(SHOTS, { recursive: true });
      await archive.locator('section.extras').screenshot({ path: join(SHOTS, png(`archive-extras-${scheme}`)) });
    }
  });
});
