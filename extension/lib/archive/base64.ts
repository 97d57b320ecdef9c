/** Bytes to base64 and back, in chunks so large documents do not overflow the call stack. */

export function bytesToBase64(bytes: ArrayBuffer | Uint8Array): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  // Native where the browser has it (Uint8Array.prototype.toBase64), else by hand.
  const native = (view as Uint8Array & { toBase64?: () => string }).toBase64;
  if (typeof native === 'function') return native.call(view);
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < view.length; i += CHUNK) binary += String.fromCharCode(...view.subarray(i, i + CHUNK));
  return btoa(binary);
}

/** Decodes base64; throws on text that is not base64. */
export function base64ToBytes(text: string): ArrayBuffer {
  const native = (Uint8Array as unknown as { fromBase64?: (s: string) => Uint8Array }).fromBase64;
  if (typeof native === 'function') return native(text).buffer as ArrayBuffer;
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out.buffer;
}
