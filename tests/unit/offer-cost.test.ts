import { describe, expect, test } from 'vitest';
import { isExpired, isStale, offerCost, rankOffers } from '../../shared/offer-cost.ts';
import type { Offer } from '../../shared/schemas/offer.ts';

const base: Offer = {
  name: 'Fibra X',
  carrier: 'tim',
  kind: 'fixed',
  technology: 'FTTH',
  monthlyPrice: 29.9,
  activation: { amount: 0, instalments: 1 },
  device: { amount: 0, instalments: 1 },
  lockInMonths: 0,
  exitCost: 0,
  source: { title: 'x', url: 'https://example.com/', checked: '2026-11-01' },
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
  test('figures checked more than 180 days ago are stale', () => {
    expect(isStale('2026-05-27', '2026-11-24')).toBe(true);
    expect(isStale('2026-05-28', '2026-11-24')).toBe(false);
  });
});
