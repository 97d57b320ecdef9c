/**
 * Price rises seen on a line's archived invoices. Recurring charges are compared, not invoice totals, which
 * move with one-off items: when both invoices list their detail lines, the charges are those billed on both
 * (same name), and a rise is those charges going up and staying up on the next invoice. When an invoice shows
 * no detail lines, the totals are compared instead, and only a rise that stays counts (a one-off item goes
 * away the month after); the notice says which of the two it compared.
 *
 * A rise that falls between the effective date of a change the carrier announced (content/price-changes) for
 * that kind of line is named after it (announcedChangeFor). What the notice says is in price-rise-notice.ts,
 * the letter to the carrier's written channel in withdrawal-letter.ts.
 */
import { matchPriceChange, type PriceChangeSlice } from '../../../shared/price-changes.ts';
import { normalizeName } from '../../../shared/text.ts';
import type { InvoiceRecord } from './types.ts';

/** A recurring charge billed on both invoices that went up. */
export interface RisenCharge {
  label: string;
  oldCents: number;
  newCents: number;
}

export interface PriceRise {
  carrier: string;
  line: string | null;
  before: InvoiceRecord;
  after: InvoiceRecord;
  /** recurring: the charges billed on both invoices; total: the invoice totals (an invoice listed no detail lines). */
  basis: 'recurring' | 'total';
  /** What was compared, before and after, in cents. */
  oldCents: number;
  newCents: number;
  /** The recurring charges that went up (basis recurring), largest increase first. */
  risen: RisenCharge[];
  /** The increase over a year of monthly bills (billing is monthly by law since L. 172/2017). */
  yearlyIncreaseCents: number;
}

/** Charges per normalised name: two lines with the same name are one charge, summed. */
function charges(inv: InvoiceRecord): Map<string, { label: string; cents: number }> {
  const byName = new Map<string, { label: string; cents: number }>();
  for (const item of inv.items) {
    const key = normalizeName(item.label);
    const seen = byName.get(key);
    if (seen) seen.cents += item.amountCents;
    else byName.set(key, { label: item.label, cents: item.amountCents });
  }
  return byName;
}

function sumOf(map: Map<string, { cents: number }>, keys: readonly string[]): number {
  return keys.reduce((sum, k) => sum + (map.get(k)?.cents ?? 0), 0);
}

/** The rise between two consecutive invoices of a line, or null; `next` (the invoice after) must keep it. */
function riseBetween(before: InvoiceRecord, after: InvoiceRecord, next: InvoiceRecord | undefined): Omit<PriceRise, 'carrier' | 'line' | 'before' | 'after' | 'yearlyIncreaseCents'> | null {
  if (before.items.length > 0 && after.items.length > 0) {
    const old = charges(before);
    const now = charges(after);
    const common = [...old.keys()].filter((k) => now.has(k));
    if (common.length === 0) return null;
    const oldCents = sumOf(old, common);
    const newCents = sumOf(now, common);
    if (newCents <= oldCents) return null;
    // It stays: on the next invoice that lists its lines, the same charges still cost more than before.
    if (next && next.items.length > 0 && sumOf(charges(next), common) <= oldCents) return null;
    const risen = common
      .map((k) => ({ label: now.get(k)!.label, oldCents: old.get(k)!.cents, newCents: now.get(k)!.cents }))
      .filter((c) => c.newCents > c.oldCents)
      .sort((a, b) => b.newCents - b.oldCents - (a.newCents - a.oldCents));
    return { basis: 'recurring', oldCents, newCents, risen };
  }
  if (before.amountCents === null || after.amountCents === null) return null;
  if (after.amountCents <= before.amountCents) return null;
  if (next && next.amountCents !== null && next.amountCents <= before.amountCents) return null;
  return { basis: 'total', oldCents: before.amountCents, newCents: after.amountCents, risen: [] };
}

/** Every persistent rise, newest first, per carrier and line. */
export function findPriceRises(invoices: InvoiceRecord[]): PriceRise[] {
  const groups = new Map<string, InvoiceRecord[]>();
  for (const inv of invoices) {
    if (!inv.periodMonth || (inv.amountCents === null && inv.items.length === 0)) continue;
    const key = `${inv.carrier}|${inv.line ?? ''}`;
    const group = groups.get(key);
    if (group) group.push(inv);
    else groups.set(key, [inv]);
  }
  const rises: PriceRise[] = [];
  for (const list of groups.values()) {
    list.sort((a, b) => (a.periodMonth! < b.periodMonth! ? -1 : a.periodMonth! > b.periodMonth! ? 1 : 0));
    for (let i = 1; i < list.length; i++) {
      const before = list[i - 1]!;
      const after = list[i]!;
      if (before.periodMonth === after.periodMonth) continue;
      const rise = riseBetween(before, after, list[i + 1]);
      if (!rise) continue;
      rises.push({ carrier: after.carrier, line: after.line, before, after, ...rise, yearlyIncreaseCents: (rise.newCents - rise.oldCents) * 12 });
    }
  }
  return rises.sort((a, b) => (a.after.periodMonth! < b.after.periodMonth! ? 1 : -1));
}

/** The announced change that explains the rise (same carrier, kind of line and dates), if one does. */
export function announcedChangeFor(rise: PriceRise, changes: readonly PriceChangeSlice[]): PriceChangeSlice | undefined {
  return matchPriceChange(changes, { carrier: rise.carrier, line: rise.line, beforeMonth: rise.before.periodMonth!, afterMonth: rise.after.periodMonth! });
}
