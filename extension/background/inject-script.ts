/**
 * Runs one of the content scripts that load on demand (a `registration: 'runtime'` entrypoint) in the tab and
 * frame whose content script asked for it: the paid-extras detector once the page shows something a paid extra's
 * row starts from, the invoice capture once the page is an invoice list. Only the scripts named here, only for this extension's
 * own content scripts. Chrome (MV3) uses scripting.executeScript, pinned to the asking document when the
 * browser names it; Firefox (MV2) uses tabs.executeScript, which needs no permission beyond the carrier hosts.
 */
import { browser, type Browser } from 'wxt/browser';
import type { OnDemandScript } from '../lib/messages.ts';

/** Where WXT writes each entrypoint extension/entrypoints/<name>.content/. */
const FILES: Record<OnDemandScript, string> = {
  'paid-extras-spotlight': '/content-scripts/paid-extras-spotlight.js',
  'invoice-capture': '/content-scripts/invoice-capture.js',
};

export async function injectScript(message: { script: OnDemandScript }, sender: Browser.runtime.MessageSender): Promise<{ injected: boolean }> {
  const tabId = sender.tab?.id;
  const file = Object.hasOwn(FILES, message.script) ? FILES[message.script] : undefined;
  if (tabId === undefined || sender.id !== browser.runtime.id || !file) return { injected: false };
  const frameId = sender.frameId ?? 0;
  if (import.meta.env.MANIFEST_VERSION === 2) {
    await browser.tabs.executeScript(tabId, { file, frameId });
  } else {
    const target = sender.documentId ? { tabId, documentIds: [sender.documentId] } : { tabId, frameIds: [frameId] };
    await browser.scripting.executeScript({ target, files: [file] });
  }
  return { injected: true };
}
