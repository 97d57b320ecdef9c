import { describe, expect, test, vi } from 'vitest';

// The extension's words as an Italian browser gives them (lib/i18n.ts reads browser.i18n).
vi.mock('wxt/browser', async () => (await import('../support/locale-browser.ts')).browserIn('it'));
import { invoicesToCsv } from '../../extension/lib/archive/csv.ts';
import { findPriceRises } from '../../extension/lib/archive/price-rise.ts';
import { riseFacts } from '../../extension/lib/archive/price-rise-notice.ts';
import { paidExtrasOnInvoices } from '../../extension/lib/archive/paid-extras.ts';
import type { InvoiceRecord } from '../../extension/lib/archive/types.ts';

function rec(number: string, month: string, cents: number | null, over: Partial<InvoiceRecord> = {}): InvoiceRecord {
  return {
    id: `tim:${number}`, carrier: 'tim', number, period: null, periodMonth: month, issueDate: `${month}-05`, amountCents: cents, dueDate: `${month}-26`,
    status: 'paid', line: '0612345678', documentUrl: null, items: [], firstSeen: '2026-01-01T00:00:00Z', lastSeen: '2026-01-01T00:00:00Z',
    history: [{ at: '2026-01-01T00:00:00Z', status: 'paid', amountCents: cents }], document: { state: 'none', attempts: 0 }, ...over,
  };
}

describe('CSV', () => {
  const rows = [rec('8A1', '2026-10', 123456, { period: 'Ottobre; 2026', status: 'unpaid', document: { state: 'stored', attempts: 1 } }), rec('=HYPERLINK("x")', '2026-09', 2990)];
  test('Italian spreadsheet conventions: ";" separator, comma decimals, dd/mm/yyyy, BOM', () => {
    const csv = invoicesToCsv(rows, { italian: true });
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(lines[0]).toBe('Operatore;Numero;Linea;Periodo;Emessa il;Scadenza;Importo (€);Stato;Documento archiviato');
    expect(lines[1]).toBe('tim;8A1;0612345678;"Ottobre; 2026";05/10/2026;26/10/2026;1234,56;da pagare;sì');
    expect(lines[2]).toBe(`tim;"'=HYPERLINK(""x"")";0612345678;2026-09;05/09/2026;26/09/2026;29,90;pagata;no`);
  });
  test('portal text that a spreadsheet would run as a formula is quoted; negative amounts stay numbers', () => {
    const csv = invoicesToCsv([rec('-1+1', '2026-09', -2990, { line: '-2+3|cmd' })], { italian: true });
    expect(csv.split('\r\n')[1]).toBe(`tim;'-1+1;'-2+3|cmd;2026-09;05/09/2026;26/09/2026;-29,90;pagata;no`);
  });
  test('international: "," separator, dot decimals, ISO dates', () => {
    const lines = invoicesToCsv(rows, { italian: false }).split('\r\n');
    expect(lines[1]).toBe('tim,8A1,0612345678,Ottobre; 2026,2026-10-05,2026-10-26,1234.56,da pagare,sì');
  });
});

describe('price rises on invoice totals (no detail lines)', () => {
  test('a rise that stays is found, with old and new amount and the yearly increase, and said to be on totals', () => {
    const invoices = [rec('1', '2026-06', 2990), rec('2', '2026-07', 2990), rec('3', '2026-08', 3490), rec('4', '2026-09', 3490)];
    const [rise, ...others] = findPriceRises(invoices);
    expect(others).toEqual([]);
    expect(rise).toMatchObject({ line: '0612345678', basis: 'total', oldCents: 2990, newCents: 3490, yearlyIncreaseCents: 6000 });
    expect(rise!.before.number).toBe('2');
    const facts = riseFacts(rise!, 'TIM');
    expect(facts).toContain('da 29,90\u00a0€ (luglio 2026) a 34,90\u00a0€ (agosto 2026)');
    expect(facts).toContain('60,00\u00a0€ in più all\'anno');
    expect(facts).toContain('confronto è sul totale');
  });
  test('a one-off charge that goes away is not a rise; lines are compared separately', () => {
    const invoices = [rec('1', '2026-06', 2990), rec('2', '2026-07', 4990), rec('3', '2026-08', 2990), rec('4', '2026-07', 1000, { line: '3331234567' }), rec('5', '2026-08', 900, { line: '3331234567' })];
    expect(findPriceRises(invoices)).toEqual([]);
  });
});

test('paid extras on invoice lines are matched to the catalog and summed', () => {
  const invoices = [
    rec('1', '2026-07', 3149, { items: [{ label: 'Canone', amountCents: 2990 }, { label: 'LoSai e ChiamaOra', amountCents: 159 }] }),
    rec('2', '2026-08', 3149, { items: [{ label: 'Lo Sai', amountCents: 159 }] }),
  ];
  const extras = paidExtrasOnInvoices(invoices, [{ id: 'tim-losai', name: 'LoSai', aliases: ['Lo Sai', 'ChiamaOra'] }, { id: 'tim-prime-go', name: 'TIM Prime Go', aliases: [] }]);
  expect(extras).toEqual([{ serviceId: 'tim-losai', name: 'LoSai', totalCents: 318, invoices: [
    { id: 'tim:1', number: '1', issueDate: '2026-07-05', amountCents: 159 }, { id: 'tim:2', number: '2', issueDate: '2026-08-05', amountCents: 159 },
  ] }]);
});

test('an invoice line goes to the service with the longest matching name, as on the portal', () => {
  const services = [{ id: 'tim-prime', name: 'TIM Prime', aliases: [] }, { id: 'tim-prime-go', name: 'TIM Prime Go', aliases: [] }];
  const extras = paidExtrasOnInvoices([rec('1', '2026-07', 2990, { items: [{ label: 'Opzione TIM Prime Go', amountCents: 199 }] })], services);
  expect(extras.map((e) => e.serviceId)).toEqual(['tim-prime-go']);
});

describe('summaries', async () => {
  const { totalsPerYear, totalsPerLine, monthlySpending, unpaidDueSoon, unpaidOverdue } = await import('../../extension/lib/archive/summaries.ts');
  const invoices = [rec('1', '2025-12', 2990), rec('2', '2026-02', 3490, { line: null }), rec('3', '2026-03', 3490, { status: 'unpaid', dueDate: '2026-03-26' })];
  test('totals per year and per line', () => {
    expect(totalsPerYear(invoices)).toEqual([{ key: '2026', count: 2, cents: 6980 }, { key: '2025', count: 1, cents: 2990 }]);
    expect(totalsPerLine(invoices)).toEqual([{ key: '0612345678', count: 2, cents: 6480 }, { key: 'Linea non indicata', count: 1, cents: 3490 }]);
  });
  test('monthly spending fills the months with no invoice', () => {
    expect(monthlySpending(invoices).map((t) => [t.key, t.cents])).toEqual([['2025-12', 2990], ['2026-01', 0], ['2026-02', 3490], ['2026-03', 3490]]);
  });
  test('unpaid invoices due soon', () => {
    expect(unpaidDueSoon(invoices, '2026-03-20').map((i) => i.number)).toEqual(['3']);
    expect(unpaidDueSoon(invoices, '2026-02-20')).toEqual([]);
    expect(unpaidDueSoon(invoices, '2026-03-27')).toEqual([]);
    expect(unpaidOverdue(invoices, '2026-03-27').map((i) => i.number)).toEqual(['3']);
  });
});
