/**
 * The panel script's work, once the background has run it in a frame where the spotlight found paid
 * extras: take the light script's bridge, highlight the rows on the page, mount the panel (Preact, in a
 * Shadow DOM) and keep both in step with every scan and every "Lo voglio tenere". Without a bridge (the frame
 * moved on) it does nothing.
 */
import services from 'virtual:sentinella-catalog/spotlight';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { reportOnce } from '../run-features.ts';
import { findBridge, type SpotlightSnapshot } from './bridge.ts';
import { reconcileHighlights } from './highlight.ts';
import { createPanel } from './mount-panel.tsx';
import { createSpotlightStore } from './store.ts';

const byId = new Map(services.map((s) => [s.id, s]));

export async function startPanel(ctx: ContentScriptContext): Promise<void> {
  const bridge = findBridge();
  if (!bridge?.claim()) return;
  // The rows first: they are the page's own, and do not wait for the panel.
  try {
    const paint = (rows: Parameters<typeof reconcileHighlights>[1], wanted: ReadonlySet<string>) => reconcileHighlights(document, rows, wanted);
    paint(bridge.rows(), bridge.snapshot().wanted);
    const stopPainting = bridge.onRows(paint);
    ctx.onInvalidated(stopPainting);
    // A script that stops (the extension updated or removed) takes its highlights with it.
    bridge.onClosed(() => {
      stopPainting();
      reconcileHighlights(document, [], new Set());
    });
  } catch (error) {
    reportOnce('spotlight-highlight', error);
  }
  try {
    const store = createSpotlightStore();
    const panel = await createPanel(ctx, { store, onToggleWanted: (key) => bridge.toggleWanted(key) });
    const apply = ({ services: shown, wanted }: SpotlightSnapshot) => {
      store.show(shown.map((s) => ({ ...s, service: byId.get(s.id) })));
      store.wanted.value = wanted;
      panel.setVisible(shown.length > 0);
    };
    apply(bridge.snapshot());
    const unsubscribe = bridge.subscribe(apply);
    ctx.onInvalidated(unsubscribe);
    bridge.onClosed(() => {
      unsubscribe();
      panel.setVisible(false);
    });
  } catch (error) {
    reportOnce('spotlight-panel', error);
  }
}
