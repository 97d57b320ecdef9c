/** One handler per message type (see lib/messages.ts). */
import { browser } from 'wxt/browser';
import type { Browser } from 'wxt/browser';
import type { MessageType, Messages } from '../lib/messages.ts';

type Handler<T extends MessageType> = (message: Messages[T]['request'], sender: Browser.runtime.MessageSender) => Messages[T]['response'] | Promise<Messages[T]['response']>;

export const handlers: { [T in MessageType]: Handler<T> } = {
  ping: () => ({ version: browser.runtime.getManifest().version }),
};
