/**
 * The key of one paid extra listed on a carrier's page: what "Lo voglio tenere" keeps, what the archive files
 * each sighting under, what the panel, the popup and the archive page count or leave out. The detector builds
 * it once; the message to the background carries it as is; nothing else builds one from a record's fields,
 * except the archive's one-time upgrade of keys written before lines were part of them (`withLine`).
 *
 * Grammar: `<service>[@<line>][#<n>]`
 *   - `<service>`: the catalog id (`tim-prime-go`), or `unknown:` and the shown name normalised by
 *     `normalizeName` (`unknown:oroscopopremium`) for a paid row the catalog does not know;
 *   - `@<line>`: the phone line the page names for that row, digits as invoices show them (`@3331234567`);
 *     absent when the page names no line;
 *   - `#<n>`: the n-th listing (n ≥ 2, page order) of the same service on the same line, or on a page that
 *     names no line; the first listing has no `#`.
 * So "tim-prime-go@3331234567" kept on one line leaves the same service on "@3339876543" counted, and two
 * "Oroscopo Premium" rows on a page without line numbers are `unknown:oroscopopremium` and
 * `unknown:oroscopopremium#2`, kept or counted each on its own.
 */
import { normalizeName } from '../../shared/text.ts';

export interface ExtraKeyParts {
  /** The catalog id, or "unknown:" and the normalised name. */
  service: string;
  /** The line the page names for the row, or null. */
  line: string | null;
  /** 1 for the first listing, 2 for the second… */
  listing: number;
}

const UNKNOWN = 'unknown:';
const SERVICE = /^(?:unknown:[a-z0-9]*|[a-z0-9]+(?:-[a-z0-9]+)*)$/;
const LINE = /^\+?\d+$/;
const KEY = /^(unknown:[a-z0-9]*|[a-z0-9]+(?:-[a-z0-9]+)*)(?:@(\+?\d+))?(?:#([1-9]\d*))?$/;

/** The service part: the catalog id when the row matched one, else "unknown:" and the normalised name. */
export function serviceKey(catalogId: string | null | undefined, shownName: string): string {
  return catalogId ? catalogId : `${UNKNOWN}${normalizeName(shownName)}`;
}

/** True for a service part of a service the catalog does not know. */
export function isUnknownService(service: string): boolean {
  return service.startsWith(UNKNOWN);
}

/** The whole key. `line` must be digits (an optional "+" first) or null; `listing` counts from 1. */
export function extraKey(service: string, line: string | null, listing = 1): string {
  if (!SERVICE.test(service)) throw new Error(`not a service key: ${service}`);
  if (line !== null && !LINE.test(line)) throw new Error(`not a line: ${line}`);
  if (!Number.isSafeInteger(listing) || listing < 1) throw new Error(`not a listing number: ${listing}`);
  return `${service}${line === null ? '' : `@${line}`}${listing > 1 ? `#${listing}` : ''}`;
}

/** The parts of a key; null for text that is not one (a "#1" is not written, so it is not a key either). */
export function parseExtraKey(key: string): ExtraKeyParts | null {
  const m = KEY.exec(key);
  if (!m || m[3] === '1') return null;
  return { service: m[1]!, line: m[2] ?? null, listing: m[3] ? Number(m[3]) : 1 };
}

/** The line a phone number is written as in a key, or null when `line` is not one. */
export function keyLine(line: string | null): string | null {
  return line !== null && LINE.test(line) ? line : null;
}

/**
 * A key written before the line was part of it (archive version 3, backups made then), for a record seen on
 * `line`: the same service, now on that line. A key that already names a line, or a record with no line
 * (or with text a key cannot hold), is returned as it was.
 */
export function withLine(key: string, line: string | null): string {
  const parts = parseExtraKey(key);
  const digits = keyLine(line);
  if (!parts || parts.line !== null || digits === null) return key;
  return extraKey(parts.service, digits, parts.listing);
}
