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
import { isKnownPage, rememberPage } from '../lib/archive/known-pages.ts';
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

/** The capture archived a page in full: remembered, once checked against the archive itself. */
export async function handlePageRead(message: { signature: unknown; numbers: unknown }, sender: Browser.runtime.MessageSender): Promise<{ remembered: boolean }> {
  const { carrier } = senderCustomerArea(sender);
  const { signature, numbers } = message;
  if (typeof signature !== 'string' || !Array.isArray(numbers) || numbers.length > 10_000 || !numbers.every((n) => typeof n === 'string' && n.length > 0 && n.length <= 60)) {
    return { remembered: false };
  }
  return { remembered: await rememberPage(await archive(), carrier, signature, numbers as string[]) };
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
