/**
 * Passes messages between the spotlight's panel (the extension page in an iframe on a carrier page) and the
 * content script that made it (lib/spotlight-frame.ts): the panel's events to the content scripts of its tab,
 * where the one holding the panel's token takes them; in Firefox, what to show to the panel's tab, where the
 * panel hears it. Each only from its own kind of sender, only to the sender's tab.
 */
import { browser, type Browser } from 'wxt/browser';
import type { Messages } from '../lib/messages.ts';
import { isFrameEvent, isFrameShow, spotlightFrameUrl, type FrameEventMessage } from '../lib/spotlight-frame.ts';

type Request = Messages['spotlight-frame:to-page']['request'];
type ShowRequest = Messages['spotlight-frame:show']['request'];

export async function relayFrameEvent(message: Request, sender: Browser.runtime.MessageSender): Promise<{ relayed: boolean }> {
  const tabId = sender.tab?.id;
  const fromPanel = sender.id === browser.runtime.id && typeof sender.url === 'string' && sender.url.startsWith(spotlightFrameUrl());
  if (tabId === undefined || !fromPanel || typeof message.token !== 'string' || !isFrameEvent(message.event)) return { relayed: false };
  const event: FrameEventMessage = { type: 'spotlight-frame:event', token: message.token, event: message.event };
  // Every frame of the tab hears it; the content script that made this panel knows its token, the others ignore it.
  await browser.tabs.sendMessage(tabId, event).catch(() => undefined);
  return { relayed: true };
}

export async function relayFrameShow(message: ShowRequest, sender: Browser.runtime.MessageSender): Promise<{ relayed: boolean }> {
  // Chrome has delivered it to the panel already: the content script's message reaches every extension frame.
  if (String(import.meta.env.MANIFEST_VERSION) !== '2') return { relayed: false };
  const tabId = sender.tab?.id;
  const fromContentScript = sender.id === browser.runtime.id && !String(sender.url ?? '').startsWith(spotlightFrameUrl());
  if (tabId === undefined || !fromContentScript || !isFrameShow(message)) return { relayed: false };
  await browser.tabs.sendMessage(tabId, message).catch(() => undefined);
  return { relayed: true };
}
