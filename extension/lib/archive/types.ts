/** The invoice archive's data: what the parser reads from a portal page and what the archive keeps. */

/**
 * The records' shapes (invoices, paid extras seen on the portal) are zod/mini schemas in records.ts, each field
 * documented there; these types are inferred from them, so the types, the message cleaners and the backup
 * check cannot disagree.
 */
export type { DocumentState, InvoiceItem, InvoiceRecord, InvoiceStatus, ParsedInvoice, SeenExtra, SeenExtraRecord, StatusChange } from './records.ts';

/** A stored document, apart from the invoice rows so lists stay light. */
export interface DocumentRecord {
  id: string;
  type: string;
  bytes: ArrayBuffer;
  size: number;
  storedAt: string;
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
