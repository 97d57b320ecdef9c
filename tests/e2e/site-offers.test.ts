/**
 * The offer comparison and the search on the built site, in Chromium: ranking order, expired offers,
 * the list without JavaScript, filters and URL sync, search by URL and by typing, no console errors,
 * accessibility (axe-core), the JS budget, and screenshots at 1280 and 375 px.
 * Run after `npm run build:site`. SENTINELLA_SITE_DIR and SENTINELLA_CONTENT_ROOT point it at another build.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { chromiumOrSkip } from '../support/browser.ts';
import { launchPlain } from '../support/launch.ts';
import { SITE_DIR, startSite } from '../support/site-server.ts';
import { resolveFile } from '../support/static-files.ts';
import { loadContent } from '../../shared/catalog/load.ts';
import { isCurrentOffer, isExpired, offerCost, rankOffers } from '../../shared/offer-cost.ts';
import { isStale } from '../../shared/freshness.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const SITE = process.env.SENTINELLA_SITE_DIR ?? SITE_DIR;
const AXE = join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');
const SHOTS = join(ROOT, 'tests', 'screenshots');
const BUDGET_BYTES = 25 * 1024;
const chrome = chromiumOrSkip();
const content = loadContent(process.env.SENTINELLA_CONTENT_ROOT ?? ROOT);

/** The build day the page states ("Classifica calcolata il ..."). */
function buildDay(): string {
  const html = readFileSync(join(SITE, 'offerte', 'index.html'), 'utf8');
  const m = /Classifica calcolata il <time datetime="(\d{4}-\d{2}-\d{2})"/.exec(html);
  assert.ok(m, '/offerte/ states the day its ranking was computed');
  return m[1]!;
}

interface Opened {
  page: Page;
  errors: string[];
  /** Every script file the page fetched (site paths). */
  scripts: Set<string>;
  /** Closes the page and its context. */
  close(): Promise<void>;
}

async function open(browser: Browser, url: string, options: { width?: number; javaScriptEnabled?: boolean } = {}): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width: options.width ?? 1280, height: 900 }, locale: 'it-IT', javaScriptEnabled: options.javaScriptEnabled ?? true });
  const page = await context.newPage();
  const errors: string[] = [];
  const scripts = new Set<string>();
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => { if (r.resourceType() === 'script') scripts.add(new URL(r.url()).pathname); });
  await page.goto(url);
  return { page, errors, scripts, close: () => context.close() };
}

/** Ids and totals of the ranked items, in page order; `visibleOnly` skips items the filters hid. */
async function rankedItems(page: Page, visibleOnly = false) {
  return page.$$eval(
    '#classifica-offerte > [data-offer-id]',
    (els, visibleOnly) =>
      els
        .filter((el) => !visibleOnly || !(el as HTMLElement).hidden)
        .map((el) => ({ ...(el as HTMLElement).dataset })),
    visibleOnly,
  ) as Promise<Record<string, string>[]>;
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const found: { id: string; impact: string; help: string; targets: string[] }[] = await page.evaluate(async () => {
    const r = await (globalThis as any).axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v: any) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 3).map((n: any) => n.target.join(' ')) }));
  });
  return found.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.impact} ${v.id}: ${v.help} (${v.targets.join(', ')})`);
}

describe('offer comparison and search on the built site', { skip: chrome.skip }, () => {
  let browser: Browser;
  let site: Awaited<ReturnType<typeof startSite>>;
  const day = buildDay();
  const expected = rankOffers(content.offers, day);
  const expired = content.offers.filter((o) => isExpired(o.data, day));
  const pageErrors: string[] = [];

  before(async () => {
    site = await startSite(0, SITE);
    browser = await launchPlain(chrome.path!);
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });

  async function visit(path: string, options?: { width?: number; javaScriptEnabled?: boolean }) {
    const opened = await open(browser, `${site.url}${path}`, options);
    return {
      ...opened,
      close: async () => {
        pageErrors.push(...opened.errors.map((e) => `${path}: ${e}`));
        await opened.close();
      },
    };
  }

  test('/offerte/ ranks by ascending 24-month total, exactly as rankOffers does on the content', async () => {
    const { page, close } = await visit('/offerte/');
    const items = await rankedItems(page);
    assert.ok(items.length > 0, 'the ranking lists offers');
    const totals = items.map((i) => Number(i.totalCents));
    assert.deepEqual(totals, [...totals].sort((a, b) => a - b), 'totals ascend');
    assert.deepEqual(items.map((i) => i.offerId), expected.map((o) => o.id), 'same offers, same order as rankOffers');
    assert.deepEqual(totals, expected.map((o) => offerCost(o.data).totalCents), 'each total is offerCost over 24 months');
    await close();
  });

  test('expired offers are listed apart, marked "Scaduta", never ranked and without a total', async () => {
    const { page, close } = await visit('/offerte/');
    const ranked = new Set((await rankedItems(page)).map((i) => i.offerId));
    for (const o of expired) {
      assert.ok(!ranked.has(o.id), `${o.id} is not ranked`);
      const el = page.locator(`[data-offer-id="${o.id}"]`);
      assert.equal(await el.count(), 1, `${o.id} is listed`);
      assert.equal(await el.getAttribute('data-total-cents'), null);
      assert.match(await el.innerText(), /Scaduta/);
    }
    assert.equal(await page.locator('[data-expired][data-total-cents]').count(), 0);
    await close();
  });

  test('without JavaScript the list is complete and in order, with every fact a reader needs', async () => {
    const { page, scripts, close } = await visit('/offerte/', { javaScriptEnabled: false });
    const items = await rankedItems(page);
    assert.deepEqual(items.map((i) => i.offerId), expected.map((o) => o.id));
    assert.equal(scripts.size, 0);
    const first = expected[0]!;
    const text = await page.locator(`[data-offer-id="${first.id}"]`).innerText();
    for (const word of ['Totale 24 mesi', 'pari a', 'Prezzo', 'Attivazione', 'Vincolo', 'Costi di uscita', 'Fonte', first.data.name, first.data.technology]) {
      assert.ok(text.includes(word), `the first offer shows "${word}"`);
    }
    assert.match(await page.locator('#come-confrontiamo').innerText(), /Come confrontiamo/);
    assert.equal(await page.locator('a[href="/guide/come-confrontare-le-offerte/"]').count() > 0, true, 'links the method guide');
    await close();
  });

  test('filters narrow the list, keep its data attributes, announce the count and sync the URL', async () => {
    const { page, close } = await visit('/offerte/');
    await page.waitForSelector('.offer-filters fieldset:not([disabled])');
    const all = await rankedItems(page);
    const status = page.locator('.filter-count');

    await page.selectOption('select[name="tipo"]', 'fixed');
    await page.waitForURL(/\?tipo=fisso/);
    let visible = await rankedItems(page, true);
    assert.ok(visible.length > 0 && visible.every((i) => i.kind === 'fixed'), 'only fixed offers');
    assert.equal(visible.length, all.filter((i) => i.kind === 'fixed').length, 'every fixed offer');
    assert.ok(visible.every((i) => i.totalCents), 'items keep data-total-cents');
    assert.match(await status.innerText(), new RegExp(`^${visible.length} offert[ae]( su ${all.length})?$`));

    // Technology: the one of the cheapest fixed offer (the choices follow the kind).
    const technology = visible[0]!.technology!;
    await page.selectOption('select[name="tecnologia"]', technology);
    await page.waitForURL(new RegExp(`tecnologia=${technology}`));
    visible = await rankedItems(page, true);
    assert.equal(visible.length, all.filter((i) => i.kind === 'fixed' && i.technology === technology).length);
    assert.ok(visible.length > 0 && visible.every((i) => i.technology === technology));
    assert.equal(await page.locator('select[name="tecnologia"] option[value="5G"]').count(), 0, 'no mobile technology offered for fixed');
    await page.selectOption('select[name="tecnologia"]', '');

    // Carrier: the carrier of the cheapest fixed offer.
    const carrier = visible[0]!.carrier!;
    await page.selectOption('select[name="operatore"]', carrier);
    await page.waitForURL(new RegExp(`operatore=${carrier}`));
    visible = await rankedItems(page, true);
    assert.ok(visible.length > 0 && visible.every((i) => i.carrier === carrier && i.kind === 'fixed'));

    // Reset, then no lock-in.
    await page.click('.filter-reset');
    await page.waitForURL((u) => u.search === '');
    assert.equal((await rankedItems(page, true)).length, all.length);
    await page.check('input[name="vincolo"]');
    await page.waitForURL(/vincolo=no/);
    visible = await rankedItems(page, true);
    assert.equal(visible.length, all.filter((i) => i.lockIn === '0').length);
    assert.ok(visible.length > 0 && visible.every((i) => i.lockIn === '0'), 'offers without lock-in, and only those');
    await page.uncheck('input[name="vincolo"]');

    // Max monthly price: the median effective monthly cost.
    const monthly = all.map((i) => Number(i.monthlyCents)).sort((a, b) => a - b);
    const limit = monthly[Math.floor(monthly.length / 2)]!;
    await page.fill('input[name="max"]', (limit / 100).toFixed(2).replace('.', ','));
    await page.waitForURL(/max=/);
    visible = await rankedItems(page, true);
    assert.equal(visible.length, monthly.filter((m) => m <= limit).length);
    assert.ok(visible.every((i) => Number(i.monthlyCents) <= limit));
    const totals = visible.map((i) => Number(i.totalCents));
    assert.deepEqual(totals, [...totals].sort((a, b) => a - b), 'still ranked by total');

    // Sorting by the monthly price after the promo.
    await page.fill('input[name="max"]', '');
    await page.selectOption('select[name="ordine"]', 'mensile');
    await page.waitForURL(/ordine=mensile/);
    const after = (await rankedItems(page, true)).map((i) => Number(i.afterCents));
    assert.equal(after.length, all.length);
    assert.deepEqual(after, [...after].sort((a, b) => a - b));
    await close();
  });

  test('a linked filter state is applied on arrival', async () => {
    const { page, close } = await visit('/offerte/?tipo=mobile&vincolo=no');
    await page.waitForSelector('.offer-filters fieldset:not([disabled])');
    assert.equal(await page.inputValue('select[name="tipo"]'), 'mobile');
    assert.equal(await page.isChecked('input[name="vincolo"]'), true);
    const visible = await rankedItems(page, true);
    const want = expected.filter((o) => o.data.kind === 'mobile' && o.data.lockInMonths === 0).map((o) => o.id);
    assert.deepEqual(visible.map((i) => i.offerId), want);
    await close();
  });

  test('/offerte/<id>/ shows the cost breakdown adding up to the total, with Product JSON-LD', async () => {
    const offer = expected.find((o) => o.data.promo) ?? expected[0]!;
    const { page, close } = await visit(`/offerte/${offer.id}/`);
    const cost = offerCost(offer.data);
    assert.equal(await page.locator('h1').innerText(), offer.data.name);
    assert.equal(await page.locator('.cost-breakdown [data-total-cents]').getAttribute('data-total-cents'), String(cost.totalCents));
    const ld = await page.$$eval('script[type="application/ld+json"]', (els) => els.map((e) => JSON.parse(e.textContent ?? '{}')));
    const product = ld.find((d) => d['@type'] === 'Product');
    assert.ok(product, 'Product JSON-LD');
    assert.equal(product.name, offer.data.name);
    assert.equal(product.offers['@type'], 'Offer');
    assert.equal(product.offers.priceCurrency, 'EUR');
    assert.ok(await page.locator('a[href="/offerte/"]').count() > 0, 'links back to the comparison');
    await close();
  });

  test('the home page shows the three cheapest offers per category verified within a year, by the same ranking, linking to /offerte/', async () => {
    const { page, close } = await visit('/');
    for (const kind of ['fixed', 'mobile'] as const) {
      const shown = await page.$$eval(`[data-top-offers] #top-${kind} + ol > [data-offer-id]`, (els) => els.map((e) => (e as HTMLElement).dataset.offerId));
      assert.deepEqual(shown, expected.filter((o) => o.data.kind === kind && isCurrentOffer(o.data, buildDay())).slice(0, 3).map((o) => o.id), kind);
    }
    assert.ok(await page.locator('.top-offers a[href="/offerte/"]').count() > 0);
    await close();
  });

  test('/offerte/ says once, at the top, how many ranked offers have figures older than 180 days', async () => {
    const { page, close } = await visit('/offerte/');
    const stale = expected.filter((o) => isStale(o.data.source.asOf, buildDay())).length;
    const notice = page.locator('main [data-stale-count]');
    if (stale === 0) assert.equal(await notice.count(), 0);
    else assert.equal(await notice.getAttribute('data-stale-count'), String(stale));
    await close();
  });

  test('the home block never shows an offer older than a year; each top offer carries data-as-of and its stale warning', async () => {
    const { page, close } = await visit('/');
    assert.equal(await page.locator('[data-top-offers]').count(), 1);
    const items = await page.$$eval('[data-top-offers] [data-offer-id]', (els) =>
      els.map((e) => ({ id: (e as HTMLElement).dataset.offerId!, asOf: (e as HTMLElement).dataset.asOf ?? null, stale: e.querySelector('[data-stale-as-of]')?.getAttribute('data-stale-as-of') ?? null })),
    );
    for (const item of items) {
      const offer = content.offers.find((o) => o.id === item.id)!;
      assert.equal(item.asOf, offer.data.source.asOf, item.id);
      assert.ok(isCurrentOffer(offer.data, buildDay()), `${item.id} (asOf ${item.asOf}) is within a year of ${buildDay()}`);
      assert.equal(item.stale, isStale(offer.data.source.asOf, buildDay()) ? offer.data.source.asOf : null, item.id);
    }
    // A category without current offers says so and shows the sourced market averages instead.
    for (const kind of ['fixed', 'mobile'] as const) {
      const current = content.offers.filter((o) => o.data.kind === kind && !isExpired(o.data, buildDay()) && isCurrentOffer(o.data, buildDay()));
      const group = page.locator(`[data-top-offers] [data-top-kind="${kind}"]`);
      if (current.length > 0) continue;
      assert.equal(await group.locator('[data-no-current-offers]').count(), 1, kind);
      const averages = group.locator('[data-market-average]');
      assert.ok(await averages.count() > 0, `${kind}: market averages shown`);
      for (const id of await averages.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.marketAverage!))) {
        assert.ok(content.market.some((m) => m.id === id && m.data.kind === kind), `${id} is a ${kind} average in content/market`);
      }
    }
    await close();
  });

  test('/cerca/?q=prme%20go shows TIM Prime Go first, as a link inside <main>', async () => {
    const { page, close } = await visit('/cerca/?q=prme%20go');
    const first = page.locator('main .search-results li').first();
    await first.waitFor();
    assert.match(await first.locator('a').innerText(), /TIM Prime Go/);
    assert.equal(await first.locator('a').getAttribute('href'), '/servizi-a-pagamento/tim-prime-go/');
    assert.match(await first.locator('.result-type').innerText(), /servizio/i);
    assert.equal(await page.inputValue('#cerca-q'), 'prme go');
    await close();
  });

  test('typing in the box updates the results and the URL', async () => {
    const { page, close } = await visit('/cerca/');
    await page.waitForSelector('.site-search[data-state="ready"]');
    await page.fill('#cerca-q', 'lo sai chiamate perse');
    await page.waitForURL(/q=lo\+sai/);
    const first = page.locator('main .search-results li a').first();
    await first.waitFor();
    assert.match(await first.innerText(), /LoSai/);
    await page.fill('#cerca-q', 'zzqxjw');
    await page.locator('.search-status', { hasText: 'Nessun risultato' }).waitFor();
    assert.equal(await page.locator('.search-results li').count(), 0);
    await close();
  });

  test('without JavaScript /cerca/ shows the form and the main sections', async () => {
    const { page, close } = await visit('/cerca/', { javaScriptEnabled: false });
    assert.equal(await page.locator('main form[role="search"] input[name="q"]').count(), 1);
    for (const href of ['/guide/', '/servizi-a-pagamento/', '/offerte/']) assert.equal(await page.locator(`main a[href="${href}"]`).count(), 1, href);
    await close();
  });

  test('no serious or critical accessibility violations (axe-core)', async () => {
    for (const path of ['/offerte/', `/offerte/${expected[0]!.id}/`, ...(expired[0] ? [`/offerte/${expired[0].id}/`] : []), '/cerca/?q=prime']) {
      const { page, close } = await visit(path);
      if (path.startsWith('/cerca/')) await page.locator('.search-results li').first().waitFor();
      assert.deepEqual(await axeViolations(page), [], path);
      await close();
    }
  });

  test('JS budget: every script /offerte/ and /cerca/ load weighs under 25 KB gzipped', async () => {
    for (const path of ['/offerte/', '/cerca/?q=prime']) {
      const { page, scripts, close } = await visit(path);
      await page.waitForLoadState('networkidle');
      let bytes = 0;
      for (const s of scripts) {
        const file = resolveFile(SITE, s);
        assert.ok(file, `${s} is a file of the built site`);
        bytes += gzipSync(readFileSync(file)).length;
      }
      const inline = await page.$$eval('script:not([src]):not([type="application/ld+json"])', (els) => els.map((e) => e.textContent ?? '').join('\n'));
      bytes += gzipSync(inline).length;
      console.log(`${path}: ${scripts.size} script files + inline, ${(bytes / 1024).toFixed(1)} KB gzipped (budget 25 KB)`);
      assert.ok(scripts.size > 0, `${path} loads its island`);
      assert.ok(bytes < BUDGET_BYTES, `${path}: ${bytes} bytes`);
      await close();
    }
  });

  test('screenshots of /offerte/, an offer page and /cerca/?q=prime at 1280 and 375 px, none scrolling sideways', async () => {
    mkdirSync(SHOTS, { recursive: true });
    for (const width of [1280, 375]) {
      for (const [name, path] of [['offerte', '/offerte/'], ['offerta', `/offerte/${expected[0]!.id}/`], ['cerca', '/cerca/?q=prime']] as const) {
        const { page, close } = await visit(path, { width });
        if (name === 'cerca') await page.locator('.search-results li').first().waitFor();
        else if (name === 'offerte') await page.waitForSelector('.offer-filters fieldset:not([disabled])');
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.ok(overflow <= 0, `${path} at ${width} px scrolls sideways by ${overflow} px`);
        await page.screenshot({ path: join(SHOTS, `${name}-${width}.png`), fullPage: name !== 'offerte' });
        await close();
      }
    }
  });

  test('no console errors on any page visited', () => {
    assert.deepEqual(pageErrors, []);
  });
});
