/**
 * Runs the spotlight panel's script in the tab and frame whose content script asked for it (it found paid
 * extras to show). Chrome (MV3) uses scripting.executeScript, pinned to the asking document when the browser
 * names it; Firefox (MV2) uses tabs.executeScript, which needs no permission beyond the carrier hosts.
 */
import { browser, type Browser } from 'wxt/browser';

/** Where WXT writes the entrypoint extension/entrypoints/spotlight-panel.content/. */
export const PANEL_SCRIPT = '/content-scripts/spotlight-panel.js';

export async function injectPanel(_message: unknown, sender: Browser.runtime.MessageSender): Promise<{ injected: boolean }> {
  const tabId = sender.tab?.id;
  // Only this extension's own content scripts, from a tab, may ask.
  if (tabId === undefined || sender.id !== browser.runtime.id) return { injected: false };
  const frameId = sender.frameId ?? 0;
  if (import.meta.env.MANIFEST_VERSION === 2) {
    await browser.tabs.executeScript(tabId, { file: PANEL_SCRIPT, frameId });
  } else {
    const target = sender.documentId ? { tabId, documentIds: [sender.documentId] } : { tabId, frameIds: [frameId] };
    await browser.scripting.executeScript({ target, files: [PANEL_SCRIPT] });
  }
  return { injected: true };
}
