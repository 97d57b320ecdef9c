/**
 * Invoice pages the archive holds in full, by their fingerprint (carrier-page/invoices/page-signature.ts):
 * what lets a return visit to an unchanged page of 1,000 invoices skip reading it. A page is known only while
 * every invoice it showed is still archived and every one with a document link has its document stored; an
 * invoice deleted since, or a document that failed, makes the page unknown again, and the next visit reads it.
 * The same for rows: the print of each invoice row read on a page (carrier-page/invoices/row-print.ts), so a
 * changed page (one new invoice on top of 999) reads only its new rows.
 * A cache, not archive data: it is never exported, and losing it only means one more full read.
 */
import type { ArchiveDB } from './db.ts';
import { invoiceId, type CaptureSummary } from './types.ts';

/** The newest fingerprints kept (one per invoice page the user visits: a few per carrier). */
export const MAX_KNOWN_PAGES = 50;

export interface KnownPage {
  /** The archive ids of the invoices the page showed. */
  ids: string[];
  /** When the page was last found archived in full (ISO). */
  at: string;
}

export type KnownPages = Record<string, KnownPage>;

/** Per page address: each row print read there, with the archive id of the invoice it gave. */
export type KnownRows = Record<string, { prints: Record<string, string>; at: string }>;

/** The most row prints kept for one page address. */
export const MAX_ROWS_PER_PAGE = 10_000;

/** The rows a read of a page skipped as known and the ones it read (print, invoice number). */
export interface PageRows {
  url: string;
  read: readonly (readonly [string, string])[];
  skipped: readonly string[];
}

/** A row print: base 36, as row-print.ts writes it. */
const PRINT = /^[0-9a-z]{1,12}$/;

/** A fingerprint: 64 hex digits. */
const SIGNATURE = /^[0-9a-f]{64}$/;

async function readKnown(db: ArchiveDB): Promise<KnownPages> {
  return ((await db.get('meta', 'knownPages')) as KnownPages | undefined) ?? {};
}

async function readKnownRows(db: ArchiveDB): Promise<KnownRows> {
  return ((await db.get('meta', 'knownRows')) as KnownRows | undefined) ?? {};
}

/** The newest `max` entries of a record keyed by anything, each with an ISO `at`. */
function newest<T extends { at: string }>(entries: Record<string, T>, max: number): Record<string, T> {
  return Object.fromEntries(Object.entries(entries).sort(([, a], [, b]) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0)).slice(0, max));
}

/** The prints of rows read at `url` whose invoice (of `carrier`) is still archived in full: a read may skip them. */
export async function knownRowPrints(db: ArchiveDB, carrier: string, url: string): Promise<string[]> {
  const rows = await readKnownRows(db);
  const page = Object.hasOwn(rows, url) ? rows[url] : undefined;
  if (!page) return [];
  const entries = Object.entries(page.prints).filter(([, id]) => id.startsWith(`${carrier}:`));
  const tx = db.transaction('invoices');
  const records = await Promise.all(entries.map(([, id]) => tx.store.get(id)));
  await tx.done;
  return entries.filter((_, i) => {
    const r = records[i];
    return r !== undefined && (r.document.state === 'stored' || r.documentUrl === null);
  }).map(([print]) => print);
}

/** True when every invoice of `ids` is archived and holds its document (or the page gave it none). */
export async function archivedInFull(db: ArchiveDB, ids: readonly string[]): Promise<boolean> {
  if (ids.length === 0) return false;
  const tx = db.transaction('invoices');
  const records = await Promise.all(ids.map((id) => tx.store.get(id)));
  await tx.done;
  return records.every((r) => r !== undefined && (r.document.state === 'stored' || r.documentUrl === null));
}

/** True when the page of `carrier` with this fingerprint was archived in full and still is. */
export async function isKnownPage(db: ArchiveDB, carrier: string, signature: string, now = new Date()): Promise<boolean> {
  if (!SIGNATURE.test(signature)) return false;
  const known = await readKnown(db);
  const page = Object.hasOwn(known, signature) ? known[signature] : undefined;
  if (!page || !page.ids.every((id) => id.startsWith(`${carrier}:`)) || !(await archivedInFull(db, page.ids))) return false;
  // The visit counts as a capture of that page (nothing added, nothing changed), as a full read would.
  const summary: CaptureSummary = { at: now.toISOString(), carrier, seen: page.ids.length, added: 0, updated: 0 };
  await db.put('meta', summary, 'lastCapture');
  return true;
}

/**
 * Remembers the page of `carrier` with this fingerprint, showing the invoices numbered `numbers`, as archived in full, if it is (checked here, not taken from the
 * sender); keeps the newest MAX_KNOWN_PAGES. Returns whether it was remembered.
 */
export async function rememberPage(db: ArchiveDB, carrier: string, signature: string, numbers: readonly string[], rows?: PageRows, now = new Date()): Promise<boolean> {
  if (!SIGNATURE.test(signature)) return false;
  const at = now.toISOString();
  const ids = numbers.map((n) => invoiceId(carrier, n));
  // Rows skipped as known stand for the invoices they gave when they were read.
  const allRows = await readKnownRows(db);
  const before = rows && Object.hasOwn(allRows, rows.url) ? allRows[rows.url]!.prints : {};
  const prints: Record<string, string> = {};
  for (const print of rows?.skipped ?? []) {
    const id = Object.hasOwn(before, print) ? before[print] : undefined;
    if (id === undefined || !PRINT.test(print)) return false;
    prints[print] = id;
    ids.push(id);
  }
  for (const [print, number] of rows?.read ?? []) if (PRINT.test(print)) prints[print] = invoiceId(carrier, number);
  if (!(await archivedInFull(db, ids))) return false;
  const known = await readKnown(db);
  await db.put('meta', newest({ ...known, [signature]: { ids: [...new Set(ids)], at } }, MAX_KNOWN_PAGES), 'knownPages');
  if (rows) {
    const kept = Object.fromEntries(Object.entries(prints).slice(0, MAX_ROWS_PER_PAGE));
    await db.put('meta', newest({ ...allRows, [rows.url]: { prints: kept, at } }, MAX_KNOWN_PAGES), 'knownRows');
  }
  return true;
}
