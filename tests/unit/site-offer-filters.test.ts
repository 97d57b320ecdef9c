/** The /offerte/ filters and sorts, their URL form, and what an offer card says, without a browser. */
import { describe, expect, test } from 'vitest';
import {
  DEFAULT_FILTERS,
  applyFilters,
  countLabel,
  eurosToCents,
  facetAttributes,
  facetsFromDataset,
  filtersFromQuery,
  filtersToQuery,
  type OfferFacets,
} from '../../site/lib/offer-filters.ts';
import { allowanceText, exitText, lockInText, offerView, priceText, spreadCostText } from '../../site/lib/offer-view.ts';
import type { Offer } from '../../shared/schemas/offer.ts';

const facets = (id: string, over: Partial<OfferFacets>): OfferFacets => ({
  id,
  kind: 'fixed',
  technology: 'FTTH',
  carrier: 'tim',
  lockInMonths: 0,
  totalCents: 0,
  effectiveMonthlyCents: 2500,
  monthlyAfterCents: 2500,
  speedMbps: 1000,
  dataGB: 0,
  ...over,
});

// In ranking order (ascending total), as the page renders them.
const list = [
  facets('a', { totalCents: 30000, effectiveMonthlyCents: 1250, monthlyAfterCents: 1500, kind: 'mobile', technology: '5G', carrier: 'iliad', dataGB: 150, speedMbps: 0 }),
  facets('b', { totalCents: 48000, effectiveMonthlyCents: 2000, monthlyAfterCents: 2990, technology: 'FTTC', speedMbps: 200, lockInMonths: 24 }),
  facets('c', { totalCents: 52000, effectiveMonthlyCents: 2167, monthlyAfterCents: 2190, carrier: 'iliad', speedMbps: 5000 }),
  facets('d', { totalCents: 60000, effectiveMonthlyCents: 2500, monthlyAfterCents: 900, kind: 'mobile', technology: '4G', dataGB: Number.POSITIVE_INFINITY, speedMbps: 0, lockInMonths: 12 }),
];
const ids = (xs: OfferFacets[]) => xs.map((x) => x.id);

describe('filters and sorting', () => {
  test('by default every offer, in ranking order', () => {
    expect(ids(applyFilters(list, DEFAULT_FILTERS))).toEqual(['a', 'b', 'c', 'd']);
  });

  test('kind, technology, carrier, no lock-in and max monthly cost each narrow the list', () => {
    expect(ids(applyFilters(list, { ...DEFAULT_FILTERS, kind: 'fixed' }))).toEqual(['b', 'c']);
    expect(ids(applyFilters(list, { ...DEFAULT_FILTERS, technology: 'FTTH' }))).toEqual(['c']);
    expect(ids(applyFilters(list, { ...DEFAULT_FILTERS, carrier: 'iliad' }))).toEqual(['a', 'c']);
    expect(ids(applyFilters(list, { ...DEFAULT_FILTERS, noLockIn: true }))).toEqual(['a', 'c']);
    // The max compares the real monthly cost (total / 24), not the teaser price: d costs 9 € after promo but 25 € on average.
    expect(ids(applyFilters(list, { ...DEFAULT_FILTERS, maxMonthlyCents: 2200 }))).toEqual(['a', 'b', 'c']);
    expect(ids(applyFilters(list, { ...DEFAULT_FILTERS, kind: 'mobile', noLockIn: true, carrier: 'iliad' }))).toEqual(['a']);
  });

  test('sorting by monthly price after the promo, and by speed or GB (fixed first, unlimited GB on top)', () => {
    expect(ids(applyFilters(list, { ...DEFAULT_FILTERS, sort: 'mensile' }))).toEqual(['d', 'a', 'c', 'b']);
    expect(ids(applyFilters(list, { ...DEFAULT_FILTERS, sort: 'prestazioni' }))).toEqual(['c', 'b', 'd', 'a']);
  });

  test('ties keep the ranking order', () => {
    const same = [facets('x', { monthlyAfterCents: 1000 }), facets('y', { monthlyAfterCents: 1000 }), facets('z', { monthlyAfterCents: 500 })];
    expect(ids(applyFilters(same, { ...DEFAULT_FILTERS, sort: 'mensile' }))).toEqual(['z', 'x', 'y']);
  });

  test('count announcements in Italian', () => {
    expect(countLabel(1, 1)).toBe('1 offerta');
    expect(countLabel(7, 7)).toBe('7 offerte');
    expect(countLabel(3, 16)).toBe('3 offerte su 16');
  });
});

describe('filters in the URL query', () => {
  test('round trip, defaults left out, stable order', () => {
    const f = { kind: 'fixed' as const, technology: 'FTTH', carrier: 'iliad', noLockIn: true, maxMonthlyCents: 2990, sort: 'mensile' as const };
    const q = filtersToQuery(f);
    expect(q).toBe('?tipo=fisso&tecnologia=FTTH&operatore=iliad&vincolo=no&max=29.9&ordine=mensile');
    expect(filtersFromQuery(q)).toEqual(f);
    expect(filtersToQuery(DEFAULT_FILTERS)).toBe('');
    expect(filtersFromQuery('')).toEqual(DEFAULT_FILTERS);
  });

  test('malformed or unknown values are ignored', () => {
    expect(filtersFromQuery('?tipo=satellite&tecnologia=<b>&operatore=a%20b&max=tanti&ordine=caso&vincolo=si')).toEqual(DEFAULT_FILTERS);
    expect(filtersFromQuery('?max=29,90').maxMonthlyCents).toBe(2990);
  });

  test('euros as readers type them', () => {
    expect(eurosToCents('30')).toBe(3000);
    expect(eurosToCents(' 29,9 ')).toBe(2990);
    expect(eurosToCents('29.99')).toBe(2999);
    expect(eurosToCents('')).toBeNull();
    expect(eurosToCents('-5')).toBeNull();
    expect(eurosToCents('1.234,50')).toBeNull();
  });

  test('the facets survive the trip through data attributes', () => {
    for (const f of list) {
      const attrs = facetAttributes(f);
      const dataset: Record<string, string> = { offerId: f.id, totalCents: String(f.totalCents) };
      for (const [k, v] of Object.entries(attrs)) dataset[k.slice(5).replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())] = v;
      expect(facetsFromDataset(dataset)).toEqual(f);
    }
  });
});

describe('what an offer card says', () => {
  const fixed: Offer = {
    name: 'Fibra X',
    carrier: 'tim',
    kind: 'fixed',
    technology: 'FTTH',
    customers: 'consumer',
    vat: 'included',
    speedMbps: 2500,
    monthlyPrice: 29.9,
    promo: { monthlyPrice: 19.9, months: 12 },
    activation: { amount: 39.9, instalments: 24 },
    device: { amount: 0, instalments: 1 },
    lockInMonths: 24,
    exitCost: 9.99,
    source: { title: 'tim.it', url: 'https://www.tim.it/', asOf: '2026-11-01', checked: '2026-11-01' },
    moreSources: [],
  };
  const mobile: Offer = { ...fixed, kind: 'mobile', technology: '5G', speedMbps: undefined, dataGB: 'illimitati', minutes: 'illimitati', sms: 200, promo: undefined, activation: { amount: 0, instalments: 1 }, lockInMonths: 0, exitCost: 0 };

  test('speed or traffic', () => {
    expect(allowanceText(fixed)).toBe('fino a 2.500 Mbit/s');
    expect(allowanceText(mobile)).toBe('Giga illimitati · minuti illimitati · 200 SMS');
    expect(allowanceText({ ...mobile, dataGB: 0.05, minutes: 300, sms: undefined })).toBe('50 MB · 300 minuti');
    expect(allowanceText({ ...mobile, dataGB: 1500 })).toMatch(/^1\.500 GB/);
  });

  test('price with promo, one-off costs with instalments, lock-in and exit', () => {
    expect(priceText(fixed)).toBe('19,90\u00a0€ al mese per 12 mesi, poi 29,90\u00a0€');
    expect(priceText(mobile)).toBe('29,90\u00a0€ al mese');
    expect(spreadCostText(fixed.activation, 'inclusa')).toBe('39,90\u00a0€ in 24 rate da 1,66\u00a0€');
    expect(spreadCostText(fixed.device, 'incluso')).toBe('incluso');
    expect(lockInText(fixed)).toBe('24 mesi');
    expect(lockInText(mobile)).toBe('nessun vincolo');
    expect(exitText(fixed)).toMatch(/^9,99\u00a0€; le rate ancora dovute/);
    expect(exitText(mobile)).toBe('nessun costo dichiarato');
  });

  test('the facets a card carries match the offer', () => {
    const v = offerView('fibra-x', fixed);
    expect(v.cost.totalCents).toBe(12 * 1990 + 12 * 2990 + 3990);
    expect(v.facets).toMatchObject({ id: 'fibra-x', kind: 'fixed', lockInMonths: 24, monthlyAfterCents: 2990, speedMbps: 2500, totalCents: v.cost.totalCents });
    expect(offerView('m', mobile).facets.dataGB).toBe(Number.POSITIVE_INFINITY);
  });
});
