/** The panel's words (see words.ts): both catalogs whole, as the panel uses most of them and loads only where needed. */
import en from '../../public/_locales/en/messages.json';
import it from '../../public/_locales/it/messages.json';
import { format, inUiLanguage, type Message } from './words.ts';

const messages: Record<string, Message | undefined> = inUiLanguage({ it, en });

export function t(key: string, substitutions?: string | string[]): string {
  return format(Object.hasOwn(messages, key) ? messages[key] : undefined, key, substitutions);
}
