import 'fake-indexeddb/auto';
import { expect, test } from 'vitest';
import { handleCapture, handleDocument } from '../../extension/background/archive-handlers.ts';
import { openArchive } from '../../extension/lib/archive/db.ts';
import { listInvoices } from '../../extension/lib/archive/archive.ts';
import type { ParsedInvoice } from '../../extension/lib/archive/types.ts';

const inv = (number: string, documentUrl: string | null): ParsedInvoice => ({ number, period: null, periodMonth: '2026-10', issueDate: '2026-10-05', amountCents: 100, dueDate: null, status: 'paid', line: null, documentUrl, items: [] });
const from = (url: string) => ({ url }) as never;

test('the carrier comes from the sending page; other sites and plain http are refused', async () => {
  const r = await handleCapture({ invoices: [inv('H1', 'https://timbusiness.tim.it/doc?n=H1')] }, from('https://timbusiness.tim.it/fatture'));
  expect(r).toMatchObject({ carrier: 'tim-business', added: 1, needDocuments: [{ id: 'tim-business:H1', url: 'https://timbusiness.tim.it/doc?n=H1' }] });
  await expect(handleCapture({ invoices: [inv('H2', null)] }, from('https://example.com/fatture'))).rejects.toThrow(/non di un operatore/);
  await expect(handleCapture({ invoices: [inv('H3', null)] }, from('http://www.tim.it/fatture'))).rejects.toThrow(/non di un operatore/);
});

test('a document link to another origin is dropped before it is stored', async () => {
  const r = await handleCapture({ invoices: [inv('H4', 'https://cdn.example.com/H4.pdf')] }, from('https://www.tim.it/mytim/fatture'));
  expect(r.needDocuments).toEqual([]);
  const stored = (await listInvoices(await openArchive())).find((i) => i.id === 'tim:H4');
  expect(stored?.documentUrl).toBeNull();
});

test('documents are accepted only for the sending carrier, and stored with the invoice', async () => {
  await expect(handleDocument({ id: 'tim-business:H1', ok: true, base64: 'JVBERi0=', contentType: 'application/pdf' }, from('https://www.tim.it/x'))).rejects.toThrow(/altro operatore/);
  expect(await handleDocument({ id: 'tim-business:H1', ok: true, base64: 'JVBERi0=', contentType: 'application/pdf' }, from('https://timbusiness.tim.it/fatture'))).toEqual({ stored: true });
  const stored = (await listInvoices(await openArchive())).find((i) => i.id === 'tim-business:H1');
  expect(stored?.document).toMatchObject({ state: 'stored', size: 5 });
});

test('invoices from a page are archived with known fields only, of the expected kind', async () => {
  const odd = [
    { ...inv('H5', 'javascript:alert(1)'), amountCents: '34,90', issueDate: '2026-02-30', status: 'rubata', line: 42, extra: 'x'.repeat(10_000) },
    { ...inv('', null) },
    { number: { toString: () => 'H6' } },
    'not an invoice',
  ];
  const r = await handleCapture({ invoices: odd as never }, from('https://www.tim.it/mytim/fatture'));
  expect(r).toMatchObject({ seen: 1, added: 1, needDocuments: [] });
  const stored = (await listInvoices(await openArchive())).find((i) => i.id === 'tim:H5');
  expect(stored).toMatchObject({ number: 'H5', amountCents: null, issueDate: null, status: null, line: null, documentUrl: null, periodMonth: '2026-10' });
  expect(stored).not.toHaveProperty('extra');
});

test('page fingerprints are asked and remembered only from a carrier\'s customer area, for that carrier\'s invoices', async () => {
  const { handlePageKnown, handlePageRead } = await import('../../extension/background/archive-handlers.ts');
  const signature = 'a'.repeat(64);
  await handleCapture({ invoices: [inv('K1', null), inv('K2', null)] }, from('https://www.tim.it/mytim/fatture'));
  await expect(handlePageRead({ signature, numbers: ['K1', 'K2'] }, from('https://example.com/fatture'))).rejects.toThrow(/non di un operatore/);
  expect(await handlePageRead({ signature, numbers: 'K1' }, from('https://www.tim.it/mytim/fatture'))).toEqual({ remembered: false });
  expect(await handlePageRead({ signature, numbers: ['K1', 'K2'] }, from('https://www.tim.it/mytim/fatture'))).toEqual({ remembered: true });
  expect(await handlePageKnown({ signature }, from('https://www.tim.it/mytim/fatture'))).toEqual({ known: true });
  // The same fingerprint from another carrier's area: its invoices are not that carrier's.
  expect(await handlePageKnown({ signature }, from('https://timbusiness.tim.it/fatture'))).toEqual({ known: false });
  expect(await handlePageKnown({ signature: 42 }, from('https://www.tim.it/mytim/fatture'))).toEqual({ known: false });
  // Rows: the address must be the sender's own origin, the prints and numbers of the expected form.
  const { handleKnownRows } = await import('../../extension/background/archive-handlers.ts');
  const page = 'https://www.tim.it/mytim/fatture';
  expect(await handlePageRead({ signature, numbers: ['K1', 'K2'], url: 'https://example.com/x', read: [['r1', 'K1']], skipped: [] }, from(page))).toEqual({ remembered: false });
  expect(await handlePageRead({ signature, numbers: ['K1', 'K2'], url: page, read: [['r1', 'K1'], [{}, 'K2']], skipped: [] }, from(page))).toEqual({ remembered: false });
  expect(await handlePageRead({ signature, numbers: ['K1', 'K2'], url: page, read: [['r1', 'K1'], ['r2', 'K2']], skipped: [] }, from(page))).toEqual({ remembered: true });
  expect(await handleKnownRows({ url: page }, from(page))).toEqual({ prints: ['r1', 'r2'] });
  expect(await handleKnownRows({ url: 'https://timbusiness.tim.it/fatture' }, from(page))).toEqual({ prints: [] });
});
