/**
 * The offscreen document (Chrome) where the paid-extras detector reads the copy of a carrier page that the
 * spotlight sends (carrier-page/reading/page-copy.ts): its work runs here, in the extension's process, not on
 * the page's main thread. It keeps nothing: each copy is rebuilt, read and cleared; after a while with nothing
 * to read, the document closes itself and the background opens it again when needed.
 */
import { browser } from 'wxt/browser';
import { detectInCopy } from '../../carrier-page/services/detect-in-copy.ts';
import { detectorServicesFor } from '../../lib/detector-catalog.ts';
import type { DetectorRun } from '../../lib/messages.ts';

/** How long the document stays open with nothing to read. */
const IDLE_MS = 5 * 60_000;
let idle: ReturnType<typeof setTimeout> | undefined;

browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
  const run = message as DetectorRun | undefined;
  if (run?.type !== 'detector:run' || sender.id !== browser.runtime.id) return false;
  clearTimeout(idle);
  idle = setTimeout(() => window.close(), IDLE_MS);
  try {
    sendResponse({ found: detectInCopy(document, run.copy, detectorServicesFor(run.host)) });
  } catch (error) {
    console.warn('[Sentinella] detector:', error);
    sendResponse({ found: null });
  }
  return false;
});
