/** The real offers in content/offers: enough of them, well sourced, and ranked by what they really cost. */
import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { loadContent } from '../../shared/catalog/load.ts';
import { offerCost, rankOffers } from '../../shared/offer-cost.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const { offers } = loadContent(ROOT);
const today = new Date().toISOString().slice(0, 10);
const byId = (id: string) => {
  const entry = offers.find((o) => o.id === id);
  if (!entry) throw new Error(`offer ${id} is missing from content/offers`);
  return entry;
};

describe('the offer set', () => {
  test('at least 12 offers from at least 5 carriers', () => {
    expect(offers.length).toBeGreaterThanOrEqual(12);
    expect(new Set(offers.map((o) => o.data.carrier)).size).toBeGreaterThanOrEqual(5);
  });

  test('both fixed and mobile offers are present', () => {
    const kinds = new Set(offers.map((o) => o.data.kind));
    expect(kinds).toEqual(new Set(['fixed', 'mobile']));
  });
});

describe('every offer', () => {
  test.each(offers.map((o) => [o.id, o] as const))('%s cites an https source checked no later than today', (_id, o) => {
    expect(new URL(o.data.source.url).protocol).toBe('https:');
    expect(o.data.source.checked <= today).toBe(true);
  });

  test.each(offers.map((o) => [o.id, o] as const))('%s states speed (fixed) or data (mobile)', (_id, o) => {
    if (o.data.kind === 'fixed') expect(o.data.speedMbps).toBeGreaterThan(0);
    else expect(o.data.dataGB).toBeDefined();
  });

  test.each(offers.filter((o) => o.data.promo).map((o) => [o.id, o] as const))('%s has a promo that lasts and costs less', (_id, o) => {
    expect(o.data.promo!.months).toBeGreaterThanOrEqual(1);
    expect(o.data.promo!.monthlyPrice).toBeLessThan(o.data.monthlyPrice);
  });

  test.each(offers.map((o) => [o.id, o] as const))('%s has a short description in the body', (_id, o) => {
    expect(o.body.length).toBeGreaterThan(40);
  });
});

describe('ranking the real offers by 24-month total', () => {
  const ranked = rankOffers(offers, '2026-01-01');
  const position = (id: string) => ranked.findIndex((o) => o.id === id);

  test('Kena Voce (4,99 € × 24 = 119,76 €) comes before Vodafone Special (6 € × 24 + 12 € attivazione + 5 € SIM = 161 €)', () => {
    expect(offerCost(byId('kena-voce').data).totalCents).toBe(11976);
    expect(offerCost(byId('vodafone-special-minuti-30-giga').data).totalCents).toBe(16100);
    expect(position('kena-voce')).toBeGreaterThanOrEqual(0);
    expect(position('kena-voce')).toBeLessThan(position('vodafone-special-minuti-30-giga'));
  });

  test('same 6,99 € a month, but the upfront costs put Wind All Inclusive 100 Fire (189,75 €) after Super 5G Under 14 (167,76 €)', () => {
    expect(offerCost(byId('windtre-super-5g-under-14').data).totalCents).toBe(16776);
    expect(offerCost(byId('wind-all-inclusive-100-fire').data).totalCents).toBe(18975);
    expect(position('windtre-super-5g-under-14')).toBeLessThan(position('wind-all-inclusive-100-fire'));
  });

  test('offers whose sales window closed are left out of the ranking', () => {
    expect(position('ho-mobile-30-giga')).toBe(-1);
    expect(position('tim-business-tutto')).toBe(-1);
    expect(ranked.length).toBeLessThan(offers.length);
  });
});
