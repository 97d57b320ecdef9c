/**
 * /offerte/ at scale, on a site built in isolation with generated offers (tests/support/offer-fixtures.ts): the
 * ranking in static pages linked by rel=prev/next, complete and in order without JavaScript, and the filter
 * island filtering every offer (from /offerte/offerte.json), whatever page it opens on, from query parameters.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { chromiumOrSkip } from '../support/browser.ts';
import { launchPlain } from '../support/launch.ts';
import { startSite } from '../support/site-server.ts';
import { addGeneratedOffers } from '../support/offer-fixtures.ts';
import { buildIsolatedSite, isolatedSiteRoot } from '../support/isolated-site.ts';
import { loadContent } from '../../shared/catalog/load.ts';
import { offerCost, rankOffers } from '../../shared/offer-cost.ts';
import { OFFERS_PER_PAGE } from '../../site/lib/offer-pages.ts';

const chrome = chromiumOrSkip();
const GENERATED = 2 * OFFERS_PER_PAGE + 20;
const DAY = '2026-12-01';

describe('the ranking in pages, and filters over all of it', { skip: chrome.skip }, () => {
  let root: string;
  let outDir: string;
  let browser: Browser;
  let site: Awaited<ReturnType<typeof startSite>>;
  let ranked: ReturnType<typeof rankOffers<{ id: string; data: import('../../shared/schemas/offer.ts').Offer }>>;

  before(async () => {
    root = isolatedSiteRoot();
    addGeneratedOffers(root, GENERATED);
    const b = buildIsolatedSite(root, { SENTINELLA_BUILD_DATE: DAY });
    assert.equal(b.status, 0, b.output.split('\n').slice(-20).join('\n'));
    outDir = b.outDir;
    ranked = rankOffers(loadContent(root).offers, DAY);
    site = await startSite(0, outDir);
    browser = await launchPlain(chrome.path!);
  }, { timeout: 180_000 });
  after(async () => {
    await browser?.close();
    await site?.close();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  async function open(path: string, javaScriptEnabled = true): Promise<{ page: Page; close(): Promise<void> }> {
    const context = await browser.newContext({ locale: 'it-IT', javaScriptEnabled });
    const page = await context.newPage();
    await page.goto(`${site.url}${path}`);
    return { page, close: () => context.close() };
  }

  test('without JavaScript, following rel=next from /offerte/ reads every ranked offer once, in order', async () => {
    const { page, close } = await open('/offerte/', false);
    const seen: string[] = [];
    let path: string | null = '/offerte/';
    let previous: string | null = null;
    while (path) {
      await page.goto(`${site.url}${path}`);
      const links = await page.$$eval('head link[rel="prev"], head link[rel="next"]', (els) => Object.fromEntries(els.map((e) => [e.getAttribute('rel'), e.getAttribute('href')])));
      assert.equal(links.prev ?? null, previous, `${path}: rel=prev`);
      seen.push(...(await page.$$eval('#classifica-offerte > [data-offer-id]', (els) => els.map((e) => (e as HTMLElement).dataset.offerId!))));
      const gz: number = gzipSync(readFileSync(join(outDir, path, 'index.html'))).length;
      assert.ok(gz <= 150 * 1024, `${path}: ${gz} bytes gzipped`);
      previous = path;
      path = links.next ?? null;
    }
    assert.deepEqual(seen, ranked.map((o) => o.id));
    assert.equal(previous, `/offerte/pagina/${Math.ceil(ranked.length / OFFERS_PER_PAGE)}/`);
    await close();
  });

  test('a plain visit does not download every offer; the first use of a filter does, and applies to all of them', async () => {
    const { page, close } = await open('/offerte/');
    const fetched: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/offerte/offerte.json')) fetched.push(r.url());
    });
    await page.waitForSelector('.offer-filters fieldset:not([disabled])');
    await page.waitForLoadState('networkidle');
    assert.deepEqual(fetched, []);
    await page.selectOption('select[name="tipo"]', 'fixed');
    await page.waitForURL(/tipo=fisso/);
    const want = ranked.filter((o) => o.data.kind === 'fixed').length;
    await page.locator('.filter-count', { hasText: new RegExp(`^${want} offert[ae] su ${ranked.length}$`) }).waitFor();
    assert.equal(fetched.length, 1);
    await close();
  });

  test('filters set by the URL on page 2 narrow every offer, not only that page\'s', async () => {
    const { page, close } = await open('/offerte/pagina/2/?tipo=mobile&max=10');
    await page.waitForSelector('.offer-filters fieldset:not([disabled])');
    assert.equal(await page.inputValue('select[name="tipo"]'), 'mobile');
    const want = ranked.filter((o) => o.data.kind === 'mobile' && offerCost(o.data).effectiveMonthlyCents <= 1000).map((o) => o.id);
    const shown = await page.$$eval('#classifica-offerte > [data-offer-id]', (els) => els.filter((e) => !(e as HTMLElement).hidden).map((e) => (e as HTMLElement).dataset.offerId!));
    assert.deepEqual(shown, want.slice(0, 100));
    assert.ok(await page.locator('#classifica-offerte > [data-from-data]:not([hidden])').count() > 0, 'offers from other pages are shown');
    assert.match(await page.locator('.filter-count').innerText(), new RegExp(`^${want.length} offert[ae] su ${ranked.length}$`));
    assert.equal(await page.locator('#pagine-classifica').isHidden(), true, 'page links are hidden while results come from every page');
    // Back to no filter: the page as built.
    await page.click('.filter-reset');
    await page.waitForURL((u) => u.search === '');
    const own = await page.$$eval('#classifica-offerte > [data-offer-id]', (els) => els.filter((e) => !(e as HTMLElement).hidden).map((e) => (e as HTMLElement).dataset.offerId!));
    assert.deepEqual(own, ranked.slice(OFFERS_PER_PAGE, 2 * OFFERS_PER_PAGE).map((o) => o.id));
    assert.equal(await page.locator('#pagine-classifica').isVisible(), true);
    await close();
  });
});
