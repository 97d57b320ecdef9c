import { afterEach, describe, expect, test, vi } from 'vitest';
import { fetchDocument } from '../../extension/carrier-page/invoices/fetch-document.ts';
import { base64ToBytes } from '../../extension/lib/archive/base64.ts';

const ORIGIN = 'https://www.tim.it';
afterEach(() => vi.unstubAllGlobals());

function stub(response: Response) {
  const fetch = vi.fn(async () => response);
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

describe('fetching an invoice document', () => {
  test('from the page origin, with the session cookies: bytes come back as base64', async () => {
    const fetch = stub(new Response(new TextEncoder().encode('%PDF-1.7'), { headers: { 'content-type': 'application/pdf' } }));
    const doc = await fetchDocument('tim:1', `${ORIGIN}/doc?n=1`, ORIGIN);
    // Cookies for the page's own origin only, no redirect followed, and a time limit.
    expect(fetch).toHaveBeenCalledWith(`${ORIGIN}/doc?n=1`, expect.objectContaining({ credentials: 'same-origin', redirect: 'manual', signal: expect.any(AbortSignal) }));
    expect(doc.ok).toBe(true);
    if (doc.ok) expect(new TextDecoder().decode(base64ToBytes(doc.base64))).toBe('%PDF-1.7');
  });

  test('another origin is never contacted', async () => {
    const fetch = stub(new Response('x'));
    expect(await fetchDocument('tim:1', 'https://cdn.example.com/doc.pdf', ORIGIN)).toEqual({ id: 'tim:1', ok: false, error: 'Documento su un altro sito: non scaricato' });
    expect(fetch).not.toHaveBeenCalled();
  });

  test.each([
    ['a refusal', new Response('no', { status: 403 }), /risposto 403/],
    ['a login page instead of the document', new Response('<html>', { headers: { 'content-type': 'text/html; charset=utf-8' } }), /sessione scaduta/],
    ['a document over the cap (declared)', new Response('x'.repeat(20), { headers: { 'content-type': 'application/pdf', 'content-length': '20' } }), /troppo grande/],
    ['a document over the cap (streamed)', new Response(new ReadableStream({ start(c) { c.enqueue(new Uint8Array(8)); c.enqueue(new Uint8Array(8)); c.close(); } }), { headers: { 'content-type': 'application/pdf' } }), /troppo grande/],
  ])('%s is recorded as a failure', async (_name, response, message) => {
    stub(response);
    const doc = await fetchDocument('tim:1', `${ORIGIN}/doc`, ORIGIN, { maxBytes: 10 });
    expect(doc.ok).toBe(false);
    if (!doc.ok) expect(doc.error).toMatch(message);
  });

  test('a global named "content" (as a page element can be) does not choose how the document is fetched', async () => {
    const fetch = stub(new Response(new TextEncoder().encode('%PDF-1.7'), { headers: { 'content-type': 'application/pdf' } }));
    const shadow = vi.fn(async () => new Response('<html>', { headers: { 'content-type': 'text/html' } }));
    vi.stubGlobal('content', { fetch: shadow });
    // This is not a Firefox build (import.meta.env.FIREFOX is unset): the content script's own fetch is used.
    expect((await fetchDocument('tim:1', `${ORIGIN}/doc`, ORIGIN)).ok).toBe(true);
    expect(shadow).not.toHaveBeenCalled();
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  test('a network error is recorded as a failure', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => { throw new TypeError('Failed to fetch'); }));
    expect(await fetchDocument('tim:1', `${ORIGIN}/doc`, ORIGIN)).toEqual({ id: 'tim:1', ok: false, error: 'Download non riuscito: Failed to fetch' });
  });
});

test('base64 round trip of a large document, byte for byte', async () => {
  const { bytesToBase64 } = await import('../../extension/lib/archive/base64.ts');
  const bytes = new Uint8Array(300_000).map((_, i) => (i * 7919) % 256);
  const back = new Uint8Array(base64ToBytes(bytesToBase64(bytes)));
  expect(back.length).toBe(bytes.length);
  expect(back.every((b, i) => b === bytes[i])).toBe(true);
  expect(() => base64ToBytes('not base64 at all!')).toThrow();
});
