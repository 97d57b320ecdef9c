/**
 * Keeps the paid-extras detector out of the script that runs on every carrier page: the detector (the row
 * reader, the catalog of services, the prices) is asked for only once the page may show a paid extra
 * (services/may-show-extras.ts: something a row starts from, and a status saying "on", a switch, a switch-off
 * or a heading naming the line's services), at the start or after any later change (late content,
 * single-page navigation).
 * The detector's own script then starts the paid-extras-spotlight feature here and follows the page itself.
 * A page that never shows such a thing (a home page, a login, a shop of offers) never loads it, and until it does
 * the popup hears from here that the page shows no paid extra.
 */
import { browser } from 'wxt/browser';
import type { Feature } from '../feature-types.ts';
import { mayShowExtras } from '../services/may-show-extras.ts';
import { loadFeature } from '../run-features.ts';
import type { SpotlightSummary, TabMessage } from '../../lib/tab-messages.ts';

export const paidExtrasSpotlightLoader: Feature = {
  id: 'paid-extras-spotlight-loader',
  async start({ ctx, watcher, report }) {
    /** Set while the detector's script is asked for, and for good once it runs. */
    let asked = false;
    let loaded = false;

    // The popup asks every carrier tab what it shows: a page that has not needed the detector shows nothing.
    const onMessage = (message: unknown, _sender: unknown, sendResponse: (answer: SpotlightSummary) => void) => {
      if (loaded || (message as TabMessage | undefined)?.type !== 'spotlight:summary') return false;
      sendResponse({ host: location.host, extras: [], totalYearlyCents: 0 });
      return false;
    };
    browser.runtime.onMessage.addListener(onMessage);
    const stopAnswering = () => browser.runtime.onMessage.removeListener(onMessage);
    ctx.onInvalidated(stopAnswering);

    let unsubscribe = () => {};
    const check = async () => {
      if (asked || ctx.isInvalid || !mayShowExtras(document)) return;
      asked = true;
      try {
        loaded = await loadFeature('paid-extras-spotlight');
      } catch (error) {
        report(error);
      }
      asked = loaded;
      if (!loaded) return;
      // From here on the detector answers the popup and follows the page.
      stopAnswering();
      unsubscribe();
    };
    unsubscribe = watcher.subscribe(() => void check());
    ctx.onInvalidated(unsubscribe);
    // The first pass ends once the detector's own first pass has (the panel on screen), when there is one.
    await check();
  },
};
