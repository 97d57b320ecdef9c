/**
 * How the spotlight's panel, an extension page shown in an <iframe> on the carrier page, talks with the
 * detector's content script of the same frame. The panel page runs in the extension's own process: the carrier
 * page cannot read it, script it or style it, and its rendering costs the page nothing. Nothing passes through
 * the page: no window messages, no DOM.
 *   - content script → panel: `runtime.sendMessage` of a `spotlight-frame:show`, which Chrome delivers to every
 *     extension page, the panel's frame included; Firefox does not deliver it to an extension frame in the
 *     sender's tab, so there the background passes it on to the tab with `tabs.sendMessage`, which the frame
 *     hears. Each panel keeps only those carrying its own token.
 *   - panel → content script: the panel asks the background (`spotlight-frame:to-page`), which passes the event
 *     on to the content scripts of the panel's tab with `tabs.sendMessage` (a panel inside a web page has no
 *     `tabs` API of its own in Firefox); the content script that made the panel, and only it, knows its token.
 * The token is random, made by the content script, and given to the panel in its address (#token): it says
 * which panel belongs to which frame of the tab.
 */
import { browser } from 'wxt/browser';
import type { ShownService } from '../carrier-page/spotlight/views.ts';

/** The panel's page (extension/entrypoints/spotlight-frame/), web-accessible on the carrier hosts only. */
export const SPOTLIGHT_FRAME_PAGE = '/spotlight-frame.html';

/** Marks the panel's iframe on the carrier page; `data-sentinella-shown` is added once it has its size (the panel is on screen). */
export const FRAME_ATTR = 'data-sentinella-frame';
export const SHOWN_ATTR = 'data-sentinella-shown';

/** The panel page's full address in this extension (its typed getURL knows only the paths of the last build). */
export function spotlightFrameUrl(): string {
  return (browser.runtime as unknown as { getURL(path: string): string }).getURL(SPOTLIGHT_FRAME_PAGE);
}

/** What the panel tells its content script. */
export type FrameEvent =
  /** The panel has loaded and waits for what to show. */
  | { kind: 'ready' }
  /** The user pressed "Lo voglio tenere" (or undid it) on the service with this key. */
  | { kind: 'toggle'; key: string }
  /** The panel's size in CSS pixels, shadow and margins included: the iframe is sized to it. */
  | { kind: 'size'; width: number; height: number };

/** Content script → every extension page: what the panel with `token` shows now. */
export interface FrameShow {
  type: 'spotlight-frame:show';
  token: string;
  services: ShownService[];
  /** Keys the user keeps ("Lo voglio tenere"). */
  wanted: string[];
}

/** Background → the content scripts of the panel's tab: an event of the panel with `token`. */
export interface FrameEventMessage {
  type: 'spotlight-frame:event';
  token: string;
  event: FrameEvent;
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

export function isFrameShow(x: unknown): x is FrameShow {
  return isObject(x) && x.type === 'spotlight-frame:show' && typeof x.token === 'string' && Array.isArray(x.services) && Array.isArray(x.wanted);
}

export function isFrameEvent(x: unknown): x is FrameEvent {
  if (!isObject(x)) return false;
  if (x.kind === 'ready') return true;
  if (x.kind === 'toggle') return typeof x.key === 'string';
  if (x.kind === 'size') return Number.isFinite(x.width) && Number.isFinite(x.height);
  return false;
}

export function isFrameEventMessage(x: unknown): x is FrameEventMessage {
  return isObject(x) && x.type === 'spotlight-frame:event' && typeof x.token === 'string' && isFrameEvent(x.event);
}

/** A token no page can guess: 128 random bits, in hex. */
export function frameToken(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}
