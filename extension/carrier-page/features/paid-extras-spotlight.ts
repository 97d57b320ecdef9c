/**
 * The paid-extras spotlight: on every settled change of the page (late content, single-page
 * navigation), detects the paid services on the line and keeps the popup's answer in step with what is on
 * screen. The first time there is something to show, the rows are highlighted and the panel opens in a frame
 * of its own (spotlight/panel-frame.ts: an extension page, out of the page's reach), following this feature's
 * state through the bridge. A page with nothing to show never gets either.
 * This feature is itself loaded on demand: its script runs once paid-extras-spotlight-loader.ts finds something
 * on the page a paid extra's row starts from.
 */
import { browser } from 'wxt/browser';
import type { Feature } from '../feature-types.ts';
import type { DetectedService } from '../services/detect-services.ts';
import { detectOffPage } from '../services/detect-off-page.ts';
import { changesMatter } from '../services/changes-matter.ts';
import { detectorServicesFor } from '../../lib/detector-catalog.ts';
import { oneAtATime } from '../../lib/one-at-a-time.ts';
import type { SpotlightBridge, SpotlightSnapshot } from '../spotlight/bridge.ts';
import { startPanelFrame } from '../spotlight/panel-frame.ts';
import { sameServices, toShown, yearlyTotal, type ShownService } from '../spotlight/views.ts';
import { createSeenReporter } from '../spotlight/report-seen.ts';
import { loadWanted, toggleWanted, watchWanted } from '../../lib/wanted-services.ts';
import type { SpotlightSummary, TabMessage } from '../../lib/tab-messages.ts';

export const paidExtrasSpotlight: Feature = {
  id: 'paid-extras-spotlight',
  async start({ ctx, watcher, report }) {
    const detectorServices = detectorServicesFor(location.hostname);
    let found: DetectedService[] = [];
    let shown: ShownService[] = [];
    let wanted: ReadonlySet<string> = new Set();
    // The archive hears of what is on screen, each row under the detector's key (what it keeps is not sent:
    // the archive page reads the same wanted list).
    const reportSeen = createSeenReporter(report);

    const listeners = new Set<(snapshot: SpotlightSnapshot) => void>();
    const snapshot = (): SpotlightSnapshot => ({ services: shown, wanted });
    const notify = () => {
      for (const listener of [...listeners]) {
        try {
          listener(snapshot());
        } catch (error) {
          report(error);
        }
      }
    };

    /** The highlighter, once there is something to show: told of every scan's rows. */
    const rowListeners = new Set<(rows: readonly DetectedService[], wanted: ReadonlySet<string>) => void>();
    const paint = () => {
      for (const listener of [...rowListeners]) {
        try {
          listener(found, wanted);
        } catch (error) {
          report(error);
        }
      }
      reportSeen(found);
    };

    const setWanted = (next: ReadonlySet<string>) => {
      wanted = next;
      paint();
      notify();
    };

    const bridge: SpotlightBridge = {
      snapshot,
      subscribe(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      rows: () => found,
      onRows(listener) {
        rowListeners.add(listener);
        return () => rowListeners.delete(listener);
      },
      toggleWanted: (key) => void toggleWanted(key).then(setWanted, report),
    };

    /** Settles once the panel is on screen; started once per page, the first time there is something to show. */
    let panelShown: Promise<void> | undefined;
    const askForPanel = () => {
      if (panelShown || shown.length === 0 || ctx.isInvalid) return;
      panelShown = startPanelFrame(ctx, bridge, report);
    };

    // The user's "Lo voglio tenere" list is read once there is something to show: a page without paid extras
    // never touches the extension's storage.
    let wantedLoaded: Promise<void> | undefined;
    const learnWanted = () => {
      wantedLoaded ??= loadWanted().then(
        (stored) => {
          setWanted(stored);
          ctx.onInvalidated(watchWanted(setWanted));
        },
        (error: unknown) => {
          report(error);
        },
      );
    };

    // The detector's work runs in the extension's process, on a copy of the page (services/detect-off-page.ts);
    // one scan at a time, and one more after it when the page changed meanwhile.
    const scan = oneAtATime(async () => {
      try {
        found = await detectOffPage(document, detectorServices);
        if (ctx.isInvalid) return;
        paint();
        const next = found.map(toShown);
        if (!sameServices(shown, next)) {
          shown = next;
          notify();
        }
        if (found.length > 0) learnWanted();
        askForPanel();
      } catch (error) {
        report(error);
      }
    }, () => ctx.isInvalid);

    const summary = (): SpotlightSummary => ({
      host: location.host,
      extras: shown.map((s) => ({
        id: s.id,
        key: s.key,
        name: s.name,
        priceText: s.priceText,
        yearlyCents: s.yearlyCents,
        wanted: wanted.has(s.key),
      })),
      totalYearlyCents: yearlyTotal(shown, wanted),
    });

    // The popup asks the tab what it shows; answered at once, from the last scan.
    const onMessage = (message: unknown, _sender: unknown, sendResponse: (answer: unknown) => void) => {
      if ((message as TabMessage | undefined)?.type !== 'spotlight:summary') return false;
      sendResponse(summary());
      return false;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

    // After a change, the page is read again only when the change may touch a paid extra's row.
    const unsubscribe = watcher.subscribe((_reason, changed) => {
      if (changesMatter(changed, found.map((d) => d.row))) void scan();
    });
    ctx.onInvalidated(unsubscribe);
    await scan();
    // The first pass ends with the wanted list applied and the panel on screen, when there is one to show.
    await wantedLoaded;
    await panelShown;
  },
};
