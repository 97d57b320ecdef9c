/** The spotlight's stores: totals leave out wanted services; the wanted list toggles both ways. */
import { describe, expect, test } from 'vitest';
import { createSpotlightStore, yearlyTotal, type ServiceView } from '../../extension/carrier-page/spotlight/store.ts';
import { toggled } from '../../extension/lib/wanted-set.ts';
import { waysOut } from '../../extension/carrier-page/spotlight/ways-out.ts';
import catalog from 'virtual:sentinella-catalog';

const view = (key: string, yearlyCents: number | null, name = key): ServiceView => ({
  id: key.startsWith('unknown') ? 'unknown' : key,
  key,
  name,
  service: undefined,
  priceText: 'x',
  priceFromCatalog: false,
  period: 'month',
  monthlyCents: yearlyCents === null ? null : Math.round(yearlyCents / 12),
  yearlyCents,
});

describe('yearly total', () => {
  test.each([
    ['nothing', [], [], 0],
    ['all counted', [view('a', 2548), view('b', 1908)], [], 4456],
    ['a wanted one left out', [view('a', 2548), view('b', 1908)], ['a'], 1908],
    ['an unknown price adds nothing', [view('a', 2548), view('unknown:x', null)], [], 2548],
    ['all wanted', [view('a', 2548)], ['a'], 0],
  ] as [string, ServiceView[], string[], number][])('%s', (_t, services, wanted, total) => {
    expect(yearlyTotal(services, new Set(wanted))).toBe(total);
  });

  test('the store recomputes the total when the wanted set changes, and back', () => {
    const store = createSpotlightStore();
    store.show([view('a', 2548), view('b', 1908)]);
    expect(store.total.value).toBe(4456);
    store.wanted.value = toggled(store.wanted.value, 'a');
    expect(store.total.value).toBe(1908);
    store.wanted.value = toggled(store.wanted.value, 'a');
    expect(store.total.value).toBe(4456);
  });

  test('show() reports a change only when the list really changed', () => {
    const store = createSpotlightStore();
    expect(store.show([view('a', 2548)])).toBe(true);
    expect(store.show([view('a', 2548)])).toBe(false);
    expect(store.show([view('a', 2600)])).toBe(true);
    expect(store.show([])).toBe(true);
  });
});

describe('ways out', () => {
  test('free ways first, costly ones apart with their cost, the free number left to the panel', () => {
    const prime = catalog.services.find((s) => s.id === 'tim-prime-go')!;
    const { free, costly } = waysOut(prime);
    expect(free.length).toBeGreaterThan(0);
    expect(free.every((w) => w.costCents === 0)).toBe(true);
    expect([...free, ...costly].some((w) => w.href === 'tel:800442299')).toBe(false);
    // Costly ways, checked where the catalog lists one (TIM Prime Go lists none): LoSai's 119 operator call, 3,99 €.
    const losai = waysOut(catalog.services.find((s) => s.id === 'tim-losai')!);
    expect(losai.costly.map((w) => [w.costCents, w.href])).toEqual([[399, 'tel:119']]);
    expect(losai.free.every((w) => w.costCents === 0)).toBe(true);
    expect(losai.free.length).toBeGreaterThan(0);
  });

  test('an SMS code becomes an sms: link with its text', () => {
    const service = { ...catalog.services[0]!, switchOff: [{ method: 'sms' as const, label: 'Invia NO al 40920', number: '40920', smsText: 'NO LOSAI', steps: [], cost: 0 }] };
    expect(waysOut(service).free[0]!.href).toBe('sms:40920?body=NO%20LOSAI');
  });

  test('an unknown service has no catalog ways', () => {
    expect(waysOut(undefined)).toEqual({ free: [], costly: [] });
  });
});
