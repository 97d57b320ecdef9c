/**
 * Tells the archive which paid extras the spotlight shows, so the archive page can list them with what they
 * cost so far. One message when the detected list changes, each extra under the detector's key as is;
 * nothing when "archive automatically" is off. Only what the page already shows is sent; nothing comes back
 * into the page.
 */
import { archiveAutomatically } from '../../lib/archive/settings.ts';
import type { SeenExtra } from '../../lib/archive/types.ts';
import { send } from '../../lib/send.ts';
import type { DetectedService } from '../services/detect-services.ts';
import { toSeenExtras } from './seen-extras-payload.ts';

/** A reporter for one page: call it after every scan; it sends only what changed, one message at a time. */
export function createSeenReporter(report: (error: unknown) => void): (found: readonly DetectedService[]) => void {
  let last = '';
  let pending: SeenExtra[] | null = null;
  let sending = false;

  const flush = async () => {
    sending = true;
    try {
      while (pending) {
        const extras = pending;
        pending = null;
        if (!(await archiveAutomatically.getValue())) continue;
        await send<'archive:seen-extras'>({ type: 'archive:seen-extras', extras });
      }
    } catch (error) {
      // Not recorded: forget it, so the next scan sends the list again.
      last = '';
      report(error);
    } finally {
      sending = false;
    }
  };

  return (found) => {
    if (found.length === 0) return;
    const extras = toSeenExtras(found);
    const batch = JSON.stringify(extras);
    if (batch === last) return;
    last = batch;
    pending = extras;
    if (!sending) void flush();
  };
}
