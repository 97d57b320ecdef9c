/**
 * The full JSON backup of the archive, documents included (base64), and its restore.
 * Restore checks the WHOLE file before writing anything: a malformed, truncated, foreign or newer file
 * gets one clear Italian message and the archive is left untouched. A good file merges without duplicates.
 */
import * as z from 'zod/mini';
import catalog from 'virtual:sentinella-catalog';
import { carrierForHost } from '../carrier-for-host.ts';
import { MAX_DOCUMENT_BYTES } from './limits.ts';
import { documentKind } from './document-kind.ts';
import type { ArchiveDB } from './db.ts';
import { guarded } from './archive.ts';
import { upgradeSeenExtra } from './seen-extras.ts';
import { base64ToBytes, bytesToBase64 } from './base64.ts';
import type { DocumentRecord, InvoiceRecord, SeenExtraRecord } from './types.ts';
import { IN_ITALIAN, invoiceRecord, seenExtraIdMatches, seenExtraRecordFields } from './records.ts';
import { t } from '../i18n.ts';

export const BACKUP_FORMAT = 'sentinella-archivio-fatture';
export const BACKUP_VERSION = 1;

// The records' schemas, and zod's jitless setting for extension pages, are in records.ts.

const documentSchema = z.object({
  id: z.string(),
  type: z.string(),
  size: z.int().check(z.minimum(0)),
  storedAt: z.string(),
  base64: z.string().check(z.regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'non è base64' })),
});

/** A paid extra seen on the portal (optional in the file: backups made before they were kept have none). */
const seenExtraSchema = z
  .extend(seenExtraRecordFields, {
    /** Only in files made before the kept keys moved to their one list (then the key had no "@line" either). */
    wanted: z.optional(z.boolean()),
  })
  .check(seenExtraIdMatches);

const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  createdAt: z.string(),
  invoices: z.array(invoiceRecord),
  documents: z.array(documentSchema),
  seenExtras: z.optional(z.array(seenExtraSchema)),
  /** The keys the user keeps ("Lo voglio tenere"); older files have none and say it per seen extra. */
  wanted: z.optional(z.array(z.string().check(z.minLength(1), z.maxLength(200))).check(z.maxLength(10_000))),
});

export type Backup = z.infer<typeof backupSchema>;

/** The whole archive as one JSON-ready object. */
export async function createBackup(db: ArchiveDB, now = new Date(), wanted: Iterable<string> = []): Promise<Backup> {
  const tx = db.transaction(['invoices', 'documents', 'seenExtras'], 'readonly');
  const [invoices, documents, seenExtras] = await Promise.all([tx.objectStore('invoices').getAll(), tx.objectStore('documents').getAll(), tx.objectStore('seenExtras').getAll(), tx.done]);
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: now.toISOString(),
    invoices,
    documents: documents.map((d) => ({ id: d.id, type: d.type, size: d.size, storedAt: d.storedAt, base64: bytesToBase64(d.bytes) })),
    seenExtras,
    wanted: [...wanted].sort(),
  };
}

export type BackupCheck = { ok: true; backup: Backup; documents: DocumentRecord[] } | { ok: false; error: string };


/**
 * The largest backup file read back. It is streamed (backup-stream.ts), never read as one string, but every
 * document's bytes are held until the one restore transaction writes them: 2 GB of file is 1.5 GB of documents.
 */
export const MAX_BACKUP_BYTES = 2 * 1024 * 1024 * 1024;

/** The restore's refusal, naming what is wrong (`what` in the extension's language, a record's id or a schema's words inside). */
export const damaged = (what: string) => t('backupDamaged', what);

/** A file that is not JSON, or stops short. */
export const unreadable = () => t('backupUnreadable');

export type Operators = Pick<(typeof catalog.operators)[number], 'id' | 'hosts'>[];

/**
 * What a record's schema cannot say alone, checked record by record so the message names the record: ids
 * given twice, carriers Sentinella does not know, document links outside the carrier's portal, documents over
 * the size cap. (Days and months that do not exist, and moments that are not dates, are the invoice schema's
 * own checks in records.ts: the message cleaner drops them from a page's message by the same rule.)
 */
function checkRecords(backup: z.infer<typeof backupSchema>, operators: Operators): string | null {
  const carriers = new Set(operators.map((o) => o.id));
  const ids = new Set<string>();
  for (const inv of backup.invoices) {
    if (ids.has(inv.id)) return damaged(t('backupInvoiceTwice', inv.id));
    ids.add(inv.id);
    if (!carriers.has(inv.carrier)) return damaged(t('backupInvoiceUnknownCarrier', [inv.id, inv.carrier]));
    if (inv.documentUrl !== null) {
      let url: URL | undefined;
      try {
        url = new URL(inv.documentUrl);
      } catch {
        url = undefined;
      }
      if (!url || url.protocol !== 'https:' || carrierForHost(url.hostname, operators) !== inv.carrier) {
        return damaged(t('backupInvoiceElsewhere', [inv.id, url?.hostname ?? inv.documentUrl]));
      }
    }
  }
  const docIds = new Set<string>();
  for (const d of backup.documents) {
    if (docIds.has(d.id)) return damaged(t('backupDocumentTwice', d.id));
    docIds.add(d.id);
    if (d.size > MAX_DOCUMENT_BYTES) return damaged(t('backupDocumentTooLarge', [d.id, String(MAX_DOCUMENT_BYTES / 1024 / 1024)]));
  }
  const extraIds = new Set<string>();
  for (const e of backup.seenExtras ?? []) {
    if (extraIds.has(e.id)) return damaged(t('backupExtraTwice', e.id));
    extraIds.add(e.id);
    if (!carriers.has(e.carrier)) return damaged(t('backupExtraUnknownCarrier', [e.id, e.carrier]));
  }
  return null;
}

/**
 * One message for a file the schema refuses. A value of the wrong kind or form is named by its place
 * ("invoices.1.amountCents"), and comes first; what a record's own checks refuse (a day that does not exist)
 * names the invoice, as checkRecords does.
 */
function describeProblem(data: unknown, issues: readonly z.core.$ZodIssue[]): string {
  const issue = issues.find((i) => i.code !== 'custom') ?? issues[0]!;
  const [list, index] = issue.path;
  if (issue.code === 'custom' && list === 'invoices' && typeof index === 'number') {
    const id = (data as { invoices: { id?: unknown }[] }).invoices[index]?.id;
    if (typeof id === 'string') return damaged(t('backupInvoiceIssue', [id, issue.message]));
  }
  // The schema's own words (records.ts's error map) say what is wrong with the value.
  return damaged(t('backupIssue', [issue.path.join('.') || 'file', issue.message]));
}

/** Checks a backup file's text completely, decoding every document; nothing is written here. */
export function checkBackup(text: string, operators: Operators = catalog.operators): BackupCheck {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: unreadable() };
  }
  return checkData(data, (d) => base64ToBytes(d.base64), operators);
}

/**
 * Checks a parsed backup. `bytesOf` gives each document's bytes (or throws if its base64 cannot be decoded):
 * from its base64 here, or already decoded while a large file was streamed (backup-stream.ts).
 */
export function checkData(data: unknown, bytesOf: (d: Backup['documents'][number], index: number) => ArrayBuffer, operators: Operators = catalog.operators): BackupCheck {
  if (!data || typeof data !== 'object' || (data as { format?: unknown }).format !== BACKUP_FORMAT) return { ok: false, error: t('backupNotOurs') };
  const version = (data as { version?: unknown }).version;
  if (version !== BACKUP_VERSION) {
    return { ok: false, error: t('backupVersion', String(version)) };
  }
  const parsed = backupSchema.safeParse(data, IN_ITALIAN);
  if (!parsed.success) return { ok: false, error: describeProblem(data, parsed.error.issues) };
  const problem = checkRecords(parsed.data, operators);
  if (problem) return { ok: false, error: problem };
  const ids = new Set(parsed.data.invoices.map((i) => i.id));
  const documents: DocumentRecord[] = [];
  for (const [index, d] of parsed.data.documents.entries()) {
    if (!ids.has(d.id)) return { ok: false, error: damaged(t('backupDocumentOrphan', d.id)) };
    let bytes: ArrayBuffer;
    try {
      bytes = bytesOf(d, index);
    } catch {
      return { ok: false, error: damaged(t('backupDocumentUnreadable', d.id)) };
    }
    if (bytes.byteLength !== d.size) return { ok: false, error: damaged(t('backupDocumentIncomplete', d.id)) };
    // The same check a document passes when it is first archived: a login page saved as "the invoice" stays out.
    if (!documentKind(new Uint8Array(bytes), d.type).ok) return { ok: false, error: damaged(t('backupNotADocument', d.id)) };
    documents.push({ id: d.id, type: d.type, size: d.size, storedAt: d.storedAt, bytes });
  }
  return { ok: true, backup: parsed.data as Backup, documents };
}

export interface RestoreResult {
  added: number;
  merged: number;
  documents: number;
  /** Paid extras seen on the portal that the archive did not have yet. */
  extras: number;
}

/** One sighting record from two sources: the earliest first sight, the latest last sight and its price. */
function mergeSeen(old: SeenExtraRecord, incoming: SeenExtraRecord): SeenExtraRecord {
  const newer = incoming.lastSeen > old.lastSeen ? incoming : old;
  return { ...newer, firstSeen: old.firstSeen < incoming.firstSeen ? old.firstSeen : incoming.firstSeen };
}

/** Status and amount as the newest history entry says (the history is sorted oldest first). */
function fromNewest(record: InvoiceRecord): InvoiceRecord {
  const newest = record.history[record.history.length - 1];
  return newest ? { ...record, status: newest.status, amountCents: newest.amountCents } : record;
}

function mergeHistory(a: InvoiceRecord['history'], b: InvoiceRecord['history']): InvoiceRecord['history'] {
  const key = (h: InvoiceRecord['history'][number]) => `${h.at}|${h.status}|${h.amountCents}`;
  const seen = new Set(a.map(key));
  return [...a, ...b.filter((h) => !seen.has(key(h)))].sort((x, y) => (x.at < y.at ? -1 : x.at > y.at ? 1 : 0));
}

/** Merges a checked backup into the archive in one transaction: existing invoices keep their data and gain history and documents. */
export async function restoreBackup(db: ArchiveDB, checked: Extract<BackupCheck, { ok: true }>): Promise<RestoreResult> {
  return guarded(db, async () => {
    const tx = db.transaction(['invoices', 'documents', 'seenExtras', 'meta'], 'readwrite');
    const invoices = tx.objectStore('invoices');
    const docs = tx.objectStore('documents');
    const extras = tx.objectStore('seenExtras');
    const meta = tx.objectStore('meta');
    const result: RestoreResult = { added: 0, merged: 0, documents: 0, extras: 0 };
    const docById = new Map(checked.documents.map((d) => [d.id, d]));
    const [olds, oldDocKeys] = await Promise.all([Promise.all(checked.backup.invoices.map((inv) => invoices.get(inv.id))), docs.getAllKeys()]);
    const haveDoc = new Set(oldDocKeys);
    const writes: Promise<unknown>[] = [];
    checked.backup.invoices.forEach((incoming, i) => {
      const old = olds[i];
      // A document is attached only to an invoice whose record says it has one.
      const doc = incoming.document.state === 'stored' ? docById.get(incoming.id) : undefined;
      const addDoc = doc && !haveDoc.has(incoming.id);
      if (addDoc) {
        writes.push(docs.put(doc));
        result.documents++;
      }
      if (!old) {
        result.added++;
        const history = mergeHistory([], incoming.history as InvoiceRecord['history']);
        writes.push(invoices.put(fromNewest({ ...(incoming as InvoiceRecord), history, document: addDoc ? incoming.document : { state: 'none', attempts: incoming.document.attempts } })));
        return;
      }
      const history = mergeHistory(old.history, incoming.history);
      const document = addDoc ? incoming.document : old.document;
      if (history.length !== old.history.length || document !== old.document) {
        result.merged++;
        writes.push(invoices.put(fromNewest({ ...old, history, document, firstSeen: old.firstSeen < incoming.firstSeen ? old.firstSeen : incoming.firstSeen })));
      }
    });
    // Records of older files get their line into the key; their wanted flags, and the file's list, join the
    // kept keys (wanted-services.ts takes them over from the meta store).
    const upgraded = (checked.backup.seenExtras ?? []).map((e) => upgradeSeenExtra(e as SeenExtraRecord & { wanted?: boolean }));
    const incomingExtras = upgraded.map((u) => u.record);
    const kept = [...(checked.backup.wanted ?? []), ...upgraded.filter((u) => u.kept).map((u) => u.record.key)];
    if (kept.length > 0) {
      const before = ((await meta.get('wantedToAdopt')) as string[] | undefined) ?? [];
      writes.push(meta.put([...new Set([...before, ...kept])], 'wantedToAdopt'));
    }
    const oldExtras = await Promise.all(incomingExtras.map((e) => extras.get(e.id)));
    incomingExtras.forEach((incoming, i) => {
      const old = oldExtras[i];
      if (!old) result.extras++;
      const record = old ? mergeSeen(old, incoming) : incoming;
      if (!old || JSON.stringify(record) !== JSON.stringify(old)) writes.push(extras.put(record));
    });
    await Promise.all(writes);
    await tx.done;
    return result;
  });
}
