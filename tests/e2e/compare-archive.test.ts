/**
 * The bill against the market, end to end: the built extension archives the consumer invoices of the demo
 * MyTIM portal, and archive.html shows each line's real monthly cost beside the sourced market average, with
 * its source, honest limits and no stale offer presented as cheaper; the popup shows the yearly difference;
 * the link to the site opens /offerte/ (the built site, served here) with the filters it names already set.
 * In Chromium and in Firefox ESR (tests/support/browsers.ts). Run after the extension builds and
 * `npm run build:site` (SENTINELLA_EXTENSION_DIR, SENTINELLA_FIREFOX_EXTENSION_DIR, SENTINELLA_SITE_DIR).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { extensionTargets, type ExtensionBrowser, type TestPage as Page } from '../support/browsers.ts';
import { startPortal, type PortalServer } from '../support/portal-server.ts';
import { serveInvoiceDocuments } from '../support/invoice-documents.ts';
import { SITE_DIR, startSite } from '../support/site-server.ts';
import { loadContent } from '../../shared/catalog/load.ts';
import { daysBetween, today } from '../../shared/dates.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const content = loadContent(ROOT);
// The newest FTTH average in content/market: what a fixed line of unknown technology is compared with.
const ftth = content.market
  .filter((m) => m.data.kind === 'fixed' && m.data.forUnknownTechnology)
  .sort((a, b) => b.data.source.asOf.localeCompare(a.data.source.asOf))[0]!;
const mobileAverage = content.market.filter((m) => m.data.kind === 'mobile').sort((a, b) => b.data.source.asOf.localeCompare(a.data.source.asOf))[0]!;
const cents = (euros: number) => Math.round(euros * 100);

// The demo portal's fixed line: Oct 34,90, Sep 34,90, Aug 29,90 (the last 3 months), Jul 29,90, Jun 1.029,90
// (a one-off far above the usual), May 29,90. Its mobile line: Oct and Sep 9,99.
const FIXED = '0612345678';
const MOBILE = '3331234567';
const FIXED_MONTHLY = Math.round((3490 + 3490 + 2990) / 3);

for (const target of extensionTargets()) describe(`your bill against the market (archive page and popup), in ${target.label}`, { skip: target.skip }, () => {
  let portal: PortalServer;
  let session: ExtensionBrowser;
  let archive: Page;

  before(async () => {
    portal = await startPortal();
    serveInvoiceDocuments(portal, []);
    session = await target.launch();
    const page = await session.newPage();
    await page.goto(`${portal.origin('www.tim.it')}/mytim/fatture.html`);
    await page.waitForSelector('html[data-sentinella-ready]');
    archive = await session.newPage();
    // Capture runs in the background: read the archive until both lines are compared.
    const end = Date.now() + 20_000;
    for (;;) {
      await archive.goto(session.extensionUrl('archive.html'));
      await archive.waitForSelector('html[data-archive-ready="true"]');
      if ((await archive.locator(`[data-testid="line-comparison"][data-line="${MOBILE}"]`).count()) > 0 && (await archive.getByTestId('archive-count').innerText()).startsWith('8 ')) break;
      if (Date.now() > end) assert.fail('the archive never showed both lines');
      await archive.waitForTimeout(300);
    }
    await page.close();
  });
  after(async () => {
    await session?.close();
    await portal?.close();
  });

  const card = (line: string) => archive.locator(`[data-testid="line-comparison"][data-line="${line}"]`);

  test('the fixed line: real monthly cost from the last 3 months, the one-off invoice left out and named', async () => {
    const fixed = card(FIXED);
    assert.equal(await fixed.getAttribute('data-kind'), 'fixed');
    assert.equal(await fixed.getAttribute('data-monthly-cents'), String(FIXED_MONTHLY));
    const windows = await fixed.locator('[data-window]').evaluateAll((rows) => rows.map((r) => [(r as HTMLElement).dataset.window, (r as HTMLElement).dataset.averageCents, (r as HTMLElement).dataset.invoices]));
    // 6 and 12 months: five usual invoices (the 1.029,90 € one is left out).
    const five = String(Math.round((3490 + 3490 + 2990 + 2990 + 2990) / 5));
    assert.deepEqual(windows, [['3', String(FIXED_MONTHLY), '3'], ['6', five, '5'], ['12', five, '5']]);
    assert.match(await fixed.getByTestId('line-excluded').innerText(), /8A00259010[\s\S]*1\.029,90/);
    assert.equal(await fixed.getByTestId('line-trend').getAttribute('data-trend'), 'up');
    assert.equal(await fixed.getByTestId('line-limits').getAttribute('data-basis'), 'totals');
    assert.match(await fixed.getByTestId('line-limits').innerText(), /totale di ogni fattura[\s\S]*una tantum/);
  });

  test('beside it the sourced FTTH average, with its source, and the yearly difference in words', async () => {
    const fixed = card(FIXED);
    const benchmark = cents(ftth.data.monthlyPrice);
    assert.equal(await fixed.getAttribute('data-benchmark-cents'), String(benchmark));
    assert.equal(await fixed.getAttribute('data-benchmark-source'), ftth.data.source.url);
    const yearly = (FIXED_MONTHLY - benchmark) * 12;
    assert.equal(await fixed.getAttribute('data-yearly-difference-cents'), String(yearly));
    const verdict = await fixed.getByTestId('line-verdict').innerText();
    assert.match(verdict, new RegExp(`^Paghi circa ${Math.round(yearly / 100)}\\s€ l'anno in più della media delle offerte in fibra FTTH`));
    const link = fixed.locator(`.benchmark-source a[href="${ftth.data.source.url}"]`);
    assert.equal(await link.count(), 1, 'the average links its source');
    // The mobile line costs about the market average.
    const mobile = card(MOBILE);
    assert.equal(await mobile.getAttribute('data-monthly-cents'), '999');
    assert.equal(await mobile.getAttribute('data-benchmark-cents'), String(cents(mobileAverage.data.monthlyPrice)));
    assert.equal(await mobile.getAttribute('data-benchmark-source'), mobileAverage.data.source.url);
  });

  test('no offer whose figures are over a year old is shown as cheaper', async () => {
    for (const line of [FIXED, MOBILE]) {
      const shown = await card(line).locator('[data-testid="cheaper-offers"] [data-as-of]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.asOf!));
      for (const asOf of shown) assert.ok(daysBetween(asOf, today()) <= 365, `${line}: an offer of ${asOf} shown as cheaper`);
      if (shown.length === 0) {
        const none = card(line).getByTestId('no-cheaper-offers');
        assert.equal(await none.count(), 1, `${line} says why no offer is shown`);
        const kind = line === FIXED ? 'fixed' : 'mobile';
        const stale = content.offers.filter((o) => o.data.kind === kind && o.data.customers === 'consumer' && (!o.data.validUntil || o.data.validUntil >= today()) && daysBetween(o.data.source.asOf, today()) > 365).length;
        assert.equal(await none.getAttribute('data-stale-offers'), String(stale));
      }
    }
  });

  test('the popup shows one row per line with its yearly difference', async () => {
    const popup = await session.newPage();
    await popup.goto(session.extensionUrl('popup.html'));
    const rows = popup.locator('[data-testid="line-costs"] li[data-line]');
    await rows.nth(0).waitFor();
    const got = await rows.evaluateAll((els) => els.map((e) => [(e as HTMLElement).dataset.line, (e as HTMLElement).dataset.yearlyDifferenceCents, e.textContent]));
    const fixed = got.find((r) => r[0] === FIXED)!;
    assert.equal(fixed[1], await card(FIXED).getAttribute('data-yearly-difference-cents'));
    assert.match(fixed[2]!, /l'anno più della media/);
    assert.ok(got.some((r) => r[0] === MOBILE), 'the mobile line too');
    await popup.close();
  });

  test('the link opens the site\'s /offerte/ with kind and maximum monthly price set', async () => {
    const href = await card(FIXED).getByTestId('compare-link').getAttribute('href');
    const url = new URL(href!);
    assert.equal(url.origin, 'https://sentinella.it');
    assert.equal(url.pathname, '/offerte/');
    assert.equal(url.searchParams.get('tipo'), 'fisso');
    assert.equal(url.searchParams.get('max'), String(FIXED_MONTHLY / 100));
    // The same query on the built site: the filter island opens with those filters set.
    const site = await startSite(0, process.env.SENTINELLA_SITE_DIR ?? SITE_DIR);
    try {
      const page = await session.newPage();
      await page.goto(`${site.url}${url.pathname}${url.search}`);
      await page.waitForSelector('.offer-filters fieldset:not([disabled])');
      assert.equal(await page.locator('select[name="tipo"]').inputValue(), 'fixed');
      assert.equal(await page.locator('input[name="max"]').inputValue(), String(FIXED_MONTHLY / 100).replace('.', ','));
      const visible = await page.$$eval('#classifica-offerte > [data-offer-id]', (els) =>
        els.filter((e) => !(e as HTMLElement).hidden).map((e) => ({ kind: (e as HTMLElement).dataset.kind, monthly: Number((e as HTMLElement).dataset.monthlyCents) })),
      );
      assert.ok(visible.length > 0 || (await page.locator('.filter-count').innerText()).startsWith('Nessuna'), 'the filtered list or the reason it is empty');
      for (const v of visible) {
        assert.equal(v.kind, 'fixed');
        assert.ok(v.monthly <= FIXED_MONTHLY, `an offer at ${v.monthly} cents a month is over the maximum`);
      }
      assert.match(await page.locator('.filter-count').innerText(), /offert[ae]|Nessuna offerta/);
      await page.close();
    } finally {
      await site.close();
    }
  });
});
