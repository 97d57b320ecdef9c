/**
 * The paid-extras spotlight: on every settled change of the page (late content, single-page
 * navigation), detects the paid services on the line, highlights their rows, and keeps the panel
 * and the popup's answer in step with what is on screen.
 */
import services from 'virtual:sentinella-catalog/spotlight';
import { browser } from 'wxt/browser';
import type { Feature } from '../feature.ts';
import { detectServices, type DetectedService } from '../services/detect-services.ts';
import { createServiceMatcher } from '../../lib/match-service.ts';
import { reconcileHighlights } from '../spotlight/highlight.ts';
import { createPanel, type PanelHandle } from '../spotlight/mount-panel.tsx';
import { createSpotlightStore, toView } from '../spotlight/store.ts';
import { createSeenReporter } from '../spotlight/report-seen.ts';
import { loadWanted, toggleWanted, watchWanted } from '../../lib/wanted-services.ts';
import type { SpotlightSummary, TabMessage } from '../../lib/tab-messages.ts';

export const paidExtrasSpotlight: Feature = {
  id: 'paid-extras-spotlight',
  async start({ ctx, watcher, report }) {
    const store = createSpotlightStore();
    const matcher = createServiceMatcher(services);
    let found: DetectedService[] = [];
    let panel: Promise<PanelHandle> | undefined;
    // The archive hears of what is on screen once the user's wanted flags are known.
    const reportSeen = createSeenReporter(report);
    let wantedKnown = false;

    const paint = () => {
      reconcileHighlights(document, found, store.wanted.value);
      if (wantedKnown) reportSeen(found, store.wanted.value);
    };

    const onToggleWanted = (key: string) => {
      toggleWanted(key).then((wanted) => {
        store.wanted.value = wanted;
        paint();
      }, report);
    };

    const syncPanel = () => {
      if (found.length === 0 && !panel) return;
      panel ??= createPanel(ctx, { store, onToggleWanted });
      const visible = found.length > 0;
      panel.then((p) => p.setVisible(visible), report);
    };

    const scan = () => {
      try {
        found = detectServices(document, services, matcher);
        paint();
        store.show(found.map(toView));
        syncPanel();
      } catch (error) {
        report(error);
      }
    };

    const summary = (): SpotlightSummary => ({
      host: location.host,
      extras: store.services.value.map((s) => ({
        id: s.id,
        key: s.key,
        name: s.name,
        priceText: s.priceText,
        yearlyCents: s.yearlyCents,
        wanted: store.wanted.value.has(s.key),
      })),
      totalYearlyCents: store.total.value,
    });

    // The popup asks the tab what it shows; answered at once, from the last scan.
    const onMessage = (message: unknown, _sender: unknown, sendResponse: (answer: unknown) => void) => {
      if ((message as TabMessage | undefined)?.type !== 'spotlight:summary') return false;
      sendResponse(summary());
      return false;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

    const unsubscribe = watcher.subscribe(scan);
    ctx.onInvalidated(unsubscribe);
    scan();

    try {
      store.wanted.value = await loadWanted();
      wantedKnown = true;
      paint();
      const unwatch = watchWanted((wanted) => {
        store.wanted.value = wanted;
        paint();
      });
      ctx.onInvalidated(unwatch);
    } catch (error) {
      report(error);
      wantedKnown = true;
      paint();
    }
  },
};
