/** The ranking split into pages, and the compact offer file the filter island reads. */
import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadContent } from '../../shared/catalog/load.ts';
import { rankOffers } from '../../shared/offer-cost.ts';
import { pageCount, rankingPage, rankingPagePath, OFFERS_PER_PAGE } from '../../site/lib/offer-pages.ts';
import { decodeOfferData, encodeOfferData } from '../../site/lib/offer-data.ts';
import { applyFilters, DEFAULT_FILTERS } from '../../site/lib/offer-filters.ts';
import { offerView } from '../../site/lib/offer-view.ts';
import { OFFER_LIST_PATH } from '../../shared/offer-query.ts';
import { paths } from '../../site/lib/paths.ts';
import { contentWithGeneratedOffers } from '../support/offer-fixtures.ts';
import { rmSync } from 'node:fs';
import { rowAllowanceText, rowPriceText } from '../../site/components/offers/offer-row-item.ts';

const ROOT = join(import.meta.dirname, '..', '..');

describe('ranking pages', () => {
  test('every offer is on exactly one page, in ranking order, with links both ways', () => {
    const ranked = Array.from({ length: 123 }, (_, i) => i);
    expect(pageCount(ranked.length)).toBe(Math.ceil(123 / OFFERS_PER_PAGE));
    const pages = Array.from({ length: pageCount(ranked.length) }, (_, i) => rankingPage(ranked, i + 1));
    expect(pages.flatMap((p) => p.items)).toEqual(ranked);
    expect(pages[0]!.prev).toBeNull();
    expect(pages[0]!.next).toBe('/offerte/pagina/2/');
    expect(pages[1]!.prev).toBe('/offerte/');
    expect(pages[1]!.firstRank).toBe(OFFERS_PER_PAGE + 1);
    expect(pages.at(-1)!.next).toBeNull();
    expect(rankingPagePath(1)).toBe(paths.offers);
  });

  test('no offers still make one page, which says so', () => {
    expect(pageCount(0)).toBe(1);
    expect(rankingPage([], 1).items).toEqual([]);
  });

  test('the extension links to the same path the site serves the ranking on', () => {
    expect(OFFER_LIST_PATH).toBe(paths.offers);
  });
});

describe('/offerte/offerte.json', () => {
  const content = loadContent(ROOT);
  const day = '2026-12-01';
  const ranked = rankOffers(content.offers, day);
  const name = (id: string) => content.operators.find((o) => o.id === id)?.data.name ?? id;

  test('reads back to the same facets the cards carry, in ranking order', () => {
    const rows = decodeOfferData(JSON.parse(JSON.stringify(encodeOfferData(ranked, name, day))));
    expect(rows.map((r) => r.id)).toEqual(ranked.map((o) => o.id));
    for (const [i, row] of rows.entries()) {
      const { facets } = offerView(ranked[i]!.id, ranked[i]!.data);
      expect({ ...row }).toMatchObject(facets);
      expect(row.carrierName).toBe(name(ranked[i]!.data.carrier));
      expect(row.asOf).toBe(ranked[i]!.data.source.asOf);
    }
    const mobile = applyFilters(rows, { ...DEFAULT_FILTERS, kind: 'mobile' });
    expect(mobile.length).toBeGreaterThan(0);
    expect(mobile.map((r) => r.id)).toEqual(rows.filter((r) => r.kind === 'mobile').map((r) => r.id));
  });

  test('a file of another format is refused', () => {
    expect(() => decodeOfferData({ version: 2, rows: [] })).toThrow();
    expect(() => decodeOfferData(null)).toThrow();
  });

  test('5,000 offers stay under 300 KB gzipped', () => {
    const dir = contentWithGeneratedOffers(5000);
    try {
      const big = loadContent(dir);
      const file = encodeOfferData(rankOffers(big.offers, day), name, day);
      expect(file.rows.length).toBeGreaterThan(5000);
      expect(gzipSync(JSON.stringify(file)).length).toBeLessThan(300 * 1024);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the short card of an offer from another page', () => {
  test('says the price with its promotion and the speed or data as the full cards do', () => {
    expect(rowPriceText({ promoCents: 1990, promoMonths: 12, monthlyAfterCents: 2990 }).replace(/\u00a0/g, ' ')).toBe('19,90 € al mese per 12 mesi, poi 29,90 €');
    expect(rowPriceText({ promoCents: null, promoMonths: 0, monthlyAfterCents: 999 }).replace(/\u00a0/g, ' ')).toBe('9,99 € al mese');
    expect(rowAllowanceText({ kind: 'fixed', speedMbps: 2500, dataGB: 0 })).toBe('fino a 2.500 Mbit/s');
    expect(rowAllowanceText({ kind: 'mobile', speedMbps: 0, dataGB: Number.POSITIVE_INFINITY })).toBe('Giga illimitati');
    expect(rowAllowanceText({ kind: 'mobile', speedMbps: 0, dataGB: 0 })).toBeNull();
  });
});
