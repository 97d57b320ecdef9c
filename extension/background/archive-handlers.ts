/**
 * The background side of the invoice archive: content scripts send what they read, the worker writes it
 * into IndexedDB in the extension's origin. The carrier is taken from the sender's page, never from the message,
 * and documents are accepted only for invoices already archived from that carrier.
 */
import catalog from 'virtual:sentinella-catalog/background';
import type { Browser } from 'wxt/browser';
import { openArchive, type ArchiveDB } from '../lib/archive/db.ts';
import { captureInvoices, recordDocumentFailure, storeDocument, type CaptureResult } from '../lib/archive/archive.ts';
import { base64ToBytes } from '../lib/archive/base64.ts';
import { documentKind } from '../lib/archive/document-kind.ts';
import { announceArchiveChanged } from '../lib/archive/changes.ts';
import { MAX_DOCUMENT_BYTES } from '../lib/archive/limits.ts';
import { carrierForHost } from '../lib/carrier-for-host.ts';
import { customerAreaCarrier } from '../lib/archive/customer-area.ts';
import { isKnownPage, knownRowPrints, MAX_ROWS_PER_PAGE, rememberPage } from '../lib/archive/known-pages.ts';
import { recordSeenExtras, type SeenExtrasResult } from '../lib/archive/seen-extras.ts';
import { cleanSeenExtras } from '../lib/archive/clean-seen-extras.ts';
import { cleanInvoices } from '../lib/archive/clean-invoices.ts';
import { adoptArchivedWanted } from '../lib/wanted-services.ts';
import type { DocumentMessage, ParsedInvoice, SeenExtra } from '../lib/archive/types.ts';


let opened: Promise<ArchiveDB> | undefined;
function archive(): Promise<ArchiveDB> {
  // A connection closed for an extension update is forgotten, so the next message opens a fresh one.
  opened ??= openArchive(undefined, () => {
    opened = undefined;
  }).then((db) => {
    // Kept keys an older archive held in its records move to the one wanted list.
    void adoptArchivedWanted(db).catch(() => undefined);
    return db;
  }).catch((error: unknown) => {
    opened = undefined;
    throw error;
  });
  return opened;
}

function senderCarrier(sender: Browser.runtime.MessageSender): { carrier: string; origin: string } {
  // The frame that sent the message (its origin is the one documents must come from).
  const url = sender.url ?? sender.tab?.url;
  if (!url) throw new Error('Messaggio senza pagina di origine');
  const { hostname, origin, protocol } = new URL(url);
  const carrier = protocol === 'https:' ? carrierForHost(hostname, catalog.operators) : null;
  if (!carrier) throw new Error(`Pagina non di un operatore: ${hostname}`);
  return { carrier, origin };
}

/**
 * The carrier whose customer area sent the message: invoices and their documents are accepted only from
 * there (content/operators), never from any other page the content script runs on (a shop, a promo page).
 */
function senderCustomerArea(sender: Browser.runtime.MessageSender): { carrier: string; origin: string } {
  const { origin } = senderCarrier(sender);
  const url = (sender.url ?? sender.tab?.url)!;
  const carrier = customerAreaCarrier(url, catalog.operators);
  if (!carrier) throw new Error(`Pagina fuori dall'area clienti: ${new URL(url).hostname}`);
  return { carrier, origin };
}

/** The longest a document message may be: the size cap in base64, plus padding. */
const MAX_BASE64 = Math.ceil(MAX_DOCUMENT_BYTES / 3) * 4 + 4;

/** A document message checked in full: its kind, the id's form and every length, before anything is read. */
function checkDocumentMessage(message: unknown): DocumentMessage {
  const m = message as Record<string, unknown> | null;
  const bad = (why: string) => new Error(`Messaggio di documento non valido: ${why}`);
  if (!m || typeof m !== 'object') throw bad('non è un oggetto');
  if (typeof m.id !== 'string' || m.id.length > 200 || !/^[a-z0-9-]+:[^\n]{1,60}$/.test(m.id)) throw bad('id');
  if (m.ok === true) {
    if (typeof m.base64 !== 'string' || m.base64.length > MAX_BASE64) throw bad('contenuto');
    if (typeof m.contentType !== 'string' || m.contentType.length > 200) throw bad('tipo');
    return { id: m.id, ok: true, base64: m.base64, contentType: m.contentType };
  }
  if (m.ok === false) return { id: m.id, ok: false, error: typeof m.error === 'string' ? m.error.slice(0, 300) : 'Errore sconosciuto' };
  throw bad('esito');
}

export async function handleCapture(message: { invoices: ParsedInvoice[] }, sender: Browser.runtime.MessageSender): Promise<CaptureResult> {
  const { carrier, origin } = senderCustomerArea(sender);
  // Only known fields of the expected kind are kept; links to other sites are dropped here too: only the
  // page's own origin may serve documents.
  const invoices = cleanInvoices(message.invoices, origin);
  const result = await captureInvoices(await archive(), carrier, invoices);
  if (result.added + result.updated > 0) announceArchiveChanged();
  return result;
}

export async function handleDocument(raw: DocumentMessage, sender: Browser.runtime.MessageSender): Promise<{ stored: boolean }> {
  const { carrier } = senderCustomerArea(sender);
  const message = checkDocumentMessage(raw);
  if (!message.id.startsWith(`${carrier}:`)) throw new Error('Documento di un altro operatore');
  const db = await archive();
  if (!message.ok) {
    await recordDocumentFailure(db, message.id, message.error);
    return { stored: false };
  }
  const bytes = base64ToBytes(message.base64);
  if (bytes.byteLength > MAX_DOCUMENT_BYTES) {
    await recordDocumentFailure(db, message.id, 'Documento troppo grande');
    return { stored: false };
  }
  // Checked again where it is stored: only a PDF or an allowed picture becomes the invoice's document.
  const kind = documentKind(new Uint8Array(bytes), message.contentType);
  if (!kind.ok) {
    await recordDocumentFailure(db, message.id, kind.error);
    return { stored: false };
  }
  const stored = await storeDocument(db, message.id, bytes, kind.type);
  if (stored) announceArchiveChanged();
  return { stored };
}

/** A return visit to an invoice page: known when that exact page (by fingerprint) is archived in full. */
export async function handlePageKnown(message: { signature: unknown }, sender: Browser.runtime.MessageSender): Promise<{ known: boolean }> {
  const { carrier } = senderCustomerArea(sender);
  if (typeof message.signature !== 'string') return { known: false };
  return { known: await isKnownPage(await archive(), carrier, message.signature) };
}

const isNumber = (n: unknown): n is string => typeof n === 'string' && n.length > 0 && n.length <= 60;
const isPrint = (p: unknown): p is string => typeof p === 'string' && p.length > 0 && p.length <= 12;

/** A page address the sender may speak of: its own origin (a cache key only, never fetched). */
function ownPageUrl(url: unknown, origin: string): string | null {
  if (typeof url !== 'string' || url.length > 2000) return null;
  try {
    return new URL(url).origin === origin ? url : null;
  } catch {
    return null;
  }
}

/** The capture archived a page in full: remembered, once checked against the archive itself. */
export async function handlePageRead(
  message: { signature: unknown; numbers: unknown; url?: unknown; read?: unknown; skipped?: unknown },
  sender: Browser.runtime.MessageSender,
): Promise<{ remembered: boolean }> {
  const { carrier, origin } = senderCustomerArea(sender);
  const { signature, numbers, read = [], skipped = [] } = message;
  const url = message.url === undefined ? null : ownPageUrl(message.url, origin);
  const fits = (list: unknown): list is unknown[] => Array.isArray(list) && list.length <= MAX_ROWS_PER_PAGE;
  if (typeof signature !== 'string' || !fits(numbers) || !numbers.every(isNumber) || !fits(read) || !fits(skipped) || !skipped.every(isPrint)) {
    return { remembered: false };
  }
  if (!read.every((r): r is [string, string] => Array.isArray(r) && r.length === 2 && isPrint(r[0]) && isNumber(r[1]))) return { remembered: false };
  if ((read.length > 0 || skipped.length > 0) && url === null) return { remembered: false };
  const rows = url === null ? undefined : { url, read, skipped: skipped as string[] };
  return { remembered: await rememberPage(await archive(), carrier, signature, numbers, rows) };
}

/** The rows of an invoice page the archive holds in full, by print: the capture does not read them again. */
export async function handleKnownRows(message: { url: unknown }, sender: Browser.runtime.MessageSender): Promise<{ prints: string[] }> {
  const { carrier, origin } = senderCustomerArea(sender);
  const url = ownPageUrl(message.url, origin);
  return { prints: url === null ? [] : await knownRowPrints(await archive(), carrier, url) };
}

/**
 * The paid extras the spotlight detects on a portal page: recorded per (carrier, line, service), the carrier
 * taken from the sending page. Nothing is recorded while "archive automatically" is off (`archiving` reads
 * that option; passed in so this module stays free of extension storage).
 */
export async function handleSeenExtras(message: { extras: SeenExtra[] }, sender: Browser.runtime.MessageSender, archiving: () => Promise<boolean>): Promise<SeenExtrasResult & { recorded: boolean }> {
  const { carrier } = senderCarrier(sender);
  if (!(await archiving())) return { recorded: false, added: 0, updated: 0 };
  const extras = cleanSeenExtras(message.extras, new Set(catalog.serviceIds));
  if (extras.length === 0) return { recorded: false, added: 0, updated: 0 };
  const result = await recordSeenExtras(await archive(), carrier, extras);
  announceArchiveChanged();
  return { recorded: true, ...result };
}
