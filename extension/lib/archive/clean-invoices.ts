/**
 * Checks the invoices a content script sends before they are archived, as clean-seen-extras.ts does for paid
 * extras: a message comes from a carrier's page, so only the fields the archive knows are kept, each of the
 * expected kind and bounded in length; an invoice without a usable number is dropped; the document link must
 * be a web address on the sending page's own origin. One invoice number gives one result: a number listed
 * twice in a batch (a page that shows the same invoice in two layouts) is kept once, as first listed.
 */
import { isCalendarDate } from '../../../shared/calendar-date.ts';
import type { InvoiceItem, ParsedInvoice } from './types.ts';

/** More than this in one message is not a page of invoices. */
const MAX_INVOICES = 2000;
const MAX_ITEMS = 50;
const MAX_NUMBER = 60;
const MAX_TEXT = 120;
const MAX_URL = 2000;

function text(value: unknown, max: number): string | null {
  return typeof value === 'string' && value.trim() !== '' && value.length <= max ? value.trim() : null;
}

function cents(value: unknown): number | null {
  return typeof value === 'number' && Number.isSafeInteger(value) ? value : null;
}

function day(value: unknown): string | null {
  return typeof value === 'string' && isCalendarDate(value) ? value : null;
}

function sameOriginUrl(value: unknown, origin: string): string | null {
  const href = text(value, MAX_URL);
  if (!href) return null;
  try {
    const url = new URL(href);
    return url.origin === origin ? url.href : null;
  } catch {
    return null;
  }
}

function items(value: unknown): InvoiceItem[] {
  if (!Array.isArray(value)) return [];
  const out: InvoiceItem[] = [];
  for (const raw of value.slice(0, MAX_ITEMS)) {
    const label = text((raw as { label?: unknown })?.label, MAX_TEXT);
    const amountCents = cents((raw as { amountCents?: unknown })?.amountCents);
    if (label && amountCents !== null) out.push({ label, amountCents });
  }
  return out;
}

/** The invoices of one message, cleaned; `origin` is the sending page's (documents come only from there). */
export function cleanInvoices(invoices: unknown, origin: string): ParsedInvoice[] {
  if (!Array.isArray(invoices)) return [];
  const out: ParsedInvoice[] = [];
  const seen = new Set<string>();
  for (const raw of invoices.slice(0, MAX_INVOICES)) {
    if (!raw || typeof raw !== 'object') continue;
    const inv = raw as Record<string, unknown>;
    const number = text(inv.number, MAX_NUMBER);
    if (!number || seen.has(number)) continue;
    seen.add(number);
    const status = inv.status === 'paid' || inv.status === 'unpaid' ? inv.status : null;
    const periodMonth = typeof inv.periodMonth === 'string' && /^\d{4}-(?:0[1-9]|1[0-2])$/.test(inv.periodMonth) ? inv.periodMonth : null;
    out.push({
      number,
      period: text(inv.period, MAX_TEXT),
      periodMonth,
      issueDate: day(inv.issueDate),
      amountCents: cents(inv.amountCents),
      dueDate: day(inv.dueDate),
      status,
      line: text(inv.line, MAX_TEXT),
      documentUrl: sameOriginUrl(inv.documentUrl, origin),
      items: items(inv.items),
    });
  }
  return out;
}
