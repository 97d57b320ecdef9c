/**
 * Fetches one invoice document the way the portal's own link would: from the page's own origin, with the
 * customer's session cookies. The only network request Sentinella makes. Never another origin; a size cap.
 */
import { bytesToBase64 } from '../../lib/archive/base64.ts';
import { MAX_DOCUMENT_BYTES } from '../../lib/archive/limits.ts';
import type { DocumentMessage } from '../../lib/archive/types.ts';

export async function fetchDocument(id: string, url: string, origin = location.origin, maxBytes = MAX_DOCUMENT_BYTES): Promise<DocumentMessage> {
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
    const page = (globalThis as { content?: { fetch?: typeof fetch } }).content;
    const init: RequestInit = { credentials: 'include' };
    const res = await (page?.fetch ? page.fetch(target.href, init) : fetch(target.href, init));
    if (!res.ok) return fail(`Il portale ha risposto ${res.status}`);
    const contentType = (res.headers.get('content-type') ?? 'application/pdf').split(';')[0]!.trim();
    // An HTML answer is the portal's login or error page, not the invoice.
    if (contentType === 'text/html') return fail('Il portale non ha dato il documento (sessione scaduta?)');
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
    return { id, ok: true, base64: bytesToBase64(bytes), contentType };
  } catch (error) {
    return fail(`Download non riuscito: ${(error as Error)?.message ?? String(error)}`);
  }
}
