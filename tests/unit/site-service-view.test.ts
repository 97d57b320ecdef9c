import { describe, expect, test } from 'vitest';
import { priceView, referencePrice, splitWays, statedPrice } from '../../site/lib/service-view.ts';
import type { ServicePrice, SwitchOffWay } from '../../shared/schemas/index.ts';

const NBSP = '\u00a0';
const price = (p: Partial<ServicePrice>): ServicePrice => ({ amount: 1, period: 'month', source: 'https://example.it/', asOf: '2026-01-01', checked: '2026-01-01', ...p });

describe('service price figures', () => {
  test('0,49 € a settimana costs 25,48 € a year and about 2,12 € a month', () => {
    const v = priceView(price({ amount: 0.49, period: 'week' }));
    expect(v.stated).toBe(`0,49${NBSP}€ a settimana`);
    expect(v.yearly).toBe(`25,48${NBSP}€`);
    expect(v.yearlyCents).toBe(2548);
    expect(v.monthly).toBe(`2,12${NBSP}€`);
    expect(v.nonRecurring).toBeNull();
  });

  test('1,90 € every two months costs 11,40 € a year', () => {
    expect(priceView(price({ amount: 1.9, period: 'two-months' })).yearly).toBe(`11,40${NBSP}€`);
  });

  test('per-use and one-off prices say so instead of a yearly figure', () => {
    const perUse = priceView(price({ amount: 1.9, period: 'per-use' }));
    expect(perUse.yearly).toBeNull();
    expect(perUse.monthly).toBeNull();
    expect(perUse.nonRecurring).toMatch(/a consumo/);
    expect(priceView(price({ amount: 5, period: 'one-off' })).nonRecurring).toMatch(/una volta sola/);
  });

  test('a range of prices is stated and summed as a range', () => {
    const p = price({ amount: 1.49, amountMax: 2.49, period: 'month' });
    expect(statedPrice(p)).toBe(`da 1,49${NBSP}€ a 2,49${NBSP}€ al mese`);
    expect(priceView(p).yearly).toBe(`da 17,88${NBSP}€ a 29,88${NBSP}€`);
  });

  test('the reference price is the first listed', () => {
    const v = referencePrice({ prices: [price({ amount: 1.59, checked: '2018-01-01' }), price({ amount: 1.9, period: 'four-months' })] });
    expect(v.stated).toBe(`1,59${NBSP}€ al mese`);
    expect(v.checked).toBe('2018-01-01');
  });
});

describe('switch-off ways', () => {
  const way = (label: string, cost: number): SwitchOffWay => ({ method: 'call', label, steps: [], cost });
  test('free ways and costly ways are split, each keeping the content order', () => {
    const { free, costly } = splitWays([way('119', 3.99), way('MyTIM', 0), way('800', 0), way('187', 3)]);
    expect(free.map((w) => w.label)).toEqual(['MyTIM', '800']);
    expect(costly.map((w) => w.label)).toEqual(['119', '187']);
  });
});
