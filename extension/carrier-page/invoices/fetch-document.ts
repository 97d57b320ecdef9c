/**
 * Fetches one invoice document the way the portal's own link would: from the page's own origin, with the
 * customer's session cookies. The only network request Sentinella makes, and it stays on that origin:
 * - another origin is never asked, and a redirect is not followed (a portal that moves the document, or a
 *   login wall that sends the browser elsewhere, is a failure retried on a later visit);
 * - cookies go with same-origin requests only;
 * - the answer must arrive within a time limit and stay under a size cap;
 * - the bytes must be a document (a PDF or an allowed picture, see document-kind.ts), never a login page.
 */
import { bytesToBase64 } from '../../lib/archive/base64.ts';
import { documentKind } from '../../lib/archive/document-kind.ts';
import { MAX_DOCUMENT_BYTES } from '../../lib/archive/limits.ts';
import type { DocumentMessage } from '../../lib/archive/types.ts';

/** How long one document may take, headers and body together. */
export const DOCUMENT_TIMEOUT_MS = 30_000;

export interface FetchLimits {
  maxBytes?: number;
  timeoutMs?: number;
}

export async function fetchDocument(id: string, url: string, origin = location.origin, limits: FetchLimits = {}): Promise<DocumentMessage> {
  const { maxBytes = MAX_DOCUMENT_BYTES, timeoutMs = DOCUMENT_TIMEOUT_MS } = limits;
  const fail = (error: string): DocumentMessage => ({ id, ok: false, error });
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return fail('Indirizzo del documento non valido');
  }
  if (target.origin !== origin) return fail('Documento su un altro sito: non scaricato');
  try {
    // Firefox runs content-script fetch with the extension's identity; content.fetch asks as the page does.
    // Which browser this is comes from the build, never from a global the page could shadow (an element
    // named "content" is a window property in Chromium's content scripts too).
    const init: RequestInit = { credentials: 'same-origin', redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) };
    const res = await (import.meta.env.FIREFOX ? (globalThis as unknown as { content: { fetch: typeof fetch } }).content.fetch(target.href, init) : fetch(target.href, init));
    // redirect: 'manual' turns any redirect into an opaque answer; a followed one would show in res.url.
    if (res.type === 'opaqueredirect' || (res.status >= 300 && res.status < 400) || (res.url && new URL(res.url).origin !== origin)) {
      return fail('Il portale ha rimandato il documento a un altro indirizzo: non salvato');
    }
    if (!res.ok) return fail(`Il portale ha risposto ${res.status}`);
    const declared = res.headers.get('content-type') ?? '';
    if (Number(res.headers.get('content-length') ?? 0) > maxBytes) return fail('Documento troppo grande');
    const reader = res.body?.getReader();
    if (!reader) return fail('Risposta vuota');
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel();
        return fail('Documento troppo grande');
      }
      chunks.push(value);
    }
    const bytes = new Uint8Array(size);
    let at = 0;
    for (const c of chunks) {
      bytes.set(c, at);
      at += c.byteLength;
    }
    const kind = documentKind(bytes, declared);
    if (!kind.ok) return fail(kind.error);
    return { id, ok: true, base64: bytesToBase64(bytes), contentType: kind.type };
  } catch (error) {
    const name = (error as { name?: string })?.name;
    if (name === 'TimeoutError' || name === 'AbortError') return fail(`Il portale non ha dato il documento entro ${Math.round(timeoutMs / 1000)} secondi`);
    return fail(`Download non riuscito: ${(error as Error)?.message ?? String(error)}`);
  }
}
