/**
 * Invoice pages the archive holds in full, by their fingerprint (carrier-page/invoices/page-signature.ts):
 * what lets a return visit to an unchanged page of 1,000 invoices skip reading it. A page is known only while
 * every invoice it showed is still archived and every one with a document link has its document stored; an
 * invoice deleted since, or a document that failed, makes the page unknown again, and the next visit reads it.
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

/** A fingerprint: 64 hex digits. */
const SIGNATURE = /^[0-9a-f]{64}$/;

async function readKnown(db: ArchiveDB): Promise<KnownPages> {
  return ((await db.get('meta', 'knownPages')) as KnownPages | undefined) ?? {};
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
export async function rememberPage(db: ArchiveDB, carrier: string, signature: string, numbers: readonly string[], now = new Date()): Promise<boolean> {
  const ids = numbers.map((n) => invoiceId(carrier, n));
  if (!SIGNATURE.test(signature) || !(await archivedInFull(db, ids))) return false;
  const known = await readKnown(db);
  const next: KnownPages = { ...known, [signature]: { ids: [...new Set(ids)], at: now.toISOString() } };
  const newest = Object.entries(next).sort(([, a], [, b]) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0)).slice(0, MAX_KNOWN_PAGES);
  await db.put('meta', Object.fromEntries(newest), 'knownPages');
  return true;
}
