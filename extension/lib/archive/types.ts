/** The invoice archive's data: what the parser reads from a portal page and what the archive keeps. */
import type { Period } from '../../../shared/money.ts';

export type InvoiceStatus = 'paid' | 'unpaid';

/** One detail line printed with an invoice (e.g. "TIM Safe Web Mobile 2,00 €"), when the portal shows them. */
export interface InvoiceItem {
  label: string;
  amountCents: number;
}

/** An invoice as read from a portal page: every field but the number may be missing. */
export interface ParsedInvoice {
  /** The number as the portal shows it ("8A00123456"). */
  number: string;
  /** The billing period as shown ("01/09/2026 - 30/09/2026", "Settembre 2026"), or null. */
  period: string | null;
  /** The first month the period covers, YYYY-MM (from the period, else the issue date), or null. */
  periodMonth: string | null;
  issueDate: string | null;
  amountCents: number | null;
  dueDate: string | null;
  status: InvoiceStatus | null;
  /** The line number or customer code, when shown. */
  line: string | null;
  /** Absolute URL of the document, same origin as the page only. */
  documentUrl: string | null;
  items: InvoiceItem[];
}

export type DocumentState = 'none' | 'stored' | 'failed';

export interface StatusChange {
  /** When Sentinella saw the change (ISO timestamp). */
  at: string;
  status: InvoiceStatus | null;
  amountCents: number | null;
}

/** An archived invoice: keyed by carrier and number. */
export interface InvoiceRecord extends ParsedInvoice {
  /** `${carrier}:${number}` */
  id: string;
  carrier: string;
  /** When Sentinella first archived it (ISO timestamp). */
  firstSeen: string;
  /** When Sentinella last changed it (a visit that changes nothing writes nothing). */
  lastSeen: string;
  /** Every status seen, oldest first (the first entry is the status at first sight). */
  history: StatusChange[];
  document: { state: DocumentState; attempts: number; lastError?: string; size?: number; type?: string };
}

/** A stored document, apart from the invoice rows so lists stay light. */
export interface DocumentRecord {
  id: string;
  type: string;
  bytes: ArrayBuffer;
  size: number;
  storedAt: string;
}

/** A paid extra as the spotlight saw it on a portal page (sent by the content script). */
export interface SeenExtra {
  /** The catalog id, or "unknown" for a paid service not in the catalog. */
  serviceId: string;
  /** The detector's key, carried as is (grammar in extension/lib/extra-key.ts); "Lo voglio tenere" keeps this key. */
  key: string;
  /** The name as the page shows it. */
  name: string;
  /** The price as the page shows it, or the catalog's when the page shows none (`priceFromCatalog`). */
  priceCents: number | null;
  period: Period | null;
  priceFromCatalog: boolean;
  /** The line the page shows the service on, when it shows one. */
  line: string | null;
}

/**
 * A paid extra seen on the portal, kept per (carrier, line, key). Whether the user keeps it is not here: the
 * one list of kept keys is extension/lib/wanted-services.ts.
 */
export interface SeenExtraRecord extends SeenExtra {
  /** `${carrier}|${line}|${key}` */
  id: string;
  carrier: string;
  /** When Sentinella first and last saw it on the portal (ISO timestamps). */
  firstSeen: string;
  lastSeen: string;
}

/** What the last capture on a portal page found: "14 fatture archiviate, 2 nuove". */
export interface CaptureSummary {
  at: string;
  carrier: string;
  seen: number;
  added: number;
  updated: number;
}

export function invoiceId(carrier: string, number: string): string {
  return `${carrier}:${number}`;
}

/** A document fetched by the content script (base64, for the message channel), or why it could not be. */
export type DocumentMessage = { id: string } & ({ ok: true; base64: string; contentType: string } | { ok: false; error: string });
