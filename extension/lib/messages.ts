/**
 * Messages from content scripts and extension pages to the background service worker.
 * Each message type has one handler in background/handlers.ts.
 */
export interface Messages {
  /** Answers which extension version runs: lets pages and tests check the worker is alive. */
  ping: { request: { type: 'ping' }; response: { version: string } };
}

export type MessageType = keyof Messages;
export type Message = Messages[MessageType]['request'];
export type Reply<T extends MessageType> = { ok: true; result: Messages[T]['response'] } | { ok: false; error: string };
