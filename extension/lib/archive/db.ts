/**
 * The archive database (IndexedDB through idb), in the extension's own origin: the background worker
 * writes it, extension pages (archive, popup) read it. Never opened from a content script.
 *
 * Versions (each with its own upgrade step, run in order; data is never dropped):
 *   1. `invoices` keyed by id ("carrier:number"), the document bytes inline (`pdf`, `pdfType`).
 *   2. documents moved to their own `documents` store; each invoice gains `history` (status changes),
 *      `document` (stored / failed / none, attempts) and `items`; a `meta` store; indexes by carrier.
 *   3. a `seenExtras` store: paid extras the spotlight saw on the portal, one per (carrier, line, service).
 *   4. each seen extra's key is the detector's (extension/lib/extra-key.ts): a record seen on a line gets
 *      "@line" after its key (and its id follows); its `wanted` flag leaves the record for the one list of kept
 *      keys, parked in meta `wantedToAdopt` until wanted-services.ts takes it over.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { KnownPages, KnownRows } from './known-pages.ts';
import { upgradeSeenExtra } from './seen-extras.ts';
import type { CaptureSummary, DocumentRecord, InvoiceRecord, SeenExtraRecord } from './types.ts';

export const DB_NAME = 'sentinella-archive';
export const DB_VERSION = 4;

/** Keys of the meta store. */
export interface ArchiveMeta {
  lastCapture: CaptureSummary;
  /** The last write that failed (e.g. out of space), shown on the archive page and in the popup. */
  lastError: { at: string; message: string };
  /** Keys kept ("Lo voglio tenere") found in old records or a restored backup, not yet in the wanted list. */
  wantedToAdopt: string[];
  /** Invoice pages archived in full, by fingerprint (known-pages.ts): a cache, never exported. */
  knownPages: KnownPages;
  /** Invoice rows read per page address, by print (known-pages.ts): a cache, never exported. */
  knownRows: KnownRows;
}

export interface ArchiveSchema extends DBSchema {
  invoices: { key: string; value: InvoiceRecord; indexes: { carrier: string } };
  documents: { key: string; value: DocumentRecord };
  meta: { key: keyof ArchiveMeta; value: ArchiveMeta[keyof ArchiveMeta] };
  seenExtras: { key: string; value: SeenExtraRecord; indexes: { carrier: string } };
}

export type ArchiveDB = IDBPDatabase<ArchiveSchema>;

/** What a version-1 invoice looked like (read only by the upgrade to version 2). */
export interface InvoiceV1 {
  id: string;
  carrier: string;
  number: string;
  period: string | null;
  issueDate: string | null;
  amountCents: number | null;
  dueDate: string | null;
  status: 'paid' | 'unpaid' | null;
  line: string | null;
  documentUrl: string | null;
  firstSeen: string;
  lastSeen: string;
  pdf?: ArrayBuffer;
  pdfType?: string;
}

type UpgradeTx = IDBPTransaction<ArchiveSchema, StoreNames<ArchiveSchema>[], 'versionchange'>;

function toVersion1(db: ArchiveDB): void {
  db.createObjectStore('invoices', { keyPath: 'id' });
}

/** Moves inline documents to their own store and gives every invoice its history and document state. */
async function toVersion2(db: ArchiveDB, tx: UpgradeTx): Promise<void> {
  db.createObjectStore('documents', { keyPath: 'id' });
  db.createObjectStore('meta');
  const invoices = tx.objectStore('invoices');
  invoices.createIndex('carrier', 'carrier');
  const documents = tx.objectStore('documents');
  for (let cursor = await invoices.openCursor(); cursor; cursor = await cursor.continue()) {
    const old = cursor.value as unknown as InvoiceV1;
    const { pdf, pdfType, ...rest } = old;
    const month = /^(\d{4}-\d{2})/.exec(rest.issueDate ?? '')?.[1] ?? null;
    const record: InvoiceRecord = {
      ...rest,
      periodMonth: month,
      items: [],
      history: [{ at: rest.firstSeen, status: rest.status, amountCents: rest.amountCents }],
      document: pdf ? { state: 'stored', attempts: 1, size: pdf.byteLength, type: pdfType ?? 'application/pdf' } : { state: 'none', attempts: 0 },
    };
    if (pdf) await documents.put({ id: rest.id, type: pdfType ?? 'application/pdf', bytes: pdf, size: pdf.byteLength, storedAt: rest.lastSeen });
    await cursor.update(record);
  }
}

/** Adds the store of paid extras seen on the portal; invoices, documents and meta are untouched. */
function toVersion3(db: ArchiveDB): void {
  db.createObjectStore('seenExtras', { keyPath: 'id' }).createIndex('carrier', 'carrier');
}

/** Gives every seen extra the detector's key (its line in it) and moves its wanted flag to `wantedToAdopt`. */
async function toVersion4(tx: UpgradeTx): Promise<void> {
  const store = tx.objectStore('seenExtras');
  const kept: string[] = [];
  for (let cursor = await store.openCursor(); cursor; cursor = await cursor.continue()) {
    const old = cursor.value as SeenExtraRecord & { wanted?: boolean };
    const { record, kept: wanted } = upgradeSeenExtra(old);
    if (wanted) kept.push(record.key);
    if (record.id === old.id) await cursor.update(record);
    else {
      await cursor.delete();
      await store.put(record);
    }
  }
  if (kept.length > 0) await tx.objectStore('meta').put([...new Set(kept)], 'wantedToAdopt');
}

/**
 * Opens (and upgrades) the archive. When this connection ends, `onClosed` runs, so a caller that keeps the
 * connection drops it and opens a fresh one on its next use:
 * - a newer version of the extension wants the database (`blocking`): this connection closes itself so it
 *   can upgrade;
 * - the browser closed the connection itself (`terminated`: storage cleared, disk error, the origin evicted).
 * `onBlocked` runs while this open waits for an older connection (another tab of an older version) to close.
 */
export async function openArchive(name = DB_NAME, onClosed?: () => void, onBlocked?: () => void): Promise<ArchiveDB> {
  const db: ArchiveDB = await openDB<ArchiveSchema>(name, DB_VERSION, {
    async upgrade(db, oldVersion, _newVersion, tx) {
      if (oldVersion < 1) toVersion1(db);
      if (oldVersion < 2) await toVersion2(db, tx);
      if (oldVersion < 3) toVersion3(db);
      if (oldVersion < 4) await toVersion4(tx);
    },
    // A newer version wants to open (the extension was updated): step aside so it can upgrade.
    blocking: () => {
      db.close();
      onClosed?.();
    },
    // The browser ended the connection: every later request on it would fail.
    terminated: () => onClosed?.(),
    blocked: () => onBlocked?.(),
  });
  return db;
}
