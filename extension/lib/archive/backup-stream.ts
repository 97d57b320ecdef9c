/**
 * Restore from a backup file of any size up to MAX_BACKUP_BYTES, read as a stream of bytes: the file never
 * becomes one string. A small scanner follows the JSON's structure (strings, escapes, brackets) and cuts out,
 * one at a time, each element of the top-level "documents" array: that element alone is parsed, its base64
 * decoded to bytes, and it is put back with an empty base64. What is left (format, invoices, the documents'
 * metadata, seen extras) is small; it is parsed at the end and goes through the very checks of checkBackup
 * (checkData) before anything is written. Only structure is scanned here: JSON.parse still judges every value.
 */
import catalog from 'virtual:sentinella-catalog';
import { base64ToBytes } from './base64.ts';
import { checkData, damaged, unreadable, type BackupCheck, type Operators } from './backup.ts';
import { t } from '../i18n.ts';
import { MAX_DOCUMENT_BYTES } from './limits.ts';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const COMMA = 0x2c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const isSpace = (b: number) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;

/** One document as JSON can be no longer than the base64 of the largest document kept, plus its few other fields. */
export const MAX_DOCUMENT_JSON_BYTES = Math.ceil(MAX_DOCUMENT_BYTES / 3) * 4 + 64 * 1024;
/** Everything but the documents' base64 (invoices, metadata, seen extras): far more than a real archive holds. */
export const MAX_REST_BYTES = 256 * 1024 * 1024;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;


/** Byte pieces kept in order, joined once at the end. */
class Pieces {
  parts: Uint8Array[] = [];
  size = 0;
  push(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    this.parts.push(bytes.slice());
    this.size += bytes.length;
  }
  join(): Uint8Array {
    const out = new Uint8Array(this.size);
    let at = 0;
    for (const p of this.parts) {
      out.set(p, at);
      at += p.length;
    }
    this.parts = [];
    return out;
  }
}

/** Why the scan stopped early: a message for the user. */
class Refused extends Error {}

class Scanner {
  private depth = 0;
  private inString = false;
  private escaped = false;
  /** The top-level object's last string, and the key whose value comes next: a string is a key once a colon follows. */
  private topString: number[] = [];
  private topKey = '';
  private inDocuments = false;
  private sawDocuments = false;
  /** The document being cut out: how it began, its bytes so far. */
  private element: { kind: 'container' | 'string' | 'other'; bytes: Pieces } | undefined;
  private readonly rest = new Pieces();
  private readonly encoder = new TextEncoder();
  private readonly decoder = new TextDecoder();
  /** Each document's bytes in file order; null when its base64 could not be decoded. */
  readonly decoded: (ArrayBuffer | null)[] = [];

  /** Bytes of the current chunk not yet handed to the rest or to the element being cut out. */
  private chunk: Uint8Array = new Uint8Array(0);
  private from = 0;

  write(chunk: Uint8Array): void {
    this.chunk = chunk;
    this.from = 0;
    const n = chunk.length;
    let nextBackslash = -1;
    let i = 0;
    while (i < n) {
      if (this.inString) {
        if (this.escaped) {
          this.escaped = false;
          i++;
          continue;
        }
        // Base64 has neither quotes nor backslashes: find the string's end natively instead of byte by byte.
        if (nextBackslash !== n && nextBackslash < i) {
          nextBackslash = chunk.indexOf(BACKSLASH, i);
          if (nextBackslash < 0) nextBackslash = n;
        }
        let quote = chunk.indexOf(QUOTE, i);
        if (quote < 0) quote = n;
        if (nextBackslash < quote) {
          this.keepTopString(i, nextBackslash + 1);
          i = nextBackslash + 1;
          this.escaped = true;
          continue;
        }
        this.keepTopString(i, quote);
        if (quote === n) break;
        this.inString = false;
        i = quote + 1;
        if (this.element?.kind === 'string' && this.depth === 2) this.endElement(i);
        continue;
      }
      const b = chunk[i]!;
      if (this.element?.kind === 'other' && this.depth === 2 && (b === COMMA || b === CLOSE_ARRAY || isSpace(b))) this.endElement(i);
      if (this.inDocuments && this.depth === 2 && !this.element && !isSpace(b) && b !== COMMA && b !== CLOSE_ARRAY) {
        this.startElement(i, b === OPEN_OBJECT || b === OPEN_ARRAY ? 'container' : b === QUOTE ? 'string' : 'other');
      }
      if (b === QUOTE) {
        this.inString = true;
        if (this.depth === 1) this.topString = [];
      } else if (b === OPEN_OBJECT || b === OPEN_ARRAY) {
        this.depth++;
        if (b === OPEN_ARRAY && this.depth === 2 && this.topKey === 'documents') {
          if (this.sawDocuments) throw new Refused(damaged(t('backupDocumentListTwice')));
          this.sawDocuments = true;
          this.inDocuments = true;
        }
      } else if (b === CLOSE_OBJECT || b === CLOSE_ARRAY) {
        this.depth--;
        if (this.element?.kind === 'container' && this.depth === 2) this.endElement(i + 1);
        else if (this.inDocuments && this.depth === 1) this.inDocuments = false;
      } else if (b === COLON && this.depth === 1) {
        this.topKey = String.fromCharCode(...this.topString);
      }
      i++;
    }
    this.flush(n);
  }

  /** The parsed rest of the file, and whether the file ended where its JSON does. */
  end(): unknown {
    if (this.inString || this.depth !== 0 || this.element) throw new Refused(unreadable());
    try {
      return JSON.parse(this.decoder.decode(this.rest.join()));
    } catch {
      throw new Refused(unreadable());
    }
  }

  /** Remembers the first bytes of a string at depth 1: enough to tell the key "documents". */
  private keepTopString(from: number, to: number): void {
    if (this.depth !== 1 || this.topString.length > 16) return;
    for (let k = from; k < to && this.topString.length <= 16; k++) this.topString.push(this.chunk[k]!);
  }

  /** Hands the bytes from `from` to `to` of this chunk to whoever they belong to. */
  private flush(to: number): void {
    const bytes = this.chunk.subarray(this.from, to);
    this.from = to;
    if (!this.element) {
      if (this.rest.size + bytes.length > MAX_REST_BYTES) {
        throw new Refused(damaged(t('backupRestTooLarge', String(MAX_REST_BYTES / 1024 / 1024))));
      }
      this.rest.push(bytes);
      return;
    }
    if (this.element.bytes.size + bytes.length > MAX_DOCUMENT_JSON_BYTES) {
      throw new Refused(damaged(t('backupStreamDocumentTooLarge', [String(this.decoded.length + 1), String(MAX_DOCUMENT_BYTES / 1024 / 1024)])));
    }
    this.element.bytes.push(bytes);
  }

  private startElement(at: number, kind: 'container' | 'string' | 'other'): void {
    this.flush(at);
    this.element = { kind, bytes: new Pieces() };
  }

  /** One document is complete: parsed alone, its bytes decoded, put back into the rest without its base64. */
  private endElement(at: number): void {
    this.flush(at);
    const text = this.decoder.decode(this.element!.bytes.join());
    this.element = undefined;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw new Refused(unreadable());
    }
    let bytes: ArrayBuffer | null = null;
    if (value && typeof value === 'object' && !Array.isArray(value) && typeof (value as { base64?: unknown }).base64 === 'string') {
      const base64 = (value as { base64: string }).base64;
      const ok = BASE64.test(base64);
      if (ok) {
        try {
          bytes = base64ToBytes(base64);
        } catch {
          bytes = null;
        }
      }
      // Text that is not base64 stays not base64, so the schema names it as checkBackup would.
      value = { ...value, base64: ok ? '' : '!' };
    }
    this.decoded.push(bytes);
    this.rest.push(this.encoder.encode(JSON.stringify(value)));
  }
}

/**
 * Checks a backup file completely, reading it as a stream; nothing is written here. Returns what checkBackup
 * would for the same text, except that `backup.documents` keep an empty base64 (their bytes are in `documents`).
 * Throws only if the file itself cannot be read.
 */
export async function checkBackupFile(file: { stream(): ReadableStream<Uint8Array> }, operators: Operators = catalog.operators): Promise<BackupCheck> {
  const scanner = new Scanner();
  const reader = file.stream().getReader();
  let data: unknown;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      scanner.write(value);
    }
    data = scanner.end();
  } catch (error) {
    if (!(error instanceof Refused)) throw error;
    await reader.cancel().catch(() => undefined);
    return { ok: false, error: error.message };
  }
  return checkData(data, (_d, index) => {
    const bytes = scanner.decoded[index];
    if (!bytes) throw new Error('base64');
    return bytes;
  }, operators);
}
