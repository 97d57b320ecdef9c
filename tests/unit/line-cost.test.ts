/** A line's real monthly cost from its invoices, and its comparison with the market (extension/lib/archive). */
import { describe, expect, test, vi } from 'vitest';

// The extension's words as an Italian browser gives them (lib/i18n.ts reads browser.i18n).
vi.mock('wxt/browser', async () => (await import('../support/locale-browser.ts')).browserIn('it'));
import { lineCosts, lineKind } from '../../extension/lib/archive/line-cost.ts';
import { compareLine, pickAverage, FRESH_DAYS } from '../../extension/lib/archive/market-compare.ts';
import type { InvoiceRecord } from '../../extension/lib/archive/types.ts';
import type { CompareCatalog, CompareMarketAverage, CompareOffer } from '../../shared/catalog/compare-catalog.ts';
import { filtersFromQuery } from '../../shared/offer-query.ts';

function invoice(number: string, line: string, month: string, amountCents: number, items: InvoiceRecord['items'] = []): InvoiceRecord {
  return {
    id: `tim:${number}`, carrier: 'tim', number, line, periodMonth: month, period: null, issueDate: `${month}-05`, amountCents, dueDate: null,
    status: 'paid', documentUrl: null, items, firstSeen: '', lastSeen: '', history: [], document: { state: 'none', attempts: 0 },
  };
}

const SERVICES = [{ id: 'tim-losai', name: 'LoSai', aliases: ['Lo Sai'] }];

describe('which lines are fixed and which mobile', () => {
  test('by the numbering plan: 0 fixed, 3 mobile, anything else unknown', () => {
    expect(lineKind('0612345678')).toBe('fixed');
    expect(lineKind('06 1234 5678')).toBe('fixed');
    expect(lineKind('+39 333 123 4567')).toBe('mobile');
    expect(lineKind('3331234567')).toBe('mobile');
    expect(lineKind('CLI-88213')).toBeNull();
    expect(lineKind(null)).toBeNull();
  });
});

describe('the monthly cost of a line', () => {
  const fixed = [
    invoice('A6', '0612345678', '2026-10', 3490),
    invoice('A5', '0612345678', '2026-09', 3490),
    invoice('A4', '0612345678', '2026-08', 2990),
    invoice('A3', '0612345678', '2026-07', 2990),
    invoice('A2', '0612345678', '2026-06', 102990),
    invoice('A1', '0612345678', '2026-05', 2990),
  ];

  test('averages over 3, 6 and 12 months, saying how many invoices each rests on; a total far above the usual is left out', () => {
    const [cost] = lineCosts(fixed, SERVICES);
    expect(cost!.windows).toEqual([
      { months: 3, averageCents: 3323, invoices: 3 },
      { months: 6, averageCents: 3190, invoices: 5 },
      { months: 12, averageCents: 3190, invoices: 5 },
    ]);
    expect(cost!.monthlyCents).toBe(3323);
    expect(cost!.basis).toBe('totals');
    expect(cost!.excluded).toEqual([{ number: 'A2', month: '2026-06', amountCents: 102990 }]);
    expect(cost!.trend).toEqual({ direction: 'up', fromCents: 2990, toCents: 3323 });
  });

  test('invoices older than 12 months before the newest do not count; several lines are kept apart', () => {
    const costs = lineCosts([...fixed, invoice('OLD', '0612345678', '2025-10', 9000), invoice('M1', '3331234567', '2026-10', 999)], SERVICES);
    expect(costs.map((c) => c.line)).toEqual(['0612345678', '3331234567']);
    expect(costs[0]!.windows[2]!.invoices).toBe(5);
    // One invoice: no window rests on three, so the figure is the longest window's, and says so.
    expect(costs[1]!.basedOn).toEqual({ months: 12, averageCents: 999, invoices: 1 });
    expect(costs[1]!.trend).toBeNull();
  });

  test('where every invoice lists its items, only the charges that recur count, and paid extras are named', () => {
    const items = (extra: InvoiceRecord['items']) => [{ label: 'Canone TIM Casa', amountCents: 2990 }, { label: 'LoSai', amountCents: 159 }, ...extra];
    const list = [
      invoice('B3', '0612345678', '2026-10', 3149, items([])),
      invoice('B2', '0612345678', '2026-09', 12149, items([{ label: 'Modem, rata unica', amountCents: 9000 }])),
      invoice('B1', '0612345678', '2026-08', 3149, items([])),
    ];
    const [cost] = lineCosts(list, SERVICES);
    expect(cost!.basis).toBe('recurring');
    expect(cost!.monthlyCents).toBe(3149);
    expect(cost!.excluded).toEqual([]);
    expect(cost!.extras).toEqual([{ serviceId: 'tim-losai', name: 'LoSai', monthlyCents: 159, where: 'invoices' }]);
  });
});

const average = (over: Partial<CompareMarketAverage>): CompareMarketAverage => ({
  id: 'x', label: 'offerte in fibra FTTH', kind: 'fixed', technology: 'FTTH', forUnknownTechnology: true, monthlyPrice: 25, approximate: false,
  asOfPrecision: 'day', method: 'media', asOf: '2026-06-01', source: { title: 'fonte.it', url: 'https://fonte.it/a' }, ...over,
});
const offer = (id: string, monthlyPrice: number, asOf: string, over: Partial<CompareOffer> = {}): CompareOffer => ({
  id, name: `Offerta ${id}`, carrier: 'iliad', carrierName: 'iliad', kind: 'fixed', technology: 'FTTH', monthlyPrice,
  activation: { amount: 0, instalments: 1 }, device: { amount: 0, instalments: 1 }, asOf, ...over,
});

describe('the comparison with the market', () => {
  const day = '2026-12-01';
  const [cost] = lineCosts([invoice('A3', '0612345678', '2026-10', 3500), invoice('A2', '0612345678', '2026-09', 3500), invoice('A1', '0612345678', '2026-08', 3500)], SERVICES);
  const catalog: CompareCatalog = {
    market: [average({ id: 'old', asOf: '2025-01-01', monthlyPrice: 30 }), average({ id: 'new', asOf: '2026-06-01', monthlyPrice: 25 }), average({ id: 'fwa', technology: 'FWA', forUnknownTechnology: false, monthlyPrice: 20, asOf: '2026-07-01' }), average({ id: 'mob', kind: 'mobile', technology: undefined, forUnknownTechnology: false, monthlyPrice: 10, approximate: true })],
    offers: [
      offer('cheap-fresh', 20, '2026-09-01'),
      offer('cheap-stale', 15, '2024-12-01'),
      offer('dear-fresh', 40, '2026-09-01'),
      offer('expired', 10, '2026-09-01', { validUntil: '2026-10-01' }),
      offer('mobile', 5, '2026-09-01', { kind: 'mobile', technology: '5G' }),
    ],
  };

  test('the newest average for the kind, the one meant for an unknown technology', () => {
    expect(pickAverage(catalog.market, 'fixed', null)?.id).toBe('new');
    expect(pickAverage(catalog.market, 'fixed', 'FWA')?.id).toBe('fwa');
    expect(pickAverage(catalog.market, 'mobile', null)?.id).toBe('mob');
  });

  test('says how much more a year the line costs than the average, with the source and its date', () => {
    const c = compareLine(cost!, catalog, 'https://sentinella.it', day);
    expect(c.benchmarkCents).toBe(2500);
    expect(c.yearlyDifferenceCents).toBe(12000);
    expect(c.sentence.replace(/\u00a0/g, " ")).toBe("Paghi circa 120 € l'anno in più della media delle offerte in fibra FTTH (25,00 € al mese, fonte.it, 1 giugno 2026).");
    expect(c.benchmarkOld).toBe(false);
  });

  test('only current offers with figures at most a year old are shown as cheaper', () => {
    const c = compareLine(cost!, catalog, 'https://sentinella.it', day);
    expect(c.cheaper.map((x) => x.offer.id)).toEqual(['cheap-fresh']);
    expect(c.cheaper[0]!.totalCents).toBe(2000 * 24);
    expect(c.cheaper[0]!.yearlySavingCents).toBe(1500 * 12);
    expect(c.staleOffers).toBe(1);
    // A year and a day later the fresh offer is stale too: nothing is recommended.
    const later = compareLine(cost!, catalog, 'https://sentinella.it', '2027-09-02');
    expect(later.cheaper).toEqual([]);
    expect(FRESH_DAYS).toBe(365);
  });

  test('a line cheaper than the average says so; an old average is flagged', () => {
    const [low] = lineCosts([invoice('L1', '0612345678', '2026-10', 1500)], SERVICES);
    const c = compareLine(low!, { ...catalog, market: [average({ asOf: '2025-07-01', asOfPrecision: 'month' })] }, 'https://sentinella.it', day);
    expect(c.sentence.replace(/\u00a0/g, " ")).toMatch(/^Paghi meno della media: circa 120 € l'anno in meno della media delle offerte in fibra FTTH \(25,00 € al mese, fonte\.it, luglio 2025\)\.$/);
    expect(c.benchmarkOld).toBe(true);
  });

  test('the link to the site opens the ranking with kind and maximum monthly price set', () => {
    const c = compareLine(cost!, catalog, 'https://sentinella.it', day);
    const url = new URL(c.siteLink!);
    expect(`${url.origin}${url.pathname}`).toBe('https://sentinella.it/offerte/');
    expect(filtersFromQuery(url.search)).toMatchObject({ kind: 'fixed', technology: null, maxMonthlyCents: 3500 });
  });

  test('a line whose kind is unknown is not compared', () => {
    const [code] = lineCosts([{ ...invoice('C1', 'CLI-1', '2026-10', 5000) }], SERVICES);
    const c = compareLine(code!, catalog, 'https://sentinella.it', day);
    expect(c.benchmark).toBeNull();
    expect(c.siteLink).toBeNull();
    expect(c.sentence).toMatch(/fissa o mobile/);
  });
});
