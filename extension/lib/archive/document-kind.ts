/**
 * Whether fetched bytes are an invoice document at all. A portal whose session has expired answers the
 * document link with its login page, a JSON error ("sessione scaduta") or an HTML notice, often with a 200
 * status and sometimes even labelled application/pdf: such an answer must never be archived as the invoice.
 * A document is a PDF (the "%PDF-" header, in any letter case, within the first 1024 bytes as PDF readers
 * accept it) or a picture of an allowed type whose bytes are that picture.
 */
export type DocumentKind = { ok: true; type: string } | { ok: false; error: string };

export const NOT_A_DOCUMENT = 'Il portale non ha dato il documento (sessione scaduta?)';

/** Picture types kept as invoice documents, each with the bytes its files start with. */
const IMAGES: Record<string, (b: Uint8Array) => boolean> = {
  'image/png': (b) => [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((x, i) => b[i] === x),
  'image/jpeg': (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'image/webp': (b) => ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP',
};

function ascii(bytes: Uint8Array, from: number, to: number): string {
  return String.fromCharCode(...bytes.subarray(from, to));
}

function isPdf(bytes: Uint8Array): boolean {
  return ascii(bytes, 0, 1024).toUpperCase().includes('%PDF-');
}

/** The type to store the bytes under, or why they are not a document. `declared` is the response's Content-Type. */
export function documentKind(bytes: Uint8Array, declared: string): DocumentKind {
  if (isPdf(bytes)) return { ok: true, type: 'application/pdf' };
  const type = declared.split(';')[0]!.trim().toLowerCase();
  const matches = IMAGES[type];
  if (matches?.(bytes)) return { ok: true, type };
  return { ok: false, error: NOT_A_DOCUMENT };
}
