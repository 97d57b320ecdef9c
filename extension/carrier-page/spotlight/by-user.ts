/**
 * Only the user's own clicks act in the panel. The panel is an extension page in a frame the carrier page
 * cannot reach; should a script still click in it (`isTrusted` false), nothing happens: no panel opened, no
 * "Lo voglio tenere", no call started.
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
