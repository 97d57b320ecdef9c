/**
 * A stand-in for wxt/browser whose i18n answers from one of the extension's locales, as the browser does, for
 * unit tests that render the popup or the archive page in a given language:
 *   vi.mock('wxt/browser', async () => (await import('../support/locale-browser.ts')).browserIn('en'));
 * Besides i18n there is only an in-memory storage.local (the archive page's one setting): a component that
 * reaches for another API fails loudly.
 */
import en from '../../extension/public/_locales/en/messages.json';
import it from '../../extension/public/_locales/it/messages.json';
import { format, type Message } from '../../extension/lib/message-format.ts';

export const locales: Record<'it' | 'en', Record<string, Message>> = { it, en };

export function browserIn(language: 'it' | 'en') {
  const messages = locales[language];
  const stored: Record<string, unknown> = {};
  return {
    browser: {
      storage: {
        local: {
          get: async (key: string) => (Object.hasOwn(stored, key) ? { [key]: stored[key] } : {}),
          set: async (values: Record<string, unknown>) => void Object.assign(stored, values),
        },
        onChanged: { addListener: () => undefined, removeListener: () => undefined },
      },
      i18n: {
        // The browser answers '' for a key it does not have; t() then shows the key.
        getMessage: (key: string, substitutions?: string | string[]) => (Object.hasOwn(messages, key) ? format(messages[key], key, substitutions) : ''),
        getUILanguage: () => language,
      },
    },
  };
}
