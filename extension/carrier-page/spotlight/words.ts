/**
 * The spotlight's words for the content scripts (badges in the page, the panel), in the browser's language,
 * from the same _locales/<lang>/messages.json as browser.i18n, bundled at build time. Why not
 * i18n.getMessage: in a content script its first call fetches the whole catalog from the browser process
 * synchronously, blocking the carrier page's main thread until the answer comes (13 ms on an idle run of
 * this machine, over 100 ms while it was busy: npm run bench -- page-cost), on every page with extras.
 * The language is chosen as the browser chooses the extension's: its UI language when we ship it, else the
 * default_locale, Italian. Messages are read as Chrome and Firefox read them (lib/message-format.ts).
 */
import { browser } from 'wxt/browser';

export { format, type Message } from '../../lib/message-format.ts';

/** Asked of the browser once per script: every caller gets the same answer. */
let language: string | undefined;
function uiLanguage(): string {
  if (language !== undefined) return language;
  try {
    language = browser.i18n.getUILanguage();
  } catch {
    language = 'it';
  }
  return language;
}

/** The messages of the browser's language: `en` for an English UI, else Italian. */
export function inUiLanguage<T>(catalogs: { it: T; en: T }, language = uiLanguage()): T {
  return /^en\b/i.test(language) ? catalogs.en : catalogs.it;
}
