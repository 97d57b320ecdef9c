import { describe, expect, test } from 'vitest';
import { isCurrentOffer, isExpired, offerCost, rankOffers } from '../../shared/offer-cost.ts';
import { isStale } from '../../shared/freshness.ts';
import { offerSchema } from '../../shared/schemas/offer.ts';
import type { Offer } from '../../shared/schemas/offer.ts';

const base: Offer = {
  name: 'Fibra X',
  carrier: 'tim',
  kind: 'fixed',
  technology: 'FTTH',
  customers: 'consumer',
  vat: 'included',
  monthlyPrice: 29.9,
  activation: { amount: 0, instalments: 1 },
  device: { amount: 0, instalments: 1 },
  lockInMonths: 0,
  exitCost: 0,
  source: { title: 'x', url: 'https://example.com/', asOf: '2026-11-01', checked: '2026-11-01' },
  moreSources: [],
};

describe('offerCost over 24 months, everything included', () => {
  test('no promo: 24 times the monthly price', () => {
    expect(offerCost(base).totalCents).toBe(24 * 2990);
  });

  test('promo months, then the full price, plus activation and modem in full', () => {
    const c = offerCost({ ...base, promo: { monthlyPrice: 19.9, months: 12 }, activation: { amount: 39, instalments: 24 }, device: { amount: 120, instalments: 24 } });
    expect(c.feesCents).toBe(12 * 1990 + 12 * 2990);
    expect(c.totalCents).toBe(12 * 1990 + 12 * 2990 + 3900 + 12000);
    expect(c.effectiveMonthlyCents).toBe(Math.round(c.totalCents / 24));
  });

  test('a promo longer than the horizon counts only 24 months', () => {
    expect(offerCost({ ...base, promo: { monthlyPrice: 9.99, months: 36 } }).totalCents).toBe(24 * 999);
  });
});

describe('ranking', () => {
  const offers = [
    { id: 'a', data: { ...base, name: 'A', monthlyPrice: 25 } },
    { id: 'b', data: { ...base, name: 'B', monthlyPrice: 20, activation: { amount: 200, instalments: 1 } } },
    { id: 'c', data: { ...base, name: 'C', monthlyPrice: 10, validUntil: '2026-01-31' } },
    { id: 'd', data: { ...base, name: 'D', monthlyPrice: 22 } },
  ];
  test('cheapest 24-month total first; a low monthly fee with a big activation can lose', () => {
    expect(rankOffers(offers, '2026-11-24').map((o) => o.id)).toEqual(['d', 'a', 'b']);
  });
  test('expired offers are never ranked', () => {
    expect(isExpired(offers[2]!.data, '2026-11-24')).toBe(true);
    expect(isExpired(offers[2]!.data, '2026-01-31')).toBe(false);
    expect(rankOffers(offers, '2026-01-01').map((o) => o.id)).toContain('c');
  });
  test('figures more than 180 days old are stale', () => {
    expect(isStale('2026-05-27', '2026-11-24')).toBe(true);
    expect(isStale('2026-05-28', '2026-11-24')).toBe(false);
  });
});

describe('asOf decides what is current, not the day an editor checked', () => {
  const old = { ...base, name: 'Vecchia', monthlyPrice: 5, source: { ...base.source, asOf: '2019-05-01', checked: '2026-11-30' } };
  test('an offer whose source held more than 365 days ago is history, however recently it was checked', () => {
    expect(isCurrentOffer(old, '2026-12-01')).toBe(false);
    expect(isCurrentOffer({ ...base, source: { ...base.source, asOf: '2025-12-01' } }, '2026-12-01')).toBe(true);
    expect(isCurrentOffer({ ...base, source: { ...base.source, asOf: '2025-11-30' } }, '2026-12-01')).toBe(false);
  });
  test('the ranking lists current offers first, even the dearer ones; cheap old offers follow as history', () => {
    const ranked = rankOffers([{ id: 'old', data: old }, { id: 'new', data: { ...base, name: 'Nuova' } }], '2026-12-01');
    expect(ranked.map((o) => o.id)).toEqual(['new', 'old']);
  });
  test('business and ex-VAT offers are never ranked with consumer prices', () => {
    const business = { ...base, name: 'Ufficio', monthlyPrice: 1, customers: 'business' as const, vat: 'excluded' as const };
    expect(rankOffers([{ id: 'biz', data: business }, { id: 'home', data: base }], '2026-11-24').map((o) => o.id)).toEqual(['home']);
  });
});

describe('offer schema: VAT and the 5G labels of Delibera 106/25/CONS', () => {
  const raw = { ...base, kind: 'mobile', technology: '5G', dataGB: 100 };
  const issues = (o: object) => { const r = offerSchema.safeParse(o); return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`); };
  test('a consumer offer cannot be ex-VAT', () => {
    expect(issues({ ...base, vat: 'excluded' })).toEqual([expect.stringMatching(/^vat: expected included/)]);
    expect(issues({ ...base, customers: 'business', vat: 'excluded' })).toEqual([]);
  });
  test('green shows the top speed, yellow a cap of 20 Mbit/s or more, red a cap below 20', () => {
    expect(issues({ ...raw, fiveGLabel: { color: 'green', maxMbps: 2000 } })).toEqual([]);
    expect(issues({ ...raw, fiveGLabel: { color: 'green' } })).toEqual([expect.stringMatching(/^fiveGLabel\.maxMbps:/)]);
    expect(issues({ ...raw, fiveGLabel: { color: 'yellow', capMbps: 100 } })).toEqual([]);
    expect(issues({ ...raw, fiveGLabel: { color: 'yellow', capMbps: 10 } })).toEqual([expect.stringMatching(/^fiveGLabel\.capMbps: expected a cap of 20/)]);
    expect(issues({ ...raw, fiveGLabel: { color: 'red', capMbps: 10 } })).toEqual([]);
    expect(issues({ ...raw, fiveGLabel: { color: 'red', capMbps: 30 } })).toEqual([expect.stringMatching(/^fiveGLabel\.capMbps: expected a cap below 20/)]);
    expect(issues({ ...raw, technology: '4G', fiveGLabel: { color: 'red', capMbps: 10 } })).toEqual([expect.stringMatching(/^fiveGLabel: expected a 5G label only on a 5G offer/)]);
  });
});
