/**
 * Runs an async task one at a time: a call while it runs asks for one more run after it (however many calls
 * came), never a second run alongside. For work triggered by events that arrive in bursts.
 */
export function oneAtATime(task: () => Promise<void>, shouldStop: () => boolean = () => false): () => Promise<void> {
  let running = false;
  let again = false;
  return async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        await task();
      } while (again && !shouldStop());
    } finally {
      running = false;
    }
  };
}
