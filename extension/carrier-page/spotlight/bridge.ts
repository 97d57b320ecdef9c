/**
 * How the light content script and the panel script talk. Both run in the extension's isolated world of
 * the same frame: they share its JavaScript globals, which the page cannot read or write (the page shares
 * only the DOM). So the light script leaves this object on the isolated world's global, and the panel script,
 * run later by the background, picks it up. Nothing passes through the DOM, events or window messages.
 */
import type { DetectedService } from '../services/detect-services.ts';
import type { ShownService } from './views.ts';

export interface SpotlightSnapshot {
  services: readonly ShownService[];
  /** Keys the user keeps ("Lo voglio tenere"). */
  wanted: ReadonlySet<string>;
}

export interface SpotlightBridge {
  /** What the spotlight shows now. */
  snapshot(): SpotlightSnapshot;
  /** Calls `listener` after every change of the list or of the wanted keys; returns an unsubscribe function. */
  subscribe(listener: (snapshot: SpotlightSnapshot) => void): () => void;
  /** The user pressed "Lo voglio tenere" (or undid it) on the service with this key. */
  toggleWanted(key: string): void;
  /** The rows of the last scan, with the page's elements (highlighted by the panel script). */
  rows(): readonly DetectedService[];
  /** Calls `listener` after every scan with its rows and the wanted keys; returns an unsubscribe function. */
  onRows(listener: (rows: readonly DetectedService[], wanted: ReadonlySet<string>) => void): () => void;
  /** Calls `listener` when the light script stops (extension reloaded or removed). */
  onClosed(listener: () => void): void;
  /** True for the first panel that asks: a second injection into the same frame backs off. */
  claim(): boolean;
}

/** A name no page script can reach: it lives on the isolated world's global, not the page's window. */
const KEY = '__sentinellaSpotlightBridge';

type WithBridge = typeof globalThis & { [KEY]?: SpotlightBridge };

export function publishBridge(bridge: SpotlightBridge): void {
  (globalThis as WithBridge)[KEY] = bridge;
}

export function findBridge(): SpotlightBridge | undefined {
  return (globalThis as WithBridge)[KEY];
}
