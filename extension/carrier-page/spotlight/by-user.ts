/**
 * The panel lives in an open shadow root the carrier page's scripts can reach: a script can call `.click()`
 * on its buttons and links. Such clicks are not the user's (`isTrusted` is false) and change nothing: no
 * panel opened, no "Lo voglio tenere", no call started.
 */
export function byUser<E extends Event>(handler: (event: E) => void): (event: E) => void {
  return (event) => {
    if (!event.isTrusted) {
      event.preventDefault();
      event.stopImmediatePropagation();
      return;
    }
    handler(event);
  };
}

/** For links: the browser follows a trusted click as usual; a script's click is dropped. */
export const userOnly = byUser(() => {});
