/**
 * The full backup as a file, built one document at a time: the JSON that createBackup describes, as a
 * sequence of pieces (the head with the invoices, then each document's base64 as soon as it is read, then the
 * rest), so an archive of hundreds of megabytes never sits in memory as one string. backupPieces hands the
 * pieces to whoever writes them (the archive page writes them to disk); backupFile makes a Blob of them. The
 * text is the same format checkBackup reads.
 */
import { BACKUP_FORMAT, BACKUP_VERSION } from './backup.ts';
import { bytesToBase64 } from './base64.ts';
import type { ArchiveDB } from './db.ts';

export async function* backupPieces(db: ArchiveDB, now = new Date(), onDocument?: (done: number, total: number) => void, wanted: Iterable<string> = []): AsyncGenerator<string> {
  const [invoices, seenExtras, documentIds] = await Promise.all([db.getAll('invoices'), db.getAll('seenExtras'), db.getAllKeys('documents')]);
  yield `{"format":${JSON.stringify(BACKUP_FORMAT)},"version":${BACKUP_VERSION},"createdAt":${JSON.stringify(now.toISOString())},"invoices":${JSON.stringify(invoices)},"documents":[`;
  let done = 0;
  for (const id of documentIds) {
    // One document per read: its bytes and base64 are released before the next one is read.
    const doc = await db.get('documents', id);
    if (!doc) continue;
    const head = JSON.stringify({ id: doc.id, type: doc.type, size: doc.size, storedAt: doc.storedAt }).slice(0, -1);
    yield `${done === 0 ? '' : ','}${head},"base64":"${bytesToBase64(doc.bytes)}"}`;
    done++;
    onDocument?.(done, documentIds.length);
  }
  yield `],"seenExtras":${JSON.stringify(seenExtras)},"wanted":${JSON.stringify([...wanted].sort())}}`;
}

export async function backupFile(db: ArchiveDB, now = new Date(), onDocument?: (done: number, total: number) => void, wanted: Iterable<string> = []): Promise<Blob> {
  const parts: Blob[] = [];
  for await (const piece of backupPieces(db, now, onDocument, wanted)) parts.push(new Blob([piece]));
  return new Blob(parts, { type: 'application/json' });
}
