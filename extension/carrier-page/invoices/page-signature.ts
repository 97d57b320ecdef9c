/**
 * A fingerprint of an invoice page as it stands: its address and every character of its text. The capture
 * sends it with a page it archived in full; on a later visit the light content script sends it first, and if
 * the archive already holds that exact page (every invoice, every document), the invoice reader is not even
 * loaded. Any change on the page (a new invoice, a status now "Pagata") gives another fingerprint, and the
 * page is read again. The fingerprint stays in the extension; the page's text is never stored or sent.
 */

/** What the fingerprint covers, read at once (no layout): the page's address and its text. */
export function pageText(doc: Document, href: string): string {
  return `${href}\n${doc.body?.textContent ?? ''}`;
}

/** SHA-256 of `text`, in hex (the platform's digest: a page of 1,000 invoices takes well under a millisecond). */
export async function pageSignature(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  let hex = '';
  for (const byte of new Uint8Array(digest)) hex += byte.toString(16).padStart(2, '0');
  return hex;
}
