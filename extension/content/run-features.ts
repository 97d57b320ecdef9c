/** Starts every feature in isolation: one feature's failure is logged once and hurts nothing else. */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Feature } from './feature.ts';
import { createPageWatcher } from './page-watcher.ts';

const logged = new Set<string>();

/**
 * Set on <html> once every feature has finished its first pass over the page (the spotlight's first scan,
 * the panel when there is one, the invoice capture's first batch and its documents): lets benchmarks and
 * browser tests wait for a fact instead of a delay. The page learns nothing it could not see anyway.
 */
export const READY_ATTR = 'data-sentinella-ready';

/** Logs an error once per feature and message: an odd page must not flood the console. */
export function reportOnce(featureId: string, error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  const key = `${featureId}:${message}`;
  if (logged.has(key)) return;
  logged.add(key);
  console.warn(`[Sentinella] ${featureId}:`, error);
}

export async function runFeatures(ctx: ContentScriptContext, features: Feature[]): Promise<void> {
  const watcher = createPageWatcher(window);
  ctx.onInvalidated(() => watcher.stop());
  ctx.addEventListener(window, 'wxt:locationchange', () => watcher.navigated());
  await Promise.all(
    features.map(async (feature) => {
      const report = (error: unknown) => reportOnce(feature.id, error);
      try {
        await feature.start({ ctx, watcher, report });
      } catch (error) {
        report(error);
      }
    }),
  );
  if (!ctx.isInvalid) document.documentElement.setAttribute(READY_ATTR, '');
}
