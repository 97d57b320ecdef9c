/**
 * The extension's words in the browser's language (Italian by default, English in _locales/en).
 * A missing key shows as the key itself, so a forgotten translation is visible, never an empty label.
 */
import { browser } from 'wxt/browser';

/** The untyped view of getMessage: keys come from both messages.json files, checked by a unit test. */
type GetMessage = (name: string, substitutions?: string | string[]) => string;

export function t(key: string, substitutions?: string | string[]): string {
  try {
    const getMessage = (browser.i18n as unknown as { getMessage: GetMessage }).getMessage;
    return getMessage(key, substitutions) || key;
  } catch {
    return key;
  }
}
