/**
 * The export for an accountant: one ZIP with every stored document, named so a folder sorts by carrier,
 * line and month ("tim-0612345678-2026-10-8A00262010.pdf"), and the invoices' CSV. Built with fflate's
 * streaming Zip, documents stored as they are (PDFs are compressed already), one document read at a time;
 * each piece of the ZIP becomes a Blob part at once, so the whole archive never sits in memory.
 */
import { Zip, ZipPassThrough, strToU8 } from 'fflate';
import type { ArchiveDB } from './db.ts';
import type { InvoiceRecord } from './types.ts';
import { t } from '../i18n.ts';

const EXTENSIONS: Record<string, string> = { 'application/pdf': 'pdf', 'image/png': 'png', 'image/jpeg': 'jpg', 'image/webp': 'webp' };

const safe = (s: string) => s.normalize('NFKD').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'x';

/** "<carrier>-<line>-<yyyy-mm>-<number>.<ext>", in safe characters; "senza-linea" / "senza-mese" when unknown. */
export function documentFileName(inv: Pick<InvoiceRecord, 'carrier' | 'line' | 'periodMonth' | 'issueDate' | 'number'>, type: string): string {
  const month = inv.periodMonth ?? inv.issueDate?.slice(0, 7) ?? null;
  const ext = EXTENSIONS[type.toLowerCase()] ?? 'bin';
  return `${safe(inv.carrier)}-${inv.line ? safe(inv.line) : 'senza-linea'}-${month ?? 'senza-mese'}-${safe(inv.number)}.${ext}`;
}

export interface ZipProgress {
  done: number;
  total: number;
}

/** The ZIP of `invoices`' stored documents plus `csv` (as fatture.csv); `onProgress` after each document. */
export async function accountantZip(db: ArchiveDB, invoices: InvoiceRecord[], csv: string, onProgress?: (p: ZipProgress) => void): Promise<Blob> {
  const withDocs = invoices.filter((inv) => inv.document.state === 'stored');
  const parts: BlobPart[] = [];
  let failure: Error | null = null;
  let finished = false;
  const zip = new Zip((error, chunk, final) => {
    if (error) failure = error;
    else parts.push(new Blob([chunk as Uint8Array<ArrayBuffer>]));
    if (final) finished = true;
  });
  const add = (name: string, bytes: Uint8Array) => {
    const file = new ZipPassThrough(name);
    zip.add(file);
    file.push(bytes, true);
  };
  add('fatture.csv', strToU8(csv));
  const used = new Set<string>();
  let done = 0;
  onProgress?.({ done, total: withDocs.length });
  for (const inv of withDocs) {
    const doc = await db.get('documents', inv.id);
    if (doc) {
      const first = documentFileName(inv, doc.type);
      // Two invoices that would share a name (same number on two lines of one month) both stay.
      const dot = first.lastIndexOf('.');
      let name = first;
      for (let i = 2; used.has(name); i++) name = `${first.slice(0, dot)}-${i}${first.slice(dot)}`;
      used.add(name);
      add(name, new Uint8Array(doc.bytes));
    }
    onProgress?.({ done: ++done, total: withDocs.length });
    if (failure) throw failure;
  }
  zip.end();
  if (failure) throw failure;
  if (!finished) throw new Error(t('archiveZipUnfinished'));
  return new Blob(parts, { type: 'application/zip' });
}
