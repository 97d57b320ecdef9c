/** The archive list's sections: one per carrier and line, each with its invoices in the order given and its sums. */
import type { InvoiceRecord } from './types.ts';

export interface InvoiceGroup {
  /** `${carrier}\n${line}`, stable across renders (the line is '' when the invoices do not say it). */
  key: string;
  carrier: string;
  /** The line number or customer code, or null when the invoices do not say it. */
  line: string | null;
  invoices: InvoiceRecord[];
  count: number;
  /** Sum of the known amounts (an invoice without an amount adds nothing). */
  cents: number;
}

export const groupKey = (inv: Pick<InvoiceRecord, 'carrier' | 'line'>): string => `${inv.carrier}\n${inv.line ?? ''}`;

const collator = new Intl.Collator('it', { numeric: true, sensitivity: 'base' });

/**
 * Groups invoices by carrier and line, keeping their order inside each group (the archive lists them newest
 * first). Groups come by carrier name, then line; within a carrier the invoices with no line come last.
 */
export function groupInvoices(invoices: readonly InvoiceRecord[], carrierName: (id: string) => string): InvoiceGroup[] {
  const groups = new Map<string, InvoiceGroup>();
  for (const inv of invoices) {
    const key = groupKey(inv);
    let group = groups.get(key);
    if (!group) {
      group = { key, carrier: inv.carrier, line: inv.line ?? null, invoices: [], count: 0, cents: 0 };
      groups.set(key, group);
    }
    group.invoices.push(inv);
    group.count++;
    group.cents += inv.amountCents ?? 0;
  }
  return [...groups.values()].sort(
    (a, b) =>
      collator.compare(carrierName(a.carrier), carrierName(b.carrier)) ||
      collator.compare(a.carrier, b.carrier) ||
      Number(a.line === null) - Number(b.line === null) ||
      collator.compare(a.line ?? '', b.line ?? ''),
  );
}
