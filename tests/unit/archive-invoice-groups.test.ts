/** The archive list's sections: one per carrier and line, in a fixed order, each newest first with its sums. */
import { expect, test } from 'vitest';
import { groupInvoices } from '../../extension/lib/archive/invoice-groups.ts';
import type { InvoiceRecord } from '../../extension/lib/archive/types.ts';

const names: Record<string, string> = { tim: 'TIM', iliad: 'iliad', 'tim-business': 'TIM Business' };
const nameOf = (id: string) => names[id] ?? id;

function inv(carrier: string, number: string, line: string | null, amountCents: number | null): InvoiceRecord {
  return {
    id: `${carrier}:${number}`, carrier, number, line, amountCents, period: null, periodMonth: null, issueDate: null, dueDate: null,
    status: null, documentUrl: null, items: [], firstSeen: '', lastSeen: '', history: [], document: { state: 'none', attempts: 0 },
  };
}

test('one group per carrier and line, by carrier name then line, no line last; order inside kept; count and sum', () => {
  // Newest first, as the archive lists them, the carriers and lines interleaved.
  const list = [
    inv('tim', 'T3', '3331234567', 999),
    inv('iliad', 'I2', null, 1999),
    inv('tim', 'T2', '0612345678', 3490),
    inv('tim', 'T1', null, null),
    inv('tim', 'T0', '0612345678', 2990),
    inv('iliad', 'I1', null, 1999),
  ];
  const groups = groupInvoices(list, nameOf);
  expect(groups.map((g) => [g.carrier, g.line, g.invoices.map((i) => i.number), g.count, g.cents])).toEqual([
    ['iliad', null, ['I2', 'I1'], 2, 3998],
    ['tim', '0612345678', ['T2', 'T0'], 2, 6480],
    ['tim', '3331234567', ['T3'], 1, 999],
    ['tim', null, ['T1'], 1, 0],
  ]);
  expect(new Set(groups.map((g) => g.key)).size).toBe(4);
});

test('carriers sort by their shown name, lines as numbers, and two carriers sharing a line stay apart', () => {
  const list = [inv('tim-business', 'B1', '021', 100), inv('tim', 'T1', '021', 100), inv('tim', 'T2', '9', 100), inv('tim', 'T3', '10', 100)];
  expect(groupInvoices(list, nameOf).map((g) => `${g.carrier} ${g.line}`)).toEqual(['tim 9', 'tim 10', 'tim 021', 'tim-business 021']);
});

test('no invoices, no groups', () => {
  expect(groupInvoices([], nameOf)).toEqual([]);
});
