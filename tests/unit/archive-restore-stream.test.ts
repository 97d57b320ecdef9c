/**
 * Restoring a backup streams the file: a backup bigger than a string can hold is never read as one string,
 * wherever the browser cuts the file into chunks the verdict is the one checkBackup gives for the whole text,
 * and a bad record at the end of a big file still leaves the archive untouched.
 */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, test, vi } from 'vitest';

// The extension's words as an Italian browser gives them (lib/i18n.ts reads browser.i18n).
vi.mock('wxt/browser', async () => (await import('../support/locale-browser.ts')).browserIn('it'));
import { openArchive, type ArchiveDB } from '../../extension/lib/archive/db.ts';
import { captureInvoices, getDocument, listInvoices, storeDocument } from '../../extension/lib/archive/archive.ts';
import { checkBackup, createBackup, MAX_BACKUP_BYTES, type Backup } from '../../extension/lib/archive/backup.ts';
import { backupFile } from '../../extension/lib/archive/backup-file.ts';
import { checkBackupFile } from '../../extension/lib/archive/backup-stream.ts';
import { MAX_DOCUMENT_BYTES } from '../../extension/lib/archive/limits.ts';
import type { ParsedInvoice } from '../../extension/lib/archive/types.ts';

let n = 0;
const fresh = () => openArchive(`test-restore-stream-${++n}`);
const invoice = (number: string, over: Partial<ParsedInvoice> = {}): ParsedInvoice => ({ number, period: null, periodMonth: '2026-09', issueDate: '2026-10-05', amountCents: 2990, dueDate: '2026-10-26', status: 'unpaid', line: null, documentUrl: `https://www.tim.it/mytim/fatture/documento?n=${encodeURIComponent(number)}`, items: [], ...over });
const pdf = (label: string, size = 0) => {
  const head = new TextEncoder().encode(`%PDF-1.4 ${label}\n`);
  const bytes = new Uint8Array(Math.max(size, head.length));
  bytes.set(head);
  for (let i = head.length; i < bytes.length; i++) bytes[i] = (i * 31 + label.length) & 0xff;
  return bytes.buffer as ArrayBuffer;
};

/** A file as the browser gives it, cut into the given chunks, whose text() fails as it does past a string's limit. */
function streamedFile(bytes: Uint8Array, cuts: number[] = [], size = bytes.length): File & { wholeReads: number } {
  const ends = [...new Set(cuts.map((c) => Math.min(c, bytes.length)))].sort((a, b) => a - b);
  const file = {
    name: 'backup.json',
    size,
    wholeReads: 0,
    stream: () => new ReadableStream<Uint8Array>({
      start(controller) {
        let from = 0;
        for (const end of [...ends, bytes.length]) {
          if (end > from) controller.enqueue(bytes.slice(from, end));
          from = Math.max(from, end);
        }
        controller.close();
      },
    }),
    text: async () => {
      file.wholeReads++;
      throw new RangeError('Invalid string length');
    },
    arrayBuffer: async () => {
      file.wholeReads++;
      throw new RangeError('Array buffer allocation failed');
    },
  };
  return file as unknown as File & { wholeReads: number };
}

async function archiveWithDocuments(count: number, size: number): Promise<ArchiveDB> {
  const db = await fresh();
  const numbers = Array.from({ length: count }, (_, i) => `S${String(i).padStart(4, '0')}`);
  await captureInvoices(db, 'tim', numbers.map((num) => invoice(num)), new Date('2026-10-10T10:00:00Z'));
  for (const num of numbers) await storeDocument(db, `tim:${num}`, pdf(num, size), 'application/pdf');
  return db;
}

const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());
const encode = (text: string) => new TextEncoder().encode(text);

describe('the backup file is streamed, never read whole', () => {
  test('an exported backup restores through the stream, with text() unusable as for a file past a string\'s limit', async () => {
    const source = await archiveWithDocuments(3, 40_000);
    const bytes = await bytesOf(await backupFile(source));
    const file = streamedFile(bytes, [1, 2, 100, 40_001, 40_002, 90_000], 1_200_000_000);
    expect(file.size).toBeLessThanOrEqual(MAX_BACKUP_BYTES);
    const store = await import('../../extension/entrypoints/archive/store.ts');
    await store.restoreFrom(file);
    expect(file.wholeReads).toBe(0);
    expect(store.notice.value).toMatchObject({ kind: 'ok', text: expect.stringMatching(/Ripristino completato: 3 fatture aggiunte, 0 aggiornate, 3 documenti/) });
    const target = await store.archiveDb();
    expect((await listInvoices(target)).map((i) => i.id).sort()).toEqual(['tim:S0000', 'tim:S0001', 'tim:S0002']);
    expect(new Uint8Array((await getDocument(target, 'tim:S0002'))!.bytes)).toEqual(new Uint8Array(pdf('S0002', 40_000)));
  });

  test('wherever the file is cut into chunks, the verdict and the documents are those of the whole text', async () => {
    const db = await fresh();
    // Keys and values with escapes, quotes, brackets and non-ASCII letters inside strings.
    await captureInvoices(db, 'tim', [invoice('Q"1\\]'), invoice('Città-{2}', { period: 'dal 1° al 30 "settembre" [bis]' })], new Date('2026-10-10T10:00:00Z'));
    await storeDocument(db, 'tim:Q"1\\]', pdf('q', 3000), 'application/pdf');
    await storeDocument(db, 'tim:Città-{2}', pdf('città', 50), 'application/pdf');
    const good: Backup = JSON.parse(JSON.stringify(await createBackup(db)));
    const variants: string[] = [
      JSON.stringify(good),
      JSON.stringify(good, null, 2),
      JSON.stringify(Object.assign({ documents: good.documents }, good)),
      JSON.stringify({ ...good, documents: [...good.documents, 7] }),
      JSON.stringify({ ...good, documents: [good.documents[0], 'testo'] }),
      JSON.stringify({ ...good, documents: [{ ...good.documents[0]!, base64: 'non base64!' }] }),
      JSON.stringify({ ...good, documents: [{ ...good.documents[0]!, base64: 12 }] }),
      JSON.stringify({ ...good, documents: [{ ...good.documents[0]!, id: 'tim:nessuna' }] }),
      JSON.stringify({ ...good, documents: [{ ...good.documents[0]!, base64: good.documents[0]!.base64.slice(0, 12) }] }),
      JSON.stringify({ ...good, version: 2 }),
      JSON.stringify(good).slice(0, -30),
      JSON.stringify(good).replace('"documents":[', '"documents":[[]'),
      '[1, {"documents": [2]}]',
      '{"format": "sentinella-archivio-fatture", "invoices": [',
    ];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...variants), fc.array(fc.nat({ max: 12_000 }), { maxLength: 12 }), async (text, cuts) => {
        const expected = checkBackup(text);
        // The streamed check keeps each document's bytes, not its base64: compare everything else as it is.
        if (expected.ok) expected.backup.documents = expected.backup.documents.map((d) => ({ ...d, base64: '' }));
        const streamed = await checkBackupFile(streamedFile(encode(text), cuts));
        expect(streamed).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });
});

describe('a big file is checked to its end before anything is written', () => {
  const untouched = async (db: ArchiveDB) => ({ invoices: await listInvoices(db), documents: await db.getAllKeys('documents') });

  test.each<[string, (b: Backup) => void, RegExp]>([
    ['the last document is not a PDF', (b) => (b.documents.at(-1)!.base64 = Buffer.from('<html>Sessione scaduta</html>'.padEnd(b.documents.at(-1)!.size, ' ')).toString('base64')), /documento tim:S0039: non è un PDF né un'immagine/],
    ['the last invoice has a day that does not exist', (b) => (b.invoices.at(-1)!.dueDate = '2026-02-30'), /fattura tim:S0039: la data 2026-02-30 non esiste/],
    ['the last document is given twice', (b) => b.documents.push({ ...b.documents.at(-1)! }), /documento tim:S0039 presente due volte/],
  ])('%s: one message naming it, nothing written', async (_name, spoil, message) => {
    const backup: Backup = JSON.parse(await (await backupFile(await archiveWithDocuments(40, 60_000))).text());
    spoil(backup);
    const target = await fresh();
    await captureInvoices(target, 'tim', [invoice('S0001', { status: 'paid' })], new Date('2026-09-01T10:00:00Z'));
    const before = await untouched(target);
    const checked = await checkBackupFile(streamedFile(encode(JSON.stringify(backup)), [65_536, 131_072, 1_000_000]));
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.error).toMatch(message);
    expect(checked.error).toMatch(/nessun dato è stato importato/);
    expect(await untouched(target)).toEqual(before);
  });

  test('through the archive page: a bad record at the end of the file leaves the archive as it was', async () => {
    const store = await import('../../extension/entrypoints/archive/store.ts');
    const target = await store.archiveDb();
    const before = await untouched(target);
    const backup: Backup = JSON.parse(await (await backupFile(await archiveWithDocuments(30, 60_000))).text());
    backup.seenExtras = [{ id: 'tim||x', carrier: 'tim', key: 'x', serviceId: 'x', name: 'X', priceCents: 100, period: null, priceFromCatalog: false, wanted: false, line: null, firstSeen: '2026-01-01T00:00:00Z', lastSeen: 'ieri' }, { id: 'zz||x', carrier: 'zz', key: 'x', serviceId: 'x', name: 'X', priceCents: 100, period: null, priceFromCatalog: false, wanted: false, line: null, firstSeen: '2026-01-01T00:00:00Z', lastSeen: '2026-01-01T00:00:00Z' }];
    await store.restoreFrom(streamedFile(encode(JSON.stringify(backup)), [4096]));
    expect(store.notice.value).toMatchObject({ kind: 'error', text: expect.stringMatching(/servizio visto zz\|\|x: operatore sconosciuto "zz".*nessun dato è stato importato/) });
    expect(await untouched(target)).toEqual(before);
  });

  test('a document longer than the largest one kept is refused while it is read, not buffered to the end', async () => {
    const backup: Backup = JSON.parse(JSON.stringify(await createBackup(await archiveWithDocuments(1, 100))));
    const head = encode(JSON.stringify({ ...backup, documents: [] }).replace('"documents":[]', '"documents":[{"id":"tim:S0000","type":"application/pdf","size":100,"storedAt":"2026-10-10T10:00:00.000Z","base64":"'));
    const chunk = encode('A'.repeat(1024 * 1024));
    let sent = 0;
    const file = {
      stream: () => new ReadableStream<Uint8Array>({
        start: (c) => c.enqueue(head),
        // An endless document: the check must stop by itself.
        pull: (c) => {
          sent += chunk.length;
          c.enqueue(chunk);
        },
      }),
    };
    const checked = await checkBackupFile(file);
    expect(checked).toEqual({ ok: false, error: expect.stringMatching(new RegExp(`documento n\\. 1 più grande del massimo di ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB.*nessun dato`)) });
    expect(sent).toBeLessThan(MAX_DOCUMENT_BYTES * 2);
  });
});
