/**
 * Messages from content scripts and extension pages to the background service worker.
 * Each message type has one handler in background/handlers.ts.
 */
import type { CaptureResult } from './archive/archive.ts';
import type { SeenExtrasResult } from './archive/seen-extras.ts';
import type { DocumentMessage, ParsedInvoice, SeenExtra } from './archive/types.ts';
import type { FrameEvent, FrameShow } from './spotlight-frame.ts';
import type { PageCopy } from '../carrier-page/reading/page-copy.ts';
import type { FoundInCopy } from '../carrier-page/services/detect-in-copy.ts';

export interface Messages {
  /** Answers which extension version runs: lets pages and tests check the worker is alive. */
  ping: { request: { type: 'ping' }; response: { version: string } };
  /** The invoices read on a portal invoice page, one message per batch: archived idempotently. */
  'archive:capture': { request: { type: 'archive:capture'; invoices: ParsedInvoice[] }; response: CaptureResult };
  /** Whether the invoice page with this fingerprint is archived in full (then it is not read again). */
  'archive:page-known': { request: { type: 'archive:page-known'; signature: string }; response: { known: boolean } };
  /**
   * An invoice page was archived in full: its fingerprint, the numbers of the invoices read, and its grid rows
   * (each row read with its print and invoice number; the prints of rows skipped as known).
   */
  'archive:page-read': {
    request: { type: 'archive:page-read'; signature: string; numbers: string[]; url: string; read: [string, string][]; skipped: string[] };
    response: { remembered: boolean };
  };
  /** The prints of the rows of the invoice page at `url` that the archive holds in full (not read again). */
  'archive:known-rows': { request: { type: 'archive:known-rows'; url: string }; response: { prints: string[] } };
  /** One invoice document fetched by the content script (base64), or why it could not be fetched. */
  'archive:document': { request: { type: 'archive:document' } & DocumentMessage; response: { stored: boolean } };
  /** The paid extras the spotlight shows on a portal page, sent when they change: recorded in the archive. */
  'archive:seen-extras': { request: { type: 'archive:seen-extras'; extras: SeenExtra[] }; response: SeenExtrasResult & { recorded: boolean } };
  /** A content script needs one of the scripts loaded on demand: the background runs it in the sender's frame. */
  'content:load-script': { request: { type: 'content:load-script'; script: OnDemandScript }; response: { injected: boolean } };
  /**
   * The spotlight's copy of its page: the paid extras on it are detected in the extension's process (Chrome:
   * the offscreen document; Firefox: this background page). `found` is null when they could not be (the
   * spotlight reports it).
   */
  'spotlight:detect': { request: { type: 'spotlight:detect'; copy: PageCopy }; response: { found: FoundInCopy[] | null } };
  /** The spotlight's panel (an extension page in an iframe) has something for its content script: passed on to the panel's tab. */
  'spotlight-frame:to-page': { request: { type: 'spotlight-frame:to-page'; token: string; event: FrameEvent }; response: { relayed: boolean } };
  /**
   * What the panel shows, from its content script to every extension page. Chrome delivers it to the panel's
   * frame itself; Firefox does not deliver a content script's message to an extension frame in its tab, so
   * there the background passes it on to the tab, where the frame hears it.
   */
  'spotlight-frame:show': { request: FrameShow; response: { relayed: boolean } };
}

/** From the background to the offscreen document (Chrome), which detects the paid extras in a page's copy. */
export interface DetectorRun {
  type: 'detector:run';
  copy: PageCopy;
  /** The host of the page the copy is of, as the browser names the sender: whose carrier's services to look for. */
  host: string;
}

/** Content scripts kept out of the one that runs on every carrier page, run only where they have work. */
export type OnDemandScript = 'paid-extras-spotlight' | 'invoice-capture';

export type MessageType = keyof Messages;
export type Message = Messages[MessageType]['request'];
export type Reply<T extends MessageType> = { ok: true; result: Messages[T]['response'] } | { ok: false; error: string };
