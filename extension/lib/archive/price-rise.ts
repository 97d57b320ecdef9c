/**
 * Price rises seen on a line's archived invoices. Recurring charges are compared, not invoice totals, which
 * move with one-off items: when both invoices list their detail lines, the charges are those billed on both
 * (same name), and a rise is those charges going up and staying up on the next invoice. When an invoice shows
 * no detail lines, the totals are compared instead, and only a rise that stays counts (a one-off item goes
 * away the month after); the notice says which of the two it compared.
 *
 * A rise that falls between the effective date of a change the carrier announced (content/price-changes) for
 * that kind of line is named after it: what was announced, the deadline to withdraw and the letter to the
 * carrier's written channel. Without such a change the notice says only what the invoices show.
 */
import rules from 'virtual:sentinella-catalog/rules';
import { formatEuro } from '../../../shared/money.ts';
import { daysLeftText, increaseText, matchPriceChange, priceChangeLetter, type PriceChangeSlice } from '../../../shared/price-changes.ts';
import { formatItalianDate, formatMonthYear } from '../../../shared/format.ts';
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

function where(rise: PriceRise, carrierName: string): string {
  if (!rise.line) return `con ${carrierName}`;
  return /^\+?\d[\d\s]{5,}$/.test(rise.line) ? `sulla linea ${rise.line}` : `per il codice cliente ${rise.line}`;
}

/** What the invoices show, in Italian: the compared amounts, their months, the charges that rose, the yearly cost. */
export function riseFacts(rise: PriceRise, carrierName: string): string {
  const from = `${formatEuro(rise.oldCents)} (${formatMonthYear(rise.before.periodMonth!)})`;
  const to = `${formatEuro(rise.newCents)} (${formatMonthYear(rise.after.periodMonth!)})`;
  const yearly = `${formatEuro(rise.yearlyIncreaseCents)} in più all'anno`;
  if (rise.basis === 'total') {
    return `La bolletta ${where(rise, carrierName)} è passata da ${from} a ${to} e non è tornata indietro: ${yearly}. Le fatture archiviate non riportano le singole voci, quindi il confronto è sul totale.`;
  }
  const items = rise.risen.map((c) => `${c.label} da ${formatEuro(c.oldCents)} a ${formatEuro(c.newCents)}`).join('; ');
  return `I costi ricorrenti ${where(rise, carrierName)}, cioè le voci presenti in entrambe le fatture, sono passati da ${from} a ${to}: ${yearly}. Voci aumentate: ${items}. Gli addebiti una tantum non sono contati.`;
}

/** The notice for a rise an announced change explains: the change, its increase and the deadline. */
export function announcedNotice(change: PriceChangeSlice, carrierName: string, today: string): string {
  const deadline = `entro il ${formatItalianDate(change.deadline)} (${daysLeftText(change, today).toLowerCase()})`;
  return `L'aumento corrisponde a un rincaro annunciato da ${carrierName}: «${change.title}», ${increaseText(change)} dal ${formatItalianDate(change.effective)}. Puoi recedere o passare a un altro operatore senza penali né costi di disattivazione ${deadline}.${change.deadlineNote ? ` ${change.deadlineNote}` : ''}`;
}

/** The sentence the letter quotes as evidence: both invoices with their numbers and dates. */
function evidence(rise: PriceRise): string {
  const invoice = (inv: InvoiceRecord) => `fattura n. ${inv.number}${inv.issueDate ? ` del ${formatItalianDate(inv.issueDate)}` : ''}`;
  const what = rise.basis === 'recurring' ? 'I costi ricorrenti fatturati sono passati' : "L'importo fatturato è passato";
  return `${what} da ${formatEuro(rise.oldCents)} (${invoice(rise.before)}) a ${formatEuro(rise.newCents)} (${invoice(rise.after)}).`;
}

/** The withdrawal letter for a rise an announced change explains, addressed to that change's PEC and address. */
export function withdrawalLetter(rise: PriceRise, change: PriceChangeSlice, carrierName: string, today: string): string {
  return priceChangeLetter(change, { today, carrierName, line: rise.line, evidence: evidence(rise), article: rules.withdrawal.article });
}
