/**
 * What the carrier tab shows, asked of its content script. The tab is the active one, or the one named
 * by ?tab=<id> (so a test, or a future "open in a tab" link, can point the popup at a given tab).
 */
import { signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import type { SpotlightSummary, TabMessage } from '../../lib/tab-messages.ts';

/** undefined while asking; null when the tab is not a carrier page (no content script answers). */
export const tabSummary = signal<SpotlightSummary | null | undefined>(undefined);

async function targetTabId(): Promise<number | undefined> {
  const fromUrl = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromUrl) && fromUrl > 0) return fromUrl;
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id;
}

export async function loadTabSummary(): Promise<void> {
  try {
    const id = await targetTabId();
    if (id === undefined) throw new Error('no tab');
    const message: TabMessage = { type: 'spotlight:summary' };
    const answer = (await browser.tabs.sendMessage(id, message)) as SpotlightSummary | undefined;
    tabSummary.value = answer && Array.isArray(answer.extras) ? answer : null;
  } catch {
    tabSummary.value = null;
  }
}
