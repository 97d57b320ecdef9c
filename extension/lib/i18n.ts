/**
 * The extension's words in the browser's language (Italian by default, English in _locales/en).
 * A missing key shows as the key itself, so a forgotten translation is visible, never an empty label.
 */
import { browser } from 'wxt/browser';
import type { ComponentChild } from 'preact';

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

/**
 * The language the extension's words are shown in, for writing days and month names in it (shared/format.ts):
 * the `uiLanguage` message of the locale the browser picked, so it always matches the words around it.
 */
export function uiLanguage(): 'it' | 'en' {
  return t('uiLanguage') === 'en' ? 'en' : 'it';
}

/** Marks where a part goes in a translated sentence: a character no message contains. */
const MARK = '\u0001';

/**
 * A message whose placeholders are elements (a link, a <strong>): the whole translated sentence, cut where each
 * part goes, so every language keeps its own word order around them. `parts[i]` takes the place of `$i+1`.
 */
export function tParts(key: string, parts: ComponentChild[]): ComponentChild[] {
  const text = t(key, parts.map((_, i) => `${MARK}${i}${MARK}`));
  return text.split(new RegExp(`${MARK}(\\d+)${MARK}`)).map((piece, i) => (i % 2 === 1 ? parts[Number(piece)] : piece));
}
