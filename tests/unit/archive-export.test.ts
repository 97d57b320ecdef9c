/**
 * Exports: the full backup built one document at a time reads back as the same backup, and the accountant's
 * ZIP holds every stored document under "<carrier>-<line>-<yyyy-mm>-<number>.pdf" plus the CSV, reporting
 * its progress document by document.
 */
import 'fake-indexeddb/auto';
import { expect, test } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { openArchive } from '../../extension/lib/archive/db.ts';
import { captureInvoices, listInvoices, storeDocument } from '../../extension/lib/archive/archive.ts';
import { checkBackup, createBackup } from '../../extension/lib/archive/backup.ts';
import { backupFile } from '../../extension/lib/archive/backup-file.ts';
import { accountantZip, documentFileName } from '../../extension/lib/archive/accountant-zip.ts';
import type { ParsedInvoice } from '../../extension/lib/archive/types.ts';

let n = 0;
const invoice = (number: string, over: Partial<ParsedInvoice> = {}): ParsedInvoice => ({ number, period: null, periodMonth: '2026-09', issueDate: '2026-10-05', amountCents: 2990, dueDate: '2026-10-26', status: 'unpaid', line: '0612345678', documentUrl: null, items: [], ...over });
const pdf = (s: string) => new TextEncoder().encode(`%PDF-1.4 ${s}`).buffer as ArrayBuffer;

async function archive() {
  const db = await openArchive(`test-export-${++n}`);
  await captureInvoices(db, 'tim', [invoice('E1'), invoice('E2', { periodMonth: '2026-10' }), invoice('E3', { line: null, periodMonth: null, issueDate: null })], new Date('2026-10-10T10:00:00Z'));
  await storeDocument(db, 'tim:E1', pdf('E1'), 'application/pdf');
  await storeDocument(db, 'tim:E2', pdf('E2'), 'application/pdf');
  return db;
}

test('the backup file, built a document at a time, is the same backup and restores', async () => {
  const db = await archive();
  const now = new Date('2026-11-01T00:00:00Z');
  const progress: number[] = [];
  const text = await (await backupFile(db, now, (done) => progress.push(done))).text();
  expect(JSON.parse(text)).toEqual(await createBackup(db, now));
  expect(progress).toEqual([1, 2]);
  const checked = checkBackup(text);
  expect(checked.ok).toBe(true);
  // Without a progress callback too (the separators between documents must not depend on it).
  expect(JSON.parse(await (await backupFile(db, now)).text())).toEqual(await createBackup(db, now));
});

test('file names: carrier, line, month, number; unknown parts said so', () => {
  expect(documentFileName({ carrier: 'tim', line: '0612345678', periodMonth: '2026-10', issueDate: '2026-11-05', number: '8A00262010' }, 'application/pdf')).toBe('tim-0612345678-2026-10-8A00262010.pdf');
  expect(documentFileName({ carrier: 'tim-business', line: null, periodMonth: null, issueDate: '2026-11-05', number: '4B/2026/311' }, 'image/png')).toBe('tim-business-senza-linea-2026-11-4B-2026-311.png');
  expect(documentFileName({ carrier: 'tim', line: null, periodMonth: null, issueDate: null, number: 'X' }, 'application/pdf')).toBe('tim-senza-linea-senza-mese-X.pdf');
});

test('the ZIP holds every stored document and the CSV, with progress per document', async () => {
  const db = await archive();
  const progress: string[] = [];
  const blob = await accountantZip(db, await listInvoices(db), 'Operatore;Numero\r\ntim;E1\r\n', (p) => progress.push(`${p.done}/${p.total}`));
  const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
  expect(Object.keys(files).sort()).toEqual(['fatture.csv', 'tim-0612345678-2026-09-E1.pdf', 'tim-0612345678-2026-10-E2.pdf']);
  expect(strFromU8(files['tim-0612345678-2026-09-E1.pdf']!)).toBe('%PDF-1.4 E1');
  expect(strFromU8(files['fatture.csv']!)).toContain('tim;E1');
  expect(progress).toEqual(['0/2', '1/2', '2/2']);
});
