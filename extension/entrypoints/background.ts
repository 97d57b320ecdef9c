import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { handlers } from '../background/handlers.ts';
import type { Message } from '../lib/messages.ts';

export default defineBackground(() => {
  // On Chrome, `browser` is the raw chrome object: answer with sendResponse and return true.
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    const msg = message as Message;
    // Own keys only: a message typed "constructor" or "toString" must not reach Object.prototype.
    const handler = msg && typeof msg === 'object' && Object.hasOwn(handlers, msg.type) ? handlers[msg.type] : undefined;
    if (!handler) return false;
    Promise.resolve()
      .then(() => handler(msg as never, sender))
      .then((result) => sendResponse({ ok: true, result }), (error: unknown) => sendResponse({ ok: false, error: String((error as Error)?.message ?? error) }));
    return true;
  });
});
