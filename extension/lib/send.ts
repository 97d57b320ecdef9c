/** Sends a typed message to the background worker and unwraps its answer. */
import { browser } from 'wxt/browser';
import type { MessageType, Messages, Reply } from './messages.ts';

export async function send<T extends MessageType>(message: Messages[T]['request']): Promise<Messages[T]['response']> {
  const reply = (await browser.runtime.sendMessage(message)) as Reply<T> | undefined;
  if (!reply) throw new Error(`No answer to ${message.type}`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.result;
}
