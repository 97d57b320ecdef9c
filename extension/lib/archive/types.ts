/** The invoice archive's data: what the parser reads from a portal page and what the archive keeps. */
import type { Period } from '../../../shared/money.ts';

/**
 * The invoice records' shapes are zod/mini schemas in records.ts, each field documented there; these types are
 * inferred from them, so the types, the message cleaner and the backup check cannot disagree.
 */
export type { DocumentState, InvoiceItem, InvoiceRecord, InvoiceStatus, ParsedInvoice, StatusChange } from './records.ts';

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
