/**
 * A content-script feature: one file under carrier-page/features/, listed in feature-list.ts, started by run-features.ts.
 * Each feature is isolated: if it throws, the page and the other features keep working.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageWatcher } from './page-watcher.ts';

export interface FeatureContext {
  /** WXT's context: invalidated when the extension reloads; use it for listeners and timers. */
  ctx: ContentScriptContext;
  /** The one debounced observer of the page: subscribe instead of creating observers. */
  watcher: PageWatcher;
  /** Logs an error once per feature and message, never rethrows. */
  report: (error: unknown) => void;
}

export interface Feature {
  /** A short id, used in logs (e.g. "paid-extras-spotlight"). */
  id: string;
  /** Starts the feature on the current page. May be async; errors are caught by the runner. */
  start: (context: FeatureContext) => void | Promise<void>;
}
