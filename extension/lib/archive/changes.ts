/**
 * Tells open extension pages (archive, popup) that the archive changed, so they show it without a reload.
 * A BroadcastChannel in the extension's own origin: nothing leaves the browser, the carrier page cannot hear it.
 */
const CHANNEL = 'sentinella-archive';

export function announceArchiveChanged(): void {
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage('changed');
  channel.close();
}

export function onArchiveChanged(listener: () => void): () => void {
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = () => listener();
  return () => channel.close();
}
