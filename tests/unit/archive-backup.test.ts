import 'fake-indexeddb/auto';
import { describe, expect, test, vi } from 'vitest';

// The extension's words as an Italian browser gives them (lib/i18n.ts reads browser.i18n).
vi.mock('wxt/browser', async () => (await import('../support/locale-browser.ts')).browserIn('it'));
import { openArchive } from '../../extension/lib/archive/db.ts';
import { captureInvoices, getDocument, listInvoices, storeDocument } from '../../extension/lib/archive/archive.ts';
import { checkBackup, createBackup, restoreBackup } from '../../extension/lib/archive/backup.ts';
import type { ParsedInvoice } from '../../extension/lib/archive/types.ts';

let n = 0;
const fresh = () => openArchive(`test-backup-${++n}`);
const invoice = (number: string, over: Partial<ParsedInvoice> = {}): ParsedInvoice => ({ number, period: null, periodMonth: '2026-09', issueDate: '2026-10-05', amountCents: 2990, dueDate: '2026-10-26', status: 'unpaid', line: null, documentUrl: null, items: [], ...over });

async function archiveWithData() {
  const db = await fresh();
  await captureInvoices(db, 'tim', [invoice('A1'), invoice('A2', { issueDate: '2026-09-05' })], new Date('2026-10-10T10:00:00Z'));
  await storeDocument(db, 'tim:A1', new TextEncoder().encode('%PDF-1.4 A1').buffer as ArrayBuffer, 'application/pdf');
  return db;
}

async function snapshot(db: Awaited<ReturnType<typeof fresh>>) {
  return { invoices: await listInvoices(db), docs: await db.getAllKeys('documents') };
}

describe('backup', () => {
  test('a backup restored into an empty archive gives back every invoice and document', async () => {
    const source = await archiveWithData();
    const text = JSON.stringify(await createBackup(source));
    const target = await fresh();
    const checked = checkBackup(text);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(await restoreBackup(target, checked)).toEqual({ added: 2, merged: 0, documents: 1, extras: 0 });
    expect(await listInvoices(target)).toEqual(await listInvoices(source));
    expect(new TextDecoder().decode((await getDocument(target, 'tim:A1'))!.bytes)).toBe('%PDF-1.4 A1');
  });

  test('restoring the same backup twice adds nothing', async () => {
    const db = await archiveWithData();
    const checked = checkBackup(JSON.stringify(await createBackup(db)));
    if (!checked.ok) throw new Error(checked.error);
    const before = await snapshot(db);
    expect(await restoreBackup(db, checked)).toEqual({ added: 0, merged: 0, documents: 0, extras: 0 });
    expect(await snapshot(db)).toEqual(before);
  });

  test('a good backup merges: new invoices added, known ones gain history, none duplicated', async () => {
    const source = await archiveWithData();
    await captureInvoices(source, 'tim', [invoice('A2', { issueDate: '2026-09-05', status: 'paid' }), invoice('A3', { issueDate: '2026-11-05' })], new Date('2026-11-10T10:00:00Z'));
    const checked = checkBackup(JSON.stringify(await createBackup(source)));
    if (!checked.ok) throw new Error(checked.error);
    const target = await archiveWithData();
    expect(await restoreBackup(target, checked)).toEqual({ added: 1, merged: 1, documents: 0, extras: 0 });
    const all = await listInvoices(target);
    expect(all.map((i) => i.number)).toEqual(['A3', 'A1', 'A2']);
    expect(all.find((i) => i.number === 'A2')!.history.map((h) => h.status)).toEqual(['unpaid', 'paid']);
  });

  const good = async () => JSON.parse(JSON.stringify(await createBackup(await archiveWithData())));
  test.each([
    ['malformed JSON', async () => '{"format": "sentinella-archivio-fatture", "invoices": [', /non è leggibile/],
    ['truncated file', async () => JSON.stringify(await good()).slice(0, -40), /non è leggibile/],
    ['a foreign file', async () => JSON.stringify({ name: 'Rubrica', contacts: [] }), /non è un backup di Sentinella/],
    ['a foreign JSON array', async () => '[1, 2, 3]', /non è un backup di Sentinella/],
    ['a newer version', async () => JSON.stringify({ ...(await good()), version: 99 }), /versione 99/],
    ['an invoice with a bad amount', async () => { const b = await good(); b.invoices[1].amountCents = '29,90'; return JSON.stringify(b); }, /danneggiato \(invoices\.1\.amountCents/],
    ['a document cut short', async () => { const b = await good(); b.documents[0].base64 = b.documents[0].base64.slice(0, 8); return JSON.stringify(b); }, /documento incompleto/],
    ['a document without its invoice', async () => { const b = await good(); b.documents[0].id = 'tim:ZZZ'; return JSON.stringify(b); }, /documento senza fattura/],
  ])('%s: clear error, nothing written', async (_name, make, message) => {
    const db = await fresh();
    await captureInvoices(db, 'tim', [invoice('X1')]);
    const before = await snapshot(db);
    const checked = checkBackup(await make());
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.error).toMatch(message);
    expect(checked.error).toMatch(/nessun dato è stato importato/);
    expect(await snapshot(db)).toEqual(before);
  });
});
