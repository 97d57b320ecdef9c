/**
 * Detects the paid extras of a carrier page in the copy its spotlight sends, in the extension's process: Firefox
 * reads it in this background page; Chrome's background is a service worker, without a document, so it passes
 * the copy to the offscreen document (entrypoints/detector), opened the first time and whenever it has closed.
 * Only this extension's content scripts are answered, for the carrier host the browser says they run on.
 */
import { browser, type Browser } from 'wxt/browser';
import { detectInCopy, type FoundInCopy } from '../carrier-page/services/detect-in-copy.ts';
import type { PageCopy } from '../carrier-page/reading/page-copy.ts';
import { detectorServicesFor } from '../lib/detector-catalog.ts';
import type { DetectorRun } from '../lib/messages.ts';

const OFFSCREEN_PAGE = 'detector.html';
let opening: Promise<void> | undefined;

async function offscreenOpen(): Promise<void> {
  const contexts = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT' as Browser.runtime.ContextType] });
  if (contexts.length > 0) return;
  opening ??= browser.offscreen
    .createDocument({
      url: OFFSCREEN_PAGE,
      reasons: ['DOM_PARSER' as Browser.offscreen.Reason],
      justification: 'Reads a copy of the carrier page to find its paid extras, off the page.',
    })
    .catch((error: unknown) => {
      // Opened meanwhile (by a request from another tab): there is one, which is what was asked.
      if (!/single offscreen/i.test(String((error as Error)?.message ?? error))) throw error;
    })
    .finally(() => {
      opening = undefined;
    });
  await opening;
}

export async function detectElsewhere(message: { copy: PageCopy }, sender: Browser.runtime.MessageSender): Promise<{ found: FoundInCopy[] | null }> {
  if (sender.id !== browser.runtime.id || !sender.url || !message.copy) return { found: null };
  const host = new URL(sender.url).hostname;
  if (import.meta.env.FIREFOX) return { found: detectInCopy(document, message.copy, detectorServicesFor(host)) };
  if (!browser.offscreen) return { found: null };
  const run: DetectorRun = { type: 'detector:run', copy: message.copy, host };
  const ask = async () => {
    await offscreenOpen();
    return (await browser.runtime.sendMessage(run)) as { found: FoundInCopy[] | null } | undefined;
  };
  // The document may have closed itself, idle, between the check and the question: opened again, asked once more.
  const answer = await ask().catch(ask);
  return { found: answer?.found ?? null };
}
