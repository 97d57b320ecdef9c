/**
 * An invoice page archived in full is known by its fingerprint, so a return visit skips reading it; it stops
 * being known the moment the archive no longer holds it in full (an invoice deleted, a document missing).
 */
import 'fake-indexeddb/auto';
import { expect, test } from 'vitest';
import { openArchive } from '../../extension/lib/archive/db.ts';
import { captureInvoices, deleteInvoice, lastCapture, recordDocumentFailure, storeDocument } from '../../extension/lib/archive/archive.ts';
import { isKnownPage, knownRowPrints, MAX_KNOWN_PAGES, rememberPage } from '../../extension/lib/archive/known-pages.ts';
import { pageSignature, pageText } from '../../extension/carrier-page/invoices/page-signature.ts';
import type { ParsedInvoice } from '../../extension/lib/archive/types.ts';

let n = 0;
const fresh = () => openArchive(`known-pages-${++n}`);
const pdf = new TextEncoder().encode('%PDF-1.4 fattura').buffer as ArrayBuffer;

function invoice(number: string, documentUrl: string | null = `https://www.tim.it/doc?n=${number}`): ParsedInvoice {
  return { number, period: null, periodMonth: '2026-10', issueDate: '2026-10-05', amountCents: 2990, dueDate: null, status: 'paid', line: null, documentUrl, items: [] };
}

const sig = (i: number) => i.toString(16).padStart(64, '0');

test('a page is remembered only when every invoice is archived with its document (or has none)', async () => {
  const db = await fresh();
  await captureInvoices(db, 'tim', [invoice('A1'), invoice('A2'), invoice('A3', null)]);
  // A2's document is not stored yet: not archived in full.
  await storeDocument(db, 'tim:A1', pdf, 'application/pdf');
  expect(await rememberPage(db, 'tim', sig(1), ['A1', 'A2', 'A3'])).toBe(false);
  expect(await isKnownPage(db, 'tim', sig(1))).toBe(false);
  // An invoice the archive never saw: not in full either.
  await storeDocument(db, 'tim:A2', pdf, 'application/pdf');
  expect(await rememberPage(db, 'tim', sig(1), ['A1', 'A2', 'A3', 'A4'])).toBe(false);
  expect(await rememberPage(db, 'tim', sig(1), ['A1', 'A2', 'A3'])).toBe(true);
  expect(await isKnownPage(db, 'tim', sig(1))).toBe(true);
  // Not a fingerprint, or another carrier's customer area asking: unknown.
  expect(await rememberPage(db, 'tim', 'abc', ['A1'])).toBe(false);
  expect(await isKnownPage(db, 'tim-business', sig(1))).toBe(false);
  expect(await isKnownPage(db, 'tim', sig(2))).toBe(false);
});

test('a known page that lost an invoice or a document is read again on the next visit', async () => {
  const db = await fresh();
  await captureInvoices(db, 'tim', [invoice('B1'), invoice('B2')]);
  await storeDocument(db, 'tim:B1', pdf, 'application/pdf');
  await storeDocument(db, 'tim:B2', pdf, 'application/pdf');
  expect(await rememberPage(db, 'tim', sig(3), ['B1', 'B2'])).toBe(true);
  await deleteInvoice(db, 'tim:B2');
  expect(await isKnownPage(db, 'tim', sig(3))).toBe(false);

  await captureInvoices(db, 'tim', [invoice('B3')]);
  await recordDocumentFailure(db, 'tim:B3', 'Il portale ha risposto 503');
  expect(await rememberPage(db, 'tim', sig(4), ['B1', 'B3'])).toBe(false);
});

test('a return visit to a known page counts as a capture of it: the last capture moves on, nothing added', async () => {
  const db = await fresh();
  await captureInvoices(db, 'tim', [invoice('C1', null), invoice('C2', null)], new Date('2026-11-01T10:00:00Z'));
  expect(await rememberPage(db, 'tim', sig(5), ['C1', 'C2'])).toBe(true);
  expect(await isKnownPage(db, 'tim', sig(5), new Date('2026-12-01T09:00:00Z'))).toBe(true);
  expect(await lastCapture(db)).toEqual({ at: '2026-12-01T09:00:00.000Z', carrier: 'tim', seen: 2, added: 0, updated: 0 });
});

test(`only the newest ${MAX_KNOWN_PAGES} pages are kept`, async () => {
  const db = await fresh();
  await captureInvoices(db, 'tim', [invoice('D1', null)]);
  for (let i = 0; i < MAX_KNOWN_PAGES + 5; i++) {
    expect(await rememberPage(db, 'tim', sig(100 + i), ['D1'], undefined, new Date(Date.UTC(2026, 10, 1, 0, i)))).toBe(true);
  }
  expect(await isKnownPage(db, 'tim', sig(100))).toBe(false);
  expect(await isKnownPage(db, 'tim', sig(104))).toBe(false);
  expect(await isKnownPage(db, 'tim', sig(105))).toBe(true);
  expect(await isKnownPage(db, 'tim', sig(100 + MAX_KNOWN_PAGES + 4))).toBe(true);
});

test('the fingerprint changes with any text on the page or its address, and only then', async () => {
  const { Window } = await import('happy-dom');
  const page = (body: string) => {
    const win = new Window({ url: 'https://www.tim.it/mytim/fatture' });
    win.document.write(`<!doctype html><body>${body}</body>`);
    return win.document as unknown as Document;
  };
  const rows = '<table><tr><td>RA4081</td><td>29,90 €</td><td>Da pagare</td></tr></table>';
  const a = await pageSignature(pageText(page(rows), 'https://www.tim.it/mytim/fatture'));
  expect(a).toMatch(/^[0-9a-f]{64}$/);
  expect(await pageSignature(pageText(page(rows), 'https://www.tim.it/mytim/fatture'))).toBe(a);
  expect(await pageSignature(pageText(page(rows.replace('Da pagare', 'Pagata')), 'https://www.tim.it/mytim/fatture'))).not.toBe(a);
  expect(await pageSignature(pageText(page(rows), 'https://www.tim.it/mytim/fatture?anno=2025'))).not.toBe(a);
});

test('rows read on a page are known by print at that address while their invoice is archived in full; a read that skips an unknown print is refused', async () => {
  const db = await fresh();
  const url = 'https://www.tim.it/mytim/fatture';
  await captureInvoices(db, 'tim', [invoice('E1', null), invoice('E2', null), invoice('E3')]);
  await storeDocument(db, 'tim:E3', pdf, 'application/pdf');
  expect(await rememberPage(db, 'tim', sig(7), ['E1', 'E2', 'E3'], { url, read: [['p1', 'E1'], ['p2', 'E2'], ['p3', 'E3']], skipped: [] })).toBe(true);
  expect(await knownRowPrints(db, 'tim', url)).toEqual(['p1', 'p2', 'p3']);
  // Another address, another carrier: nothing known.
  expect(await knownRowPrints(db, 'tim', `${url}?anno=2025`)).toEqual([]);
  expect(await knownRowPrints(db, 'tim-business', url)).toEqual([]);

  // The next visit reads one new row and skips the three known: the page is remembered with all four invoices.
  await captureInvoices(db, 'tim', [invoice('E4', null)]);
  expect(await rememberPage(db, 'tim', sig(8), ['E4'], { url, read: [['p4', 'E4']], skipped: ['p1', 'p2', 'p3'] })).toBe(true);
  expect((await knownRowPrints(db, 'tim', url)).sort()).toEqual(['p1', 'p2', 'p3', 'p4']);
  // A skipped print the archive never gave: refused, nothing remembered.
  expect(await rememberPage(db, 'tim', sig(9), [], { url, read: [], skipped: ['p1', 'zz'] })).toBe(false);
  expect(await isKnownPage(db, 'tim', sig(9))).toBe(false);

  // An invoice deleted from the archive: its row is no longer known, so the next visit reads it again.
  await deleteInvoice(db, 'tim:E2');
  expect((await knownRowPrints(db, 'tim', url)).sort()).toEqual(['p1', 'p3', 'p4']);
});
