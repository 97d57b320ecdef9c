/** Sums the archive page shows: totals per year and per line, spending per month. */
import type { InvoiceRecord } from './types.ts';

export interface Total {
  key: string;
  count: number;
  cents: number;
}

function sumBy(invoices: InvoiceRecord[], keyOf: (inv: InvoiceRecord) => string | null): Total[] {
  const map = new Map<string, Total>();
  for (const inv of invoices) {
    const key = keyOf(inv);
    if (key === null) continue;
    const t = map.get(key) ?? { key, count: 0, cents: 0 };
    t.count++;
    t.cents += inv.amountCents ?? 0;
    map.set(key, t);
  }
  return [...map.values()];
}

/** The year an invoice belongs to: its issue date, else its billing month. */
export function invoiceYear(inv: InvoiceRecord): string | null {
  return (inv.issueDate ?? inv.periodMonth)?.slice(0, 4) ?? null;
}

export function totalsPerYear(invoices: InvoiceRecord[]): Total[] {
  return sumBy(invoices, invoiceYear).sort((a, b) => (a.key < b.key ? 1 : -1));
}

// A key, not a label: the page shows it through t('archiveNoLine').
export const NO_LINE = 'Linea non indicata';

export function totalsPerLine(invoices: InvoiceRecord[]): Total[] {
  return sumBy(invoices, (inv) => inv.line ?? NO_LINE).sort((a, b) => b.cents - a.cents);
}

/** Spending per billing month (YYYY-MM), oldest first, with empty months filled in between. */
export function monthlySpending(invoices: InvoiceRecord[]): Total[] {
  const sums = sumBy(invoices, (inv) => inv.periodMonth ?? inv.issueDate?.slice(0, 7) ?? null).sort((a, b) => (a.key < b.key ? -1 : 1));
  if (sums.length === 0) return [];
  const byKey = new Map(sums.map((t) => [t.key, t]));
  const out: Total[] = [];
  let [y, m] = sums[0]!.key.split('-').map(Number) as [number, number];
  const last = sums[sums.length - 1]!.key;
  for (;;) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    out.push(byKey.get(key) ?? { key, count: 0, cents: 0 });
    if (key >= last) break;
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

/** Unpaid invoices due from `today` to `days` later, soonest first (overdue ones are counted apart). */
export function unpaidDueSoon(invoices: InvoiceRecord[], today: string, days = 14): InvoiceRecord[] {
  const limit = new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  return invoices
    .filter((inv) => inv.status === 'unpaid' && inv.dueDate !== null && inv.dueDate >= today && inv.dueDate <= limit)
    .sort((a, b) => (a.dueDate! < b.dueDate! ? -1 : 1));
}

/** Unpaid invoices whose due date has passed (as the portal last showed them). */
export function unpaidOverdue(invoices: InvoiceRecord[], today: string): InvoiceRecord[] {
  return invoices.filter((inv) => inv.status === 'unpaid' && inv.dueDate !== null && inv.dueDate < today);
}
