/**
 * Pages the readers' authors did not write: portal pages in tests/fixtures/unseen/, written apart from the
 * extension's code (without reading it) after real customer areas, each with what a careful person reads on
 * it in NAME.expected.json. The spotlight must find exactly the paid extras listed, in page order, with their
 * price and period, and none of the rows the page lists as distractors; the invoice reader must give exactly
 * the invoices listed, never a totals row or a summary box.
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { Window } from 'happy-dom';
import carrierHosts from 'virtual:sentinella-catalog/carrier-hosts';
import services from 'virtual:sentinella-catalog/detector';
import { servicesForHost } from '../../extension/carrier-page/services/carrier-services.ts';
import { detectServices } from '../../extension/carrier-page/services/detect-services.ts';
import { mayShowExtras } from '../../extension/carrier-page/services/may-show-extras.ts';
import { parseInvoices } from '../../extension/carrier-page/invoices/parse-invoices.ts';
import { looksLikeInvoicePage } from '../../extension/carrier-page/invoices/invoice-page.ts';
import type { SpotlightService } from '../../shared/catalog/catalog.ts';
import { unseenPages } from '../support/unseen-pages.ts';
import { hostMatchPatterns } from '../../shared/catalog/catalog.ts';
import { loadContentOnce } from '../../shared/catalog/load.ts';

/** Where the extension runs (the manifest's match patterns, from content/operators): "https://host/path/*". */
const runsOn = hostMatchPatterns(loadContentOnce(join(import.meta.dirname, '..', '..'))).map((p) => p.slice(0, -1));

const all = services as unknown as SpotlightService[];

/**
 * The page as a browser shows it once settled: its own inline scripts run (some portals build their rows on
 * DOMContentLoaded, some after a skeleton, on a timer), and every timer they set has fired.
 */
async function load(page: { html: string; url: URL }): Promise<Document> {
  const win = new Window({ url: page.url.href, settings: { enableJavaScriptEvaluation: true, suppressInsecureJavaScriptEnvironmentWarning: true } });
  win.document.write(page.html);
  win.document.dispatchEvent(new win.Event('DOMContentLoaded', { bubbles: true }));
  await win.happyDOM.waitUntilComplete();
  return win.document as unknown as Document;
}

const settled = new Map<string, Document>();
for (const page of [...unseenPages('services'), ...unseenPages('invoices')]) settled.set(page.name, await load(page));

test('the unseen pages are there: at least 8 line pages and 8 invoice pages', () => {
  expect(unseenPages('services').length).toBeGreaterThanOrEqual(8);
  expect(unseenPages('invoices').length).toBeGreaterThanOrEqual(8);
});

test('no two unseen invoice pages of one carrier show one invoice number with different facts (the browser test archives them all in one archive)', () => {
  const seen = new Map<string, { page: string; issueDate: string | null; amountCents: number | null }>();
  const twice: string[] = [];
  for (const page of unseenPages('invoices')) {
    for (const { number, issueDate, amountCents } of page.expected.invoices) {
      const key = `${page.expected.carrier}:${number}`;
      const first = seen.get(key);
      // A page that shows no date of an invoice another page dates is no contradiction.
      const differ = first && (first.amountCents !== amountCents || (first.issueDate !== null && issueDate !== null && first.issueDate !== issueDate));
      if (first && first.page !== page.name && differ) twice.push(`${key} on ${first.page} and ${page.name}`);
      seen.set(key, { page: page.name, issueDate: issueDate ?? first?.issueDate ?? null, amountCents });
    }
  }
  expect(twice).toEqual([]);
});

test('every unseen page is at an address of a customer area where the extension runs', () => {
  const outside = [...unseenPages('services'), ...unseenPages('invoices')].filter((page) => !runsOn.some((prefix) => page.url.href.startsWith(prefix)));
  expect(outside.map((page) => `${page.name}: ${page.url.href}`)).toEqual([]);
});

describe.each(unseenPages('services').map((page) => [page.name, page] as const))('unseen line page %s', (_name, page) => {
  const want = page.expected;
  const doc = settled.get(page.name)!;
  const found = detectServices(doc, servicesForHost(all, carrierHosts, new URL(want.url).hostname));

  test('is not taken for an invoice page (the invoice reader is not loaded)', () => {
    expect(looksLikeInvoicePage(doc)).toBe(false);
  });

  const shown = found.map((d) => ({ name: d.name, catalogId: d.id === 'unknown' ? null : d.id, cents: d.price?.fromCatalog ? null : (d.price?.cents ?? null), period: d.price?.fromCatalog ? null : (d.price?.period ?? null) }));
  const expected = want.paidExtras.map((e) => ({ name: e.name, catalogId: e.catalogId, cents: e.cents, period: e.cents === null ? null : e.period }));

  if (want.unread) {
    // A page the detector cannot read yet (unread says why): whatever it reports is a paid extra the page shows.
    test('not read yet, and never misread: every extra it reports is one the page shows, with its price', () => {
      for (const extra of shown) expect(expected).toContainEqual(extra);
    });
  } else {
    test('the detector is loaded on it: the light check of every carrier page finds where a row may start', () => {
      expect(mayShowExtras(doc)).toBe(true);
    });

    test('exactly the paid extras a person sees, in page order, with their price and period', () => {
      expect(shown).toEqual(expected);
    });
  }

  test.each(want.notExtras)('"%s" is not an extra', (text) => {
    const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
    expect(found.filter((d) => norm(text).includes(norm(d.name))).filter((d) => !want.paidExtras.some((e) => norm(e.name) === norm(d.name))).map((d) => d.name)).toEqual([]);
  });
});

describe.each(unseenPages('invoices').map((page) => [page.name, page] as const))('unseen invoice page %s', (_name, page) => {
  const want = page.expected;
  const doc = settled.get(page.name)!;
  const read = parseInvoices(doc, want.url).map(({ number, issueDate, amountCents, dueDate, status, documentUrl }) => ({ number, issueDate, amountCents, dueDate, status, documentUrl }));

  test('is known for an invoice page (the invoice reader is loaded on it)', () => {
    expect(looksLikeInvoicePage(doc)).toBe(true);
  });

  if (want.unread) {
    // A page the reader cannot read yet (unread says why): whatever it gives is exactly as the page shows it.
    test('not read yet, and never misread: every invoice it gives is one the page shows, with its fields', () => {
      for (const invoice of read) expect(want.invoices).toContainEqual(invoice);
    });
    return;
  }

  test('exactly the invoices a person sees, in page order, each field as shown', () => {
    expect(read).toEqual(want.invoices);
  });
});
