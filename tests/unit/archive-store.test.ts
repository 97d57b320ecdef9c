import 'fake-indexeddb/auto';
import { describe, expect, test, vi } from 'vitest';

// The extension's words as an Italian browser gives them (lib/i18n.ts reads browser.i18n).
vi.mock('wxt/browser', async () => (await import('../support/locale-browser.ts')).browserIn('it'));
import { openDB } from 'idb';
import { DB_VERSION, openArchive, type InvoiceV1 } from '../../extension/lib/archive/db.ts';
import { listSeenExtras, recordSeenExtras } from '../../extension/lib/archive/seen-extras.ts';
import { captureInvoices, deleteInvoice, getDocument, listInvoices, recordDocumentFailure, storeDocument, guarded, ArchiveFullError, lastError } from '../../extension/lib/archive/archive.ts';
import type { ParsedInvoice } from '../../extension/lib/archive/types.ts';

let n = 0;
const fresh = () => openArchive(`test-archive-${++n}`);

function invoice(number: string, over: Partial<ParsedInvoice> = {}): ParsedInvoice {
  return { number, period: null, periodMonth: '2026-09', issueDate: '2026-10-05', amountCents: 2990, dueDate: '2026-10-26', status: 'unpaid', line: null, documentUrl: `https://www.tim.it/doc?n=${number}`, items: [], ...over };
}

describe('capturing invoices', () => {
  test('a first visit adds every invoice; a second visit adds nothing and writes nothing', async () => {
    const db = await fresh();
    const page = [invoice('A1'), invoice('A2', { issueDate: '2026-09-05' }), invoice('A3', { issueDate: '2026-08-05' })];
    const first = await captureInvoices(db, 'tim', page, new Date('2026-10-10T10:00:00Z'));
    expect(first).toMatchObject({ added: 3, updated: 0, total: 3, seen: 3 });
    const before = await listInvoices(db);
    const second = await captureInvoices(db, 'tim', page, new Date('2026-10-11T10:00:00Z'));
    expect(second).toMatchObject({ added: 0, updated: 0, total: 3 });
    expect(await listInvoices(db)).toEqual(before);
    expect(before.map((i) => i.number)).toEqual(['A1', 'A2', 'A3']);
  });

  test('unpaid → paid updates the invoice and keeps the history', async () => {
    const db = await fresh();
    await captureInvoices(db, 'tim', [invoice('B1')], new Date('2026-10-10T10:00:00Z'));
    const r = await captureInvoices(db, 'tim', [invoice('B1', { status: 'paid' })], new Date('2026-10-20T10:00:00Z'));
    expect(r).toMatchObject({ added: 0, updated: 1 });
    const [b1] = await listInvoices(db);
    expect(b1!.status).toBe('paid');
    expect(b1!.history).toEqual([
      { at: '2026-10-10T10:00:00.000Z', status: 'unpaid', amountCents: 2990 },
      { at: '2026-10-20T10:00:00.000Z', status: 'paid', amountCents: 2990 },
    ]);
  });

  test('a field missing on a later page does not erase what was archived', async () => {
    const db = await fresh();
    await captureInvoices(db, 'tim', [invoice('C1', { line: '0612345678' })]);
    await captureInvoices(db, 'tim', [invoice('C1', { line: null, dueDate: null })]);
    const [c1] = await listInvoices(db);
    expect(c1).toMatchObject({ line: '0612345678', dueDate: '2026-10-26' });
  });

  test('the same number at two carriers is two invoices', async () => {
    const db = await fresh();
    await captureInvoices(db, 'tim', [invoice('D1')]);
    const r = await captureInvoices(db, 'tim-business', [invoice('D1')]);
    expect(r).toMatchObject({ added: 1, total: 2 });
  });
});

describe('documents', () => {
  test('documents are asked for until stored; a failure is recorded and asked again next visit', async () => {
    const db = await fresh();
    const r1 = await captureInvoices(db, 'tim', [invoice('E1'), invoice('E2', { documentUrl: null })]);
    expect(r1.needDocuments).toEqual([{ id: 'tim:E1', url: 'https://www.tim.it/doc?n=E1' }]);
    await recordDocumentFailure(db, 'tim:E1', 'HTTP 403');
    expect((await listInvoices(db)).find((i) => i.number === 'E1')!.document).toEqual({ state: 'failed', attempts: 1, lastError: 'HTTP 403' });
    const r2 = await captureInvoices(db, 'tim', [invoice('E1')]);
    expect(r2.needDocuments.map((d) => d.id)).toEqual(['tim:E1']);
    const bytes = new TextEncoder().encode('%PDF-1.4 test').buffer as ArrayBuffer;
    await storeDocument(db, 'tim:E1', bytes, 'application/pdf');
    const doc = await getDocument(db, 'tim:E1');
    expect(new TextDecoder().decode(doc!.bytes)).toBe('%PDF-1.4 test');
    expect((await listInvoices(db)).find((i) => i.number === 'E1')!.document).toMatchObject({ state: 'stored', attempts: 2, size: 13 });
    const r3 = await captureInvoices(db, 'tim', [invoice('E1')]);
    expect(r3.needDocuments).toEqual([]);
  });

  test('deleting removes the invoice and its document', async () => {
    const db = await fresh();
    await captureInvoices(db, 'tim', [invoice('F1')]);
    await storeDocument(db, 'tim:F1', new ArrayBuffer(4), 'application/pdf');
    await deleteInvoice(db, 'tim:F1');
    expect(await listInvoices(db)).toEqual([]);
    expect(await getDocument(db, 'tim:F1')).toBeUndefined();
  });
});

test('running out of space is a clear Italian error, recorded for the archive page', async () => {
  const db = await fresh();
  const quota = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
  await expect(guarded(db, () => Promise.reject(quota))).rejects.toThrow(ArchiveFullError);
  await expect(guarded(db, () => Promise.reject(quota))).rejects.toThrow(/Spazio esaurito/);
  expect((await lastError(db))?.message).toMatch(/Spazio esaurito/);
  await expect(guarded(db, () => Promise.reject(new Error('altro')))).rejects.toThrow('altro');
  await captureInvoices(db, 'tim', [invoice('G1')]);
  expect(await lastError(db)).toBeUndefined();
});

test('schema upgrade from version 1 keeps every invoice and document', async () => {
  const name = `test-archive-v1-${++n}`;
  const v1 = await openDB(name, 1, { upgrade: (db) => void db.createObjectStore('invoices', { keyPath: 'id' }) });
  const pdf = new TextEncoder().encode('%PDF-1.4 v1 document').buffer as ArrayBuffer;
  const old: InvoiceV1[] = [
    { id: 'tim:V1', carrier: 'tim', number: 'V1', period: 'Settembre 2026', issueDate: '2026-10-05', amountCents: 3490, dueDate: '2026-10-26', status: 'paid', line: '0612345678', documentUrl: 'https://www.tim.it/doc?n=V1', firstSeen: '2026-10-06T08:00:00.000Z', lastSeen: '2026-10-06T08:00:00.000Z', pdf, pdfType: 'application/pdf' },
    { id: 'tim:V2', carrier: 'tim', number: 'V2', period: null, issueDate: '2026-09-05', amountCents: 2990, dueDate: null, status: 'unpaid', line: null, documentUrl: null, firstSeen: '2026-09-06T08:00:00.000Z', lastSeen: '2026-09-06T08:00:00.000Z' },
  ];
  for (const rec of old) await v1.put('invoices', rec);
  v1.close();

  const db = await openArchive(name);
  expect(db.version).toBe(DB_VERSION);
  const invoices = await listInvoices(db);
  expect(invoices).toHaveLength(2);
  const [a, b] = invoices;
  expect(a).toMatchObject({ id: 'tim:V1', number: 'V1', period: 'Settembre 2026', amountCents: 3490, status: 'paid', line: '0612345678', periodMonth: '2026-10', items: [] });
  expect(a!.document).toEqual({ state: 'stored', attempts: 1, size: pdf.byteLength, type: 'application/pdf' });
  expect(a!.history).toEqual([{ at: '2026-10-06T08:00:00.000Z', status: 'paid', amountCents: 3490 }]);
  expect('pdf' in a!).toBe(false);
  expect(b).toMatchObject({ id: 'tim:V2', document: { state: 'none', attempts: 0 } });
  expect(new TextDecoder().decode((await getDocument(db, 'tim:V1'))!.bytes)).toBe('%PDF-1.4 v1 document');
  // The upgraded archive keeps working: a later visit updates without duplicating.
  const r = await captureInvoices(db, 'tim', [invoice('V2', { status: 'paid', amountCents: 2990, issueDate: '2026-09-05' })]);
  expect(r).toMatchObject({ added: 0, updated: 1, total: 2 });
});

test('schema upgrade from version 2 keeps every invoice, document and note, and adds the store of extras seen on the portal', async () => {
  const name = `test-archive-v2-${++n}`;
  const v2 = await openDB(name, 2, {
    upgrade(db) {
      db.createObjectStore('invoices', { keyPath: 'id' }).createIndex('carrier', 'carrier');
      db.createObjectStore('documents', { keyPath: 'id' });
      db.createObjectStore('meta');
    },
  });
  const at = '2026-10-06T08:00:00.000Z';
  const records = ['W1', 'W2', 'W3'].map((number, i) => ({
    ...invoice(number, { status: i === 0 ? 'paid' : 'unpaid', items: [{ label: 'TIM Prime Go', amountCents: 196 }] }),
    id: `tim:${number}`, carrier: 'tim', firstSeen: at, lastSeen: at,
    history: [{ at, status: 'unpaid' as const, amountCents: 2990 }],
    document: i === 0 ? { state: 'stored' as const, attempts: 1, size: 11, type: 'application/pdf' } : { state: 'failed' as const, attempts: 2, lastError: 'HTTP 500' },
  }));
  for (const r of records) await v2.put('invoices', r);
  const bytes = new TextEncoder().encode('%PDF-1.4 v2').buffer as ArrayBuffer;
  await v2.put('documents', { id: 'tim:W1', type: 'application/pdf', bytes, size: bytes.byteLength, storedAt: at });
  const summary = { at, carrier: 'tim', seen: 3, added: 3, updated: 0 };
  await v2.put('meta', summary, 'lastCapture');
  v2.close();

  const db = await openArchive(name);
  expect(db.version).toBe(DB_VERSION);
  expect(await listInvoices(db)).toEqual([...records].sort((a, b) => (a.number < b.number ? 1 : -1)));
  expect(new TextDecoder().decode((await getDocument(db, 'tim:W1'))!.bytes)).toBe('%PDF-1.4 v2');
  expect(await db.get('meta', 'lastCapture')).toEqual(summary);
  expect(await listSeenExtras(db)).toEqual([]);
  // The new store works, and the invoices index by carrier survived.
  await recordSeenExtras(db, 'tim', [{ serviceId: 'tim-prime-go', key: 'tim-prime-go', name: 'TIM PRIME GO', priceCents: 49, period: 'week', priceFromCatalog: false, line: null }]);
  expect(await listSeenExtras(db)).toHaveLength(1);
  expect(await db.countFromIndex('invoices', 'carrier', 'tim')).toBe(3);
});

describe('an extension update that needs the database', () => {
  test('the open connection steps aside (closes and tells its owner) so the newer version can upgrade', async () => {
    const name = `test-archive-step-aside-${++n}`;
    let steppedAside = 0;
    await openArchive(name, () => steppedAside++);
    const newer = await openDB(name, DB_VERSION + 1, { upgrade() {} });
    expect(newer.version).toBe(DB_VERSION + 1);
    expect(steppedAside).toBe(1);
    newer.close();
  });
});
