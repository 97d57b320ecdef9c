/**
 * What the spotlight's panel frame (panel-frame.ts) needs of the paid-extras feature: what to show, the rows
 * to highlight, and where to send the user's "Lo voglio tenere". Both run in the detector's script; the seam
 * keeps the panel's side easy to test and to replace.
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
  /** The rows of the last scan, with the page's elements (highlighted on the page). */
  rows(): readonly DetectedService[];
  /** Calls `listener` after every scan with its rows and the wanted keys; returns an unsubscribe function. */
  onRows(listener: (rows: readonly DetectedService[], wanted: ReadonlySet<string>) => void): () => void;
}
