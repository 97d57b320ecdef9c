/**
 * The archive keeps only real documents: what a portal answers when the session has expired (a login page,
 * a JSON error, an HTML notice labelled as a PDF) is a failure retried later, never the invoice's PDF; a
 * redirect or a portal that never answers is a failure too; a document already stored is never replaced.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { fetchDocument } from '../../extension/carrier-page/invoices/fetch-document.ts';
import { documentKind } from '../../extension/lib/archive/document-kind.ts';
import { handleCapture, handleDocument } from '../../extension/background/archive-handlers.ts';
import { openArchive } from '../../extension/lib/archive/db.ts';
import { captureInvoices, getDocument, listInvoices, storeDocument } from '../../extension/lib/archive/archive.ts';
import { bytesToBase64 } from '../../extension/lib/archive/base64.ts';
import type { ParsedInvoice } from '../../extension/lib/archive/types.ts';

const ORIGIN = 'https://www.tim.it';
const text = (s: string) => new TextEncoder().encode(s);
afterEach(() => vi.unstubAllGlobals());

describe('what counts as a document', () => {
  test.each([
    ['a PDF', text('%PDF-1.4\n...'), 'application/pdf', 'application/pdf'],
    ['a PDF in lower case, served as a download', text('%pdf-1.7'), 'application/octet-stream', 'application/pdf'],
    ['a PDF after a few bytes of junk', text('\r\n  %PDF-1.3'), '', 'application/pdf'],
    ['a PNG picture', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]), 'IMAGE/PNG', 'image/png'],
    ['a JPEG picture', new Uint8Array([0xff, 0xd8, 0xff, 0xe0]), 'image/jpeg; charset=binary', 'image/jpeg'],
  ])('%s is kept', (_name, bytes, declared, type) => {
    expect(documentKind(bytes, declared)).toEqual({ ok: true, type });
  });

  test.each([
    ['a login page', text('<!doctype html><title>Accedi a MyTIM</title>'), 'text/html'],
    ['a login page labelled as a PDF', text('<html><body>Sessione scaduta</body></html>'), 'application/pdf'],
    ['a JSON error', text('{"errore":"sessione scaduta"}'), 'application/json'],
    ['text claiming to be a picture', text('not a png'), 'image/png'],
    ['an SVG (it can carry scripts)', text('<svg xmlns="http://www.w3.org/2000/svg"/>'), 'image/svg+xml'],
    ['nothing at all', new Uint8Array(0), 'application/pdf'],
  ])('%s is refused', (_name, bytes, declared) => {
    expect(documentKind(bytes, declared)).toMatchObject({ ok: false, error: expect.stringMatching(/sessione scaduta/) });
  });
});

describe('fetching a document from the portal', () => {
  test('a session-expired answer with status 200 is a failure, not a document', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('{"errore":"sessione scaduta"}', { headers: { 'content-type': 'application/json' } })));
    expect(await fetchDocument('tim:1', `${ORIGIN}/doc`, ORIGIN)).toMatchObject({ ok: false, error: expect.stringMatching(/sessione scaduta/) });
  });

  test('a redirect is not followed: the document is not saved', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Object.defineProperty(new Response(null, { status: 200 }), 'type', { value: 'opaqueredirect' })));
    expect(await fetchDocument('tim:1', `${ORIGIN}/doc`, ORIGIN)).toMatchObject({ ok: false, error: expect.stringMatching(/altro indirizzo/) });
  });

  test('an answer that ends up on another origin is refused', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Object.defineProperty(new Response(text('%PDF-1.4')), 'url', { value: 'https://login.example.com/pdf' })));
    expect(await fetchDocument('tim:1', `${ORIGIN}/doc`, ORIGIN)).toMatchObject({ ok: false, error: expect.stringMatching(/altro indirizzo/) });
  });

  test('a portal that never answers gives up after the time limit', async () => {
    vi.stubGlobal('fetch', vi.fn((_url: string, init: RequestInit) => new Promise((_resolve, reject) => {
      init.signal!.addEventListener('abort', () => reject(init.signal!.reason));
    })));
    const started = Date.now();
    expect(await fetchDocument('tim:1', `${ORIGIN}/doc`, ORIGIN, { timeoutMs: 50 })).toMatchObject({ ok: false, error: expect.stringMatching(/entro/) });
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

const inv = (number: string): ParsedInvoice => ({ number, period: null, periodMonth: '2026-10', issueDate: '2026-10-05', amountCents: 100, dueDate: null, status: 'paid', line: null, documentUrl: `${ORIGIN}/doc?n=${number}`, items: [] });
const from = (url: string) => ({ url }) as never;

describe('storing documents', () => {
  test('the background refuses a login page sent as a document and records a failure to retry', async () => {
    await handleCapture({ invoices: [inv('D1')] }, from(`${ORIGIN}/mytim/fatture`));
    const login = bytesToBase64(text('<html>Accedi</html>'));
    expect(await handleDocument({ id: 'tim:D1', ok: true, base64: login, contentType: 'application/pdf' }, from(`${ORIGIN}/mytim/fatture`))).toEqual({ stored: false });
    const db = await openArchive();
    expect(await getDocument(db, 'tim:D1')).toBeUndefined();
    const record = (await listInvoices(db)).find((i) => i.id === 'tim:D1')!;
    expect(record.document).toMatchObject({ state: 'failed' });
    // Still wanted on the next visit.
    const again = await captureInvoices(db, 'tim', [inv('D1')]);
    expect(again.needDocuments.map((d) => d.id)).toContain('tim:D1');
  });

  test('a document already stored is not overwritten', async () => {
    const db = await openArchive();
    await captureInvoices(db, 'tim', [inv('D2')]);
    expect(await storeDocument(db, 'tim:D2', text('%PDF-first').buffer as ArrayBuffer, 'application/pdf')).toBe(true);
    expect(await storeDocument(db, 'tim:D2', text('%PDF-second').buffer as ArrayBuffer, 'application/pdf')).toBe(false);
    expect(new TextDecoder().decode((await getDocument(db, 'tim:D2'))!.bytes)).toBe('%PDF-first');
  });
});
