/**
 * Checks the invoices a content script sends before they are archived, as clean-seen-extras.ts does for paid
 * extras: a message comes from a carrier's page, so each invoice is read leniently against the invoice schema
 * (records.ts): only the fields the archive knows are kept, each of the expected kind and bounded in length,
 * a value that does not fit becomes null; an invoice without a usable number is dropped, with the reason; the
 * document link must be a web address on the sending page's own origin. One invoice number gives one result:
 * a number listed twice in a batch (a page that shows the same invoice in two layouts) is kept once, as first
 * listed.
 */
import { parsedInvoice, readLeniently, type MessageLimits, type ParsedInvoice } from './records.ts';

/** More than this in one message is not a page of invoices. */
const MAX_INVOICES = 2000;

/** Text up to 120 characters (a longer one is not a label a page shows); detail lines up to 50 per invoice. */
const LIMITS: MessageLimits = { text: 120, fields: { number: 60, documentUrl: 2000 }, list: 50 };

/** An invoice left out of a message, and why. */
export interface DroppedInvoice {
  /** Its place in the message, from 0. */
  index: number;
  reason: string;
}

function sameOriginUrl(href: string | null, origin: string): string | null {
  if (href === null) return null;
  try {
    const url = new URL(href);
    return url.origin === origin ? url.href : null;
  } catch {
    return null;
  }
}

/** The invoices of one message, cleaned, and the ones left out with the reason; `origin` is the sending page's. */
export function readInvoiceMessage(invoices: unknown, origin: string): { invoices: ParsedInvoice[]; dropped: DroppedInvoice[] } {
  if (!Array.isArray(invoices)) return { invoices: [], dropped: [] };
  const out: ParsedInvoice[] = [];
  const dropped: DroppedInvoice[] = [];
  const seen = new Set<string>();
  invoices.slice(0, MAX_INVOICES).forEach((raw: unknown, index) => {
    const read = readLeniently(parsedInvoice, raw, LIMITS);
    if (!read.ok) {
      dropped.push({ index, reason: read.reason });
      return;
    }
    const invoice = read.value;
    if (seen.has(invoice.number)) {
      dropped.push({ index, reason: `numero ${invoice.number} già nel messaggio` });
      return;
    }
    seen.add(invoice.number);
    out.push({ ...invoice, documentUrl: sameOriginUrl(invoice.documentUrl, origin) });
  });
  return { invoices: out, dropped };
}

/** The invoices of one message, cleaned; `origin` is the sending page's (documents come only from there). */
export function cleanInvoices(invoices: unknown, origin: string): ParsedInvoice[] {
  return readInvoiceMessage(invoices, origin).invoices;
}
