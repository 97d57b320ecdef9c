/**
 * The paid-extras spotlight, built and loaded in Chromium and in Firefox ESR, on each portal fixture served under its real
 * host name: exactly the expected services highlighted in the page and listed in the panel (read through
 * its iframe, an extension page the carrier page cannot reach), yearly figures, the free number, marketing left alone, markup never run,
 * single-page navigation followed, "Lo voglio tenere" kept across reloads, the popup, and no request
 * to any host but the portal.
 */
import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { extensionTargets, type ExtensionBrowser, type TestPage as Page } from '../support/browsers.ts';
import { startPortal, type PortalServer } from '../support/portal-server.ts';

const SHOTS = join(import.meta.dirname, '..', 'screenshots');
/** The panel's iframe on the carrier page. */
const PANEL_FRAME = 'iframe[data-sentinella-frame]';

/** The ids on the page's highlighted rows, in page order. */
const pageIds = (page: Page) => page.$$eval('[data-sentinella-service]', (els) => els.map((e) => e.getAttribute('data-sentinella-service')));
/** The ids in the panel (Playwright's CSS engine reads open shadow roots). */
const panelIds = (page: Page) => page.panel().locator('[data-service-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-service-id')));
const yearly = (page: Page) => page.panel().locator('[data-service-id] [data-yearly-cents]').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-yearly-cents'))));
const total = async (page: Page) => Number(await page.panel().locator('[data-total-yearly-cents]').getAttribute('data-total-yearly-cents'));

async function waitForIds(page: Page, expected: string[]): Promise<void> {
  await page.waitForFunction((n) => document.querySelectorAll('[data-sentinella-service]').length === n, expected.length, { timeout: 10_000 });
  await page.panel().locator('[data-service-id]').nth(expected.length - 1).waitFor({ state: 'attached', timeout: 10_000 });
}

/** Opens the panel (it starts collapsed, as a small summary). */
async function expand(page: Page): Promise<void> {
  const toggle = page.panel().locator('button.toggle');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
}

for (const target of extensionTargets()) describe(`paid-extras spotlight in ${target.label}`, { skip: target.skip }, () => {
  let portal: PortalServer;
  let session: ExtensionBrowser;
  /** A screenshot's path: Chromium keeps the historical names, Firefox adds its own suffix. */
  const shot = (name: string) => join(SHOTS, target.name === 'chromium' ? `${name}.png` : `${name}-${target.name}.png`);
  /** Every address the browser asked for during the current test, and how many requests the portal had served before it. */
  let requested: string[] = [];
  let served = 0;
  let extensionPage: Page;
  /** A message in the browser's language, as the extension resolves it (Italian, or English on an English browser). */
  const msg = (key: string, substitutions?: string[]) =>
    extensionPage.evaluate(([k, s]) => (globalThis as any).chrome.i18n.getMessage(k, s) as string, [key, substitutions] as const);
  before(async () => {
    mkdirSync(SHOTS, { recursive: true });
    portal = await startPortal();
    session = await target.launch();
    session.onRequest((url) => void requested.push(url));
    extensionPage = await session.newPage();
    await extensionPage.goto(session.extensionUrl('popup.html'));
  });
  after(async () => {
    await session?.close();
    await portal?.close();
  });
  // Each test starts with the extension's storage empty (no service kept from an earlier test).
  beforeEach(async () => {
    await extensionPage.evaluate(() => ((globalThis as any).browser ?? (globalThis as any).chrome).storage.local.clear());
    requested = [];
    served = portal.requests.length;
  });
  // No request leaves for any host but the portal. The portal's own log proves the browser's log works: what
  // the portal served during the test must show in it (an empty log does not pass).
  afterEach(() => {
    const portalUrl = /^https:\/\/([a-z0-9-]+\.)*tim\.it:\d+\//;
    const web = requested.filter((u) => !/^(chrome-extension:|moz-extension:|data:|blob:|about:)/.test(u));
    if (portal.requests.length > served) assert.ok(web.some((u) => portalUrl.test(u)), `the portal served ${portal.requests.length - served} requests the browser's log does not show`);
    assert.deepEqual(web.filter((u) => !portalUrl.test(u)), []);
  });

  test('options page: exactly the paid extras, in the page and in the panel, with yearly costs', async () => {
    const page = await session.newPage();
    await page.goto(`${portal.origin('www.tim.it')}/mytim/linea/opzioni.html`);
    const expected = ['tim-prime-go', 'tim-losai', 'unknown'];
    await waitForIds(page, expected);
    await expand(page);
    assert.deepEqual(await pageIds(page), expected);
    assert.deepEqual(await panelIds(page), expected);
    // 0,49 €/week, 1,59 €/month, 4,99 €/week.
    assert.deepEqual(await yearly(page), [2548, 1908, 25948]);
    assert.equal(await total(page), 2548 + 1908 + 25948);
    assert.equal(await page.locator('tr[data-sentinella-service="tim-prime-go"] [data-sentinella-badge]').innerText(), await msg('spotlightBadgeYear', ['25,48\u00a0€']));
    assert.equal(await page.panel().locator('[data-service-id="unknown"] .name-text').innerText(), 'Oroscopo Premium');
    assert.equal(await page.panel().locator('[data-service-id="tim-prime-go"] [data-price]').innerText(), '0,49 €/settimana');
    // The free way out, prominent, and the site's page for the service.
    const call = page.panel().locator('a.free-call[href="tel:800442299"]');
    assert.equal(await call.innerText(), await msg('spotlightCallFree'));
    assert.match(await call.innerText(), /800 44 22 99/);
    assert.equal(await page.panel().locator('[data-service-id="tim-prime-go"] a[data-site-link]').getAttribute('href'), 'https://sentinella.it/servizi-a-pagamento/tim-prime-go/');
    // Included, free and promotional items are left alone.
    assert.equal(await page.locator('tr', { hasText: 'Segreteria telefonica' }).getAttribute('data-sentinella-service'), null);
    assert.equal(await page.locator('.promo-strip [data-sentinella-service]').count(), 0);
    // Ways out, as content/services lists them: free ones as links; a costly operator call is named with
    // its cost but not offered as a link.
    const prime = page.panel().locator('[data-service-id="tim-prime-go"]');
    await prime.locator('summary').click();
    assert.equal(await prime.locator('a[href="tel:409162"]').count(), 1);
    // 800 44 22 99 covers third-party subscriptions: not a way out of TIM's own option, one of the horoscope's.
    assert.equal(await prime.locator('a[href="tel:800442299"]').count(), 0);
    const horoscope = page.panel().locator('[data-service-id="unknown"]');
    await horoscope.locator('summary').click();
    assert.equal(await horoscope.locator('a[href="tel:800442299"]').count(), 1);
    assert.equal(await prime.locator('a[href="https://conciliaweb.agcom.it/"]').count(), 1);
    const losai = page.panel().locator('[data-service-id="tim-losai"]');
    await losai.locator('summary').click();
    assert.equal(await losai.locator('a[href="tel:40920"]').count(), 1);
    assert.equal(await losai.locator('a[href="tel:119"]').count(), 0);
    assert.match(await losai.locator('.costly').last().innerText(), /3,99\s€/);
    // The panel is a frame: a web page it links to opens in a tab of its own, never inside the frame.
    const webLinks = await page.panel().locator('a[href^="http"]').evaluateAll((els) => els.map((a) => `${a.getAttribute('target')} ${a.getAttribute('rel')}`));
    assert.ok(webLinks.length >= 3);
    assert.deepEqual([...new Set(webLinks)], ['_blank noopener noreferrer']);
    await page.screenshot({ path: shot('spotlight-panel') });
    await page.close();
  });

  test("options page: the page's own buttons and layout keep working", async () => {
    const page = await session.newPage();
    await page.goto(`${portal.origin('www.tim.it')}/mytim/linea/opzioni.html`);
    await waitForIds(page, ['tim-prime-go', 'tim-losai', 'unknown']);
    await page.locator('tr', { hasText: 'Oroscopo Premium' }).getByRole('button', { name: 'Disattiva' }).click();
    assert.equal(await page.locator('#portal-message').innerText(), 'Richiesta di disattivazione registrata per Oroscopo Premium.');
    // The table keeps its five rows and four columns.
    assert.equal(await page.locator('tbody tr').count(), 5);
    assert.equal(await page.locator('tbody tr:first-child td').count(), 4);
    // The panel's frame is the panel and nothing more: no transparent margin around it takes the page's clicks.
    const gaps = await page.evaluatePanel(() => {
      const box = document.querySelector('.panel')!.getBoundingClientRect();
      return [box.left, box.top, innerWidth - box.right, innerHeight - box.bottom].map((gap) => Math.abs(gap) <= 1);
    });
    assert.deepEqual(gaps, [true, true, true, true]);
    await page.close();
  });

  test('the panel is keyboard usable and collapsible', async () => {
    const page = await session.newPage();
    await page.goto(`${portal.origin('www.tim.it')}/mytim/linea/opzioni.html`);
    await waitForIds(page, ['tim-prime-go', 'tim-losai', 'unknown']);
    const toggle = page.panel().locator('button.toggle');
    // It starts as a small summary that covers none of the portal's controls.
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    assert.equal(await page.panel().locator('#sentinella-spotlight-body').isVisible(), false);
    await toggle.focus();
    await page.keyboard.press('Enter');
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    assert.equal(await page.panel().locator('#sentinella-spotlight-body').isVisible(), true);
    // Firefox makes a scrollable box a tab stop of its own (so the keyboard can scroll it): the panel's
    // body comes first there, then the free number; Chromium goes straight to the number.
    const focusedHref = () => page.panel().evaluateAll(() => document.activeElement?.getAttribute('href') ?? null);
    let tabs = 0;
    do {
      await page.keyboard.press('Tab');
      tabs++;
    } while ((await focusedHref()) !== 'tel:800442299' && tabs < (target.name === 'firefox' ? 2 : 1));
    assert.equal(await focusedHref(), 'tel:800442299');
    for (let i = 0; i < tabs; i++) await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Space');
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    await page.close();
  });

  test('the open panel passes axe-core checks', async () => {
    const page = await session.newPage();
    await page.goto(`${portal.origin('www.tim.it')}/mytim/linea/opzioni.html`);
    await waitForIds(page, ['tim-prime-go', 'tim-losai', 'unknown']);
    await expand(page);
    await page.panel().locator('[data-service-id="tim-losai"] summary').click();
    // axe runs in the panel's own page, where the panel lives; the frame that holds it is named on the portal.
    await page.evaluatePanel(readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
    const violations: string[] = await page.evaluatePanel(async () => {
      const result = await (window as any).axe.run({ include: [['[data-sentinella-panel]']] }, { resultTypes: ['violations'] });
      return result.violations.map((v: { id: string; help: string }) => `${v.id}: ${v.help}`);
    });
    assert.deepEqual(violations, []);
    assert.equal(await page.getAttribute(PANEL_FRAME, 'title'), await msg('spotlightTitle'));
    await page.close();
  });

  test('"Lo voglio tenere" leaves the total, survives a reload, and can be undone', async () => {
    const page = await session.newPage();
    const url = `${portal.origin('www.tim.it')}/mytim/linea/opzioni.html`;
    await page.goto(url);
    await waitForIds(page, ['tim-prime-go', 'tim-losai', 'unknown']);
    await expand(page);
    const all = 2548 + 1908 + 25948;
    const keep = () => page.panel().locator('[data-service-id="tim-losai"] button.keep');
    await keep().click();
    await page.waitForFunction(() => document.querySelector('tr[data-sentinella-service="tim-losai"]')?.getAttribute('data-sentinella-highlight') === 'wanted');
    assert.equal(await total(page), all - 1908);
    await page.reload();
    await waitForIds(page, ['tim-prime-go', 'tim-losai', 'unknown']);
    await expand(page);
    await page.waitForFunction(() => document.querySelector('tr[data-sentinella-service="tim-losai"]')?.getAttribute('data-sentinella-highlight') === 'wanted');
    assert.equal(await keep().getAttribute('aria-pressed'), 'true');
    assert.equal(await total(page), all - 1908);
    await keep().click();
    await page.waitForFunction(() => document.querySelector('tr[data-sentinella-service="tim-losai"]')?.getAttribute('data-sentinella-highlight') === 'paid');
    assert.equal(await keep().getAttribute('aria-pressed'), 'false');
    assert.equal(await total(page), all);
    await page.close();
  });

  // The panel is an extension page in an iframe: the carrier page's scripts cannot read it, reach its buttons or
  // talk to it. And a click made by a script, not the user (isTrusted false), changes nothing even in the panel's
  // own page (extension/carrier-page/spotlight/by-user.ts).
  test('the page\'s scripts cannot reach the panel, and clicks not made by the user change nothing', async () => {
    const page = await session.newPage();
    await page.goto(`${portal.origin('www.tim.it')}/mytim/linea/opzioni.html`);
    await waitForIds(page, ['tim-prime-go', 'tim-losai', 'unknown']);
    const reach = await page.evaluate(() => {
      const frame = document.querySelector('iframe[data-sentinella-frame]') as HTMLIFrameElement | null;
      if (!frame) return 'no frame';
      let read: string;
      try {
        read = frame.contentDocument === null ? 'cannot read' : 'can read';
      } catch {
        read = 'cannot read';
      }
      // A page script posting the panel's own words to the frame: the panel listens to no window messages.
      frame.contentWindow?.postMessage({ kind: 'toggle', key: 'tim-losai' }, '*');
      return read;
    });
    assert.equal(reach, 'cannot read');
    const toggle = page.panel().locator('button.toggle');
    // A script's click on the toggle (not the user's) does not open the panel.
    await toggle.evaluateAll((els) => (els[0] as HTMLElement).click());
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    await toggle.click();
    await page.panel().locator('button.toggle[aria-expanded="true"]').waitFor({ state: 'attached' });
    // A script's click on "Lo voglio tenere" keeps nothing: the user's click after it keeps LoSai, a second one undoes it.
    const keep = page.panel().locator('[data-service-id="tim-losai"] button.keep');
    await keep.evaluateAll((els) => (els[0] as HTMLElement).click());
    await page.waitForTimeout(300);
    assert.equal(await keep.getAttribute('aria-pressed'), 'false');
    assert.equal(await page.getAttribute('tr[data-sentinella-service="tim-losai"]', 'data-sentinella-highlight'), 'paid');
    await keep.click();
    await page.waitForFunction(() => document.querySelector('tr[data-sentinella-service="tim-losai"]')?.getAttribute('data-sentinella-highlight') === 'wanted');
    assert.equal(await keep.getAttribute('aria-pressed'), 'true');
    await keep.click();
    await page.waitForFunction(() => document.querySelector('tr[data-sentinella-service="tim-losai"]')?.getAttribute('data-sentinella-highlight') === 'paid');
    assert.equal(await keep.getAttribute('aria-pressed'), 'false');
    await page.close();
  });

  // Portals send Content-Security-Policy headers; one that lets the page frame only itself must not keep the
  // panel (an extension page) off the page, nor let the page's policy break the highlights.
  test('a portal page whose policy allows frames from itself only still shows the panel', async () => {
    const html = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'portal', 'mytim', 'linea', 'opzioni.html'), 'utf8');
    portal.route('/mytim/linea/opzioni-csp.html', (_req, res) => {
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': "default-src 'self'; frame-src 'self'; child-src 'self'; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'",
      });
      res.end(html);
    });
    const page = await session.newPage();
    await page.goto(`${portal.origin('www.tim.it')}/mytim/linea/opzioni-csp.html`);
    await waitForIds(page, ['tim-prime-go', 'tim-losai', 'unknown']);
    assert.deepEqual(await panelIds(page), ['tim-prime-go', 'tim-losai', 'unknown']);
    await page.waitForSelector('iframe[data-sentinella-shown]');
    await page.close();
  });

  test('marketing page: nothing is flagged and no panel appears', async () => {
    const page = await session.newPage();
    await page.goto(`${portal.origin('www.tim.it')}/marketing.html`);
    // The first pass is over (the content script says so): whatever it found is on the page by now.
    await page.waitForSelector('html[data-sentinella-ready]');
    assert.deepEqual(await pageIds(page), []);
    assert.equal(await page.locator(PANEL_FRAME).count(), 0);
    assert.equal(await page.locator('[data-sentinella-badge]').count(), 0);
    await page.close();
  });

  test('names with markup are shown as text and run nothing', async () => {
    const page = await session.newPage();
    await page.goto(`${portal.origin('www.tim.it')}/mytim/xss.html`);
    const expected = ['unknown', 'unknown', 'tim-prime-go'];
    await waitForIds(page, expected);
    await expand(page);
    assert.deepEqual(await pageIds(page), expected);
    assert.deepEqual(await panelIds(page), expected);
    const names = await page.panel().locator('[data-service-id] .name-text').allInnerTexts();
    assert.deepEqual(names, ['<img src=x onerror="window.__pwned=1">Giochi', '<b>Oroscopo</b><script>window.__pwned=1</script>', 'TIM Prime Go']);
    assert.equal(await page.panel().locator('[data-sentinella-panel] :is(img, script, b)').count(), 0);
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
    // TIM Prime Go shows no price on this page: the catalog's, marked as such.
    assert.ok((await page.panel().locator('[data-service-id="tim-prime-go"]').innerText()).includes(await msg('spotlightPriceCatalog')));
    await page.close();
  });

  test('TIM Business: one entry per line', async () => {
    const page = await session.newPage();
    await page.goto(`${portal.origin('timbusiness.tim.it')}/business/servizi.html`);
    const expected = ['tim-business-safe-web-mobile', 'tim-business-safe-web-mobile'];
    await waitForIds(page, expected);
    assert.deepEqual(await pageIds(page), expected);
    assert.deepEqual(await panelIds(page), expected);
    assert.deepEqual(await yearly(page), [2400, 2400]);
    assert.equal(await total(page), 4800);
    await page.close();
  });

  test('single-page portal: late content, navigation away and back with a different list', async () => {
    const page = await session.newPage();
    await page.goto(`${portal.origin('mytim.tim.it')}/mytim/spa.html`);
    await page.waitForSelector('html[data-sentinella-ready]');
    assert.deepEqual(await pageIds(page), []);
    await waitForIds(page, ['tim-prime-go', 'unknown']);
    assert.deepEqual(await panelIds(page), ['tim-prime-go', 'unknown']);

    await page.getByRole('link', { name: 'Consumi' }).click();
    await page.waitForFunction(() => !document.querySelector('iframe[data-sentinella-frame]') && !document.querySelector('[data-sentinella-service]'), null, { timeout: 5000 });

    await page.getByRole('link', { name: 'Opzioni' }).click();
    await page.waitForFunction(() => document.querySelector('[data-sentinella-service="tim-losai"]'), null, { timeout: 5000 });
    await waitForIds(page, ['tim-losai', 'unknown']);
    assert.deepEqual(await pageIds(page), ['tim-losai', 'unknown']);
    assert.deepEqual(await panelIds(page), ['tim-losai', 'unknown']);
    assert.deepEqual(await page.panel().locator('[data-service-id] .name-text').allInnerTexts(), ['LoSai', 'Giochi Mania']);

    await page.goBack();
    await page.waitForFunction(() => !document.querySelector('iframe[data-sentinella-frame]') && !document.querySelector('[data-sentinella-service]'), null, { timeout: 5000 });
    await page.close();
  });

  test("the popup lists the carrier tab's paid extras and their yearly total", async () => {
    const portalPage = await session.newPage();
    await portalPage.goto(`${portal.origin('www.tim.it')}/mytim/linea/opzioni.html`);
    await waitForIds(portalPage, ['tim-prime-go', 'tim-losai', 'unknown']);
    const popup = await session.newPage();
    await popup.goto(session.extensionUrl('popup.html'));
    // The host permission lets an extension page see the carrier tab's address, hence its id.
    const tabId: number = await popup.evaluate(async () => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      const tabs: { id: number; url?: string }[] = await api.tabs.query({});
      return tabs.find((t) => t.url?.includes('/mytim/linea/opzioni.html'))!.id;
    });
    await popup.goto(session.extensionUrl(`popup.html?tab=${tabId}`));
    await popup.locator('[data-testid="tab-extras"] li[data-service-id]').nth(2).waitFor();
    const ids = await popup.locator('[data-testid="tab-extras"] li[data-service-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-service-id')));
    assert.deepEqual(ids, ['tim-prime-go', 'tim-losai', 'unknown']);
    assert.equal(Number(await popup.locator('[data-total-yearly-cents]').getAttribute('data-total-yearly-cents')), 2548 + 1908 + 25948);
    assert.match(await popup.locator('.extras-total').innerText(), /304,04\s€/);
    await popup.setViewportSize({ width: 400, height: 420 });
    await popup.screenshot({ path: shot('spotlight-popup') });
    await popup.close();
    await portalPage.close();
  });

  test('on the carrier home (the detector never loaded) the popup says the tab shows no paid extra', async () => {
    const portalPage = await session.newPage();
    await portalPage.goto(`${portal.origin('www.tim.it')}/`);
    await portalPage.waitForFunction(() => document.documentElement.hasAttribute('data-sentinella-ready'), null, { timeout: 10_000 });
    const popup = await session.newPage();
    await popup.goto(session.extensionUrl('popup.html'));
    const tabId: number = await popup.evaluate(async () => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      const tabs: { id: number; url?: string }[] = await api.tabs.query({});
      return tabs.find((t) => t.url && new URL(t.url).pathname === '/' && new URL(t.url).hostname === 'www.tim.it')!.id;
    });
    await popup.goto(session.extensionUrl(`popup.html?tab=${tabId}`));
    const section = popup.locator('[data-testid="tab-extras"]');
    await section.waitFor();
    assert.equal(await section.getAttribute('data-host'), new URL(portal.origin('www.tim.it')).host);
    assert.equal(await popup.locator('[data-testid="tab-extras"] li').count(), 0);
    assert.equal((await section.locator('p').innerText()).trim(), await msg('popupExtrasNone'));
    await popup.close();
    await portalPage.close();
  });

  test('Italian is the default language; English comes from the locales', async () => {
    const manifest = await extensionPage.evaluate(() => (globalThis as any).chrome.runtime.getManifest() as { default_locale?: string });
    assert.equal(manifest.default_locale, 'it');
    const lang = await extensionPage.evaluate(() => (globalThis as any).chrome.i18n.getUILanguage() as string);
    assert.equal(await msg('spotlightKeep'), lang.startsWith('en') ? 'I want to keep it' : 'Lo voglio tenere');
  });

});
