/**
 * Messages from an extension page (the popup) to the content script of a carrier tab, sent with
 * browser.tabs.sendMessage: no extra permission is needed, and a tab without the content script
 * simply does not answer.
 */

/** One paid extra as the popup lists it: plain data, safe to render as text. */
export interface ExtraSummary {
  id: string;
  key: string;
  name: string;
  priceText: string | null;
  yearlyCents: number | null;
  wanted: boolean;
}

export interface SpotlightSummary {
  /** The carrier portal's host, as the content script sees it. */
  host: string;
  extras: ExtraSummary[];
  /** Yearly cost of the extras not marked as wanted, in cents. */
  totalYearlyCents: number;
}

export interface TabMessages {
  'spotlight:summary': { request: { type: 'spotlight:summary' }; response: SpotlightSummary };
}

export type TabMessage = TabMessages[keyof TabMessages]['request'];
