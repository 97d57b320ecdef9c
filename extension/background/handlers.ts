/** One handler per message type (see lib/messages.ts). */
import { browser } from 'wxt/browser';
import type { Browser } from 'wxt/browser';
import type { MessageType, Messages } from '../lib/messages.ts';
import { handleCapture, handleDocument, handleKnownRows, handlePageKnown, handlePageRead, handleSeenExtras } from './archive-handlers.ts';
import { archiveAutomatically } from '../lib/archive/settings.ts';
import { injectScript } from './inject-script.ts';
import { detectElsewhere } from './detect-elsewhere.ts';
import { relayFrameEvent, relayFrameShow } from './relay-frame-event.ts';

type Handler<T extends MessageType> = (message: Messages[T]['request'], sender: Browser.runtime.MessageSender) => Messages[T]['response'] | Promise<Messages[T]['response']>;

export const handlers: { [T in MessageType]: Handler<T> } = {
  ping: () => ({ version: browser.runtime.getManifest().version }),
  'archive:capture': handleCapture,
  'archive:document': handleDocument,
  'archive:page-known': handlePageKnown,
  'archive:page-read': handlePageRead,
  'archive:known-rows': handleKnownRows,
  'archive:seen-extras': (message, sender) => handleSeenExtras(message, sender, () => archiveAutomatically.getValue()),
  'content:load-script': injectScript,
  'spotlight:detect': detectElsewhere,
  'spotlight-frame:to-page': relayFrameEvent,
  'spotlight-frame:show': relayFrameShow,
};
