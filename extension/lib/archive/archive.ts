/**
 * Writing and reading the archive. Capturing is idempotent: the same page seen twice adds nothing;
 * a changed status or amount updates the invoice and is appended to its history.
 */
import type { ArchiveDB } from './db.ts';
import { t } from '../i18n.ts';
import { invoiceId, type CaptureSummary, type DocumentRecord, type InvoiceRecord, type ParsedInvoice } from './types.ts';

/**
 * Thrown when the browser refuses to store more: the message is what the user reads, in the extension's language
 * when it is written (it is kept as the archive's last error and shown as written).
 */
export class ArchiveFullError extends Error {
  constructor() {
    super(t('archiveFull'));
    this.name = 'ArchiveFullError';
  }
}

function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: string })?.name ?? '';
  const inner = (error as { inner?: { name?: string } })?.inner?.name ?? '';
  return name === 'QuotaExceededError' || inner === 'QuotaExceededError' || /quota/i.test(String((error as Error)?.message ?? ''));
}

/** Runs a write; an out-of-space failure becomes an ArchiveFullError and is recorded for the pages to show. */
export async function guarded<T>(db: ArchiveDB, write: () => Promise<T>, now = new Date()): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!isQuotaError(error)) throw error;
    const full = new ArchiveFullError();
    try {
      await db.put('meta', { at: now.toISOString(), message: full.message }, 'lastError');
    } catch {
      // Even the note may not fit: the error still reaches the caller.
    }
    throw full;
  }
}

export interface CaptureResult extends CaptureSummary {
  total: number;
  /** Invoices whose document should be fetched now: never stored, or failed on an earlier visit. */
  needDocuments: { id: string; url: string }[];
}

function merge(old: InvoiceRecord, seen: ParsedInvoice, at: string): { record: InvoiceRecord; changed: boolean } {
  const record: InvoiceRecord = { ...old, lastSeen: at };
  let changed = false;
  for (const key of ['period', 'periodMonth', 'issueDate', 'amountCents', 'dueDate', 'status', 'line', 'documentUrl'] as const) {
    const value = seen[key];
    if (value !== null && value !== old[key]) {
      (record as unknown as Record<string, unknown>)[key] = value;
      changed = true;
    }
  }
  if (seen.items.length > 0 && JSON.stringify(seen.items) !== JSON.stringify(old.items)) {
    record.items = seen.items;
    changed = true;
  }
  const statusChanged = seen.status !== null && seen.status !== old.status;
  const amountChanged = seen.amountCents !== null && seen.amountCents !== old.amountCents;
  if (statusChanged || amountChanged) record.history = [...old.history, { at, status: record.status, amountCents: record.amountCents }];
  return { record, changed };
}

/** Stores the invoices seen on one portal page, in one transaction. */
export async function captureInvoices(db: ArchiveDB, carrier: string, seen: ParsedInvoice[], now = new Date()): Promise<CaptureResult> {
  const at = now.toISOString();
  return guarded(db, async () => {
    const tx = db.transaction(['invoices', 'meta'], 'readwrite');
    const store = tx.objectStore('invoices');
    let added = 0;
    let updated = 0;
    const needDocuments: CaptureResult['needDocuments'] = [];
    const olds = await Promise.all(seen.map((inv) => store.get(invoiceId(carrier, inv.number))));
    const writes: Promise<unknown>[] = [];
    seen.forEach((inv, i) => {
      const old = olds[i];
      let record: InvoiceRecord;
      if (!old) {
        record = { ...inv, id: invoiceId(carrier, inv.number), carrier, firstSeen: at, lastSeen: at, history: [{ at, status: inv.status, amountCents: inv.amountCents }], document: { state: 'none', attempts: 0 } };
        added++;
        writes.push(store.put(record));
      } else {
        const merged = merge(old, inv, at);
        record = merged.record;
        if (merged.changed) {
          updated++;
          writes.push(store.put(record));
        }
      }
      if (record.document.state !== 'stored' && record.documentUrl) needDocuments.push({ id: record.id, url: record.documentUrl });
    });
    const summary: CaptureSummary = { at, carrier, seen: seen.length, added, updated };
    writes.push(tx.objectStore('meta').put(summary, 'lastCapture'));
    // A write that works again means the space problem is over: stop showing it.
    writes.push(tx.objectStore('meta').delete('lastError'));
    const total = await store.count();
    await Promise.all(writes);
    await tx.done;
    return { ...summary, total, needDocuments };
  }, now);
}

/**
 * Stores a fetched document with its invoice. A document already stored is kept as it is (false): the
 * first good copy stays, whatever a later page sends.
 */
export async function storeDocument(db: ArchiveDB, id: string, bytes: ArrayBuffer, type: string, now = new Date()): Promise<boolean> {
  return guarded(db, async () => {
    const tx = db.transaction(['invoices', 'documents'], 'readwrite');
    const invoice = await tx.objectStore('invoices').get(id);
    if (!invoice) throw new Error(`Fattura sconosciuta: ${id}`);
    if (invoice.document.state === 'stored' || (await tx.objectStore('documents').getKey(id)) !== undefined) {
      await tx.done;
      return false;
    }
    const doc: DocumentRecord = { id, type, bytes, size: bytes.byteLength, storedAt: now.toISOString() };
    await tx.objectStore('documents').put(doc);
    await tx.objectStore('invoices').put({ ...invoice, document: { state: 'stored', attempts: invoice.document.attempts + 1, size: doc.size, type } });
    await tx.done;
    return true;
  }, now);
}

/** Records that a document could not be fetched: it is tried again on a later visit. */
export async function recordDocumentFailure(db: ArchiveDB, id: string, reason: string): Promise<void> {
  const tx = db.transaction('invoices', 'readwrite');
  const invoice = await tx.store.get(id);
  if (invoice && invoice.document.state !== 'stored') {
    await tx.store.put({ ...invoice, document: { state: 'failed', attempts: invoice.document.attempts + 1, lastError: reason } });
  }
  await tx.done;
}

/** Newest first: by issue date, then billing month, then number. */
export function newestFirst(a: InvoiceRecord, b: InvoiceRecord): number {
  const ka = a.issueDate ?? (a.periodMonth ? `${a.periodMonth}-01` : '');
  const kb = b.issueDate ?? (b.periodMonth ? `${b.periodMonth}-01` : '');
  if (ka !== kb) return ka < kb ? 1 : -1;
  return a.number < b.number ? 1 : a.number > b.number ? -1 : 0;
}

export async function listInvoices(db: ArchiveDB): Promise<InvoiceRecord[]> {
  return (await db.getAll('invoices')).sort(newestFirst);
}

export function getDocument(db: ArchiveDB, id: string): Promise<DocumentRecord | undefined> {
  return db.get('documents', id);
}

/** Deletes an invoice and its document (the page asks the user first). */
export async function deleteInvoice(db: ArchiveDB, id: string): Promise<void> {
  const tx = db.transaction(['invoices', 'documents'], 'readwrite');
  await Promise.all([tx.objectStore('invoices').delete(id), tx.objectStore('documents').delete(id), tx.done]);
}

export async function lastCapture(db: ArchiveDB): Promise<CaptureSummary | undefined> {
  return (await db.get('meta', 'lastCapture')) as CaptureSummary | undefined;
}

export async function lastError(db: ArchiveDB): Promise<{ at: string; message: string } | undefined> {
  return (await db.get('meta', 'lastError')) as { at: string; message: string } | undefined;
}
