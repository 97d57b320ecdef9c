/** The panel's words (see words.ts and panel-messages.*.ts): the panel loads only where paid extras are shown. */
import * as en from './panel-messages.en.ts';
import * as it from './panel-messages.it.ts';
import { format, inUiLanguage, type Message } from './words.ts';

const messages: Record<string, Message | undefined> = inUiLanguage<Record<string, Message>>({ it, en });

export function t(key: string, substitutions?: string | string[]): string {
  return format(Object.hasOwn(messages, key) ? messages[key] : undefined, key, substitutions);
}
