/**
 * Starts every feature in isolation: one feature's failure is logged once and hurts nothing else.
 * Features whose code is heavy and needed on few pages (the invoice capture) live in scripts loaded on demand:
 * a light feature asks for the script with loadFeature(), the background runs it in this frame, and the
 * script hands its feature to startLoadedFeature(), which starts it here with the same context and watcher.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { OnDemandScript } from '../lib/messages.ts';
import { send } from '../lib/send.ts';
import type { Feature } from './feature-types.ts';
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

/**
 * What a script loaded on demand finds of the running content script. It lives on the isolated world's
 * global, shared by this extension's content scripts in this frame and out of the page's reach.
 */
interface FeatureHost {
  start(feature: Feature): Promise<void>;
  /** Called once the feature of a script loaded on demand has finished its first pass. */
  loaded: Map<OnDemandScript, () => void>;
}

const HOST_KEY = '__sentinellaFeatureHost';
type WithHost = typeof globalThis & { [HOST_KEY]?: FeatureHost };

export async function runFeatures(ctx: ContentScriptContext, features: Feature[]): Promise<void> {
  const watcher = createPageWatcher(window);
  ctx.onInvalidated(() => watcher.stop());
  ctx.addEventListener(window, 'wxt:locationchange', () => watcher.navigated());
  const host: FeatureHost = {
    loaded: new Map(),
    async start(feature) {
      const report = (error: unknown) => reportOnce(feature.id, error);
      try {
        await feature.start({ ctx, watcher, report });
      } catch (error) {
        report(error);
      }
    },
  };
  (globalThis as WithHost)[HOST_KEY] = host;
  await Promise.all(features.map((feature) => host.start(feature)));
  if (!ctx.isInvalid) document.documentElement.setAttribute(READY_ATTR, '');
}

/**
 * Asks the background to run `script`, which starts its feature here; settles once that feature has finished
 * its first pass. Returns false when the script could not be run (ask again later).
 */
export async function loadFeature(script: OnDemandScript): Promise<boolean> {
  const host = (globalThis as WithHost)[HOST_KEY];
  if (!host) return false;
  const started = new Promise<void>((resolve) => host.loaded.set(script, resolve));
  const { injected } = await send<'content:load-script'>({ type: 'content:load-script', script });
  if (!injected) return false;
  await started;
  return true;
}

/** For a script loaded on demand: starts its feature in the content script that asked for it (if it still runs). */
export async function startLoadedFeature(script: OnDemandScript, feature: Feature): Promise<void> {
  const host = (globalThis as WithHost)[HOST_KEY];
  if (!host) return;
  await host.start(feature);
  host.loaded.get(script)?.();
}
