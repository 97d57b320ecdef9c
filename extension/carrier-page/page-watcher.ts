/**
 * The content script's single view of a page that changes under it (single-page portals).
 * One MutationObserver, debounced, that ignores mutations inside Sentinella's own nodes, plus
 * history navigation (pushState, replaceState, popstate, hashchange). Features subscribe to it. It also
 * watches the open shadow roots of the page's components (those there at the start and those added later),
 * whose changes a document's observer never hears: a web component that draws its list late is followed too.
 */

import { shadowHosts, shadowOf } from './reading/composed-tree.ts';

/** Attribute that marks nodes Sentinella adds to the page; mutations inside them are ignored. */
export const OWN_NODE_ATTR = 'data-sentinella-own';

/**
 * `changed`: the nodes the page changed since the last call (targets of its mutations), so a feature can read
 * again only what holds them; null when anything may have changed (a navigation, too many changes).
 */
export type PageListener = (reason: 'mutation' | 'navigation' | 'start', changed: readonly Node[] | null) => void;

export interface PageWatcher {
  /** Calls `listener` after the page settles following changes; returns an unsubscribe function. */
  subscribe(listener: PageListener): () => void;
  /** Tells the watcher the URL changed (WXT's 'wxt:locationchange'); listeners run after the debounce. */
  navigated(): void;
  /** Stops observing. */
  stop(): void;
}

/** What is observed, in the document and in each shadow root: the tree, text, and the attributes that change what a person reads or a row's state (a switch turned off, a renamed label). */
const OBSERVED: MutationObserverInit = { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['class', 'hidden', 'aria-hidden', 'style', 'aria-checked', 'aria-pressed', 'aria-label', 'title', 'alt', 'href', 'data-label', 'open'] };

/** Past this many changed nodes before the page settles, the whole page is read again. */
const MAX_CHANGED = 2000;

const OWN_SELECTOR = `[${OWN_NODE_ATTR}]`;

/** True when `node` is Sentinella's or inside one of its nodes, across shadow roots (one native closest() per tree). */
function isOwn(node: Node | null): boolean {
  let el: Element | null = node ? (node.nodeType === 1 ? (node as Element) : node.parentElement) : null;
  if (!el && node) el = ((node.parentNode ?? node) as ShadowRoot).host ?? null;
  while (el) {
    if (el.closest(OWN_SELECTOR)) return true;
    const root = el.getRootNode() as Document | ShadowRoot;
    el = root.nodeType === 11 ? (root as ShadowRoot).host : null;
  }
  return false;
}

function relevant(record: MutationRecord): boolean {
  // Sentinella's own marks (data-sentinella-*) are outside the observer's attributeFilter, so never reported.
  if (record.type === 'attributes') return !isOwn(record.target);
  if (isOwn(record.target)) return false;
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length === 0 || nodes.some((n) => !(n.nodeType === 1 && (n as Element).hasAttribute(OWN_NODE_ATTR)));
}

/**
 * `delayMs`: the quiet spell awaited after the last change. `maxWaitMs`: the longest a change waits, so a
 * page that never settles (a ticker, a carousel moved by script) is still followed.
 */
export function createPageWatcher(win: Window = window, delayMs = 150, maxWaitMs = 1000): PageWatcher {
  const listeners = new Set<PageListener>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: 'mutation' | 'navigation' = 'mutation';
  /** When the oldest change not yet reported happened. */
  let since: number | undefined;
  /** What changed since the last flush; null once it is too much to say. */
  let changed: Set<Node> | null = new Set();

  const flush = () => {
    timer = undefined;
    // Components added since the last flush, with trees of their own, are followed from now on: looked for once
    // per settled change (one query of the page), not once per added element.
    if (added) {
      added = false;
      watchShadows(win.document);
    }
    since = undefined;
    const reason = pending;
    const nodes = reason === 'navigation' || changed === null ? null : [...changed];
    pending = 'mutation';
    changed = new Set();
    // One feature that throws must not stop the others: each listener runs on its own, and its error is
    // reported (to the console, where the browser shows it) instead of ending the loop.
    for (const l of [...listeners]) {
      try {
        l(reason, nodes);
      } catch (error) {
        console.error('Sentinella: a page listener failed', error);
      }
    }
  };
  const schedule = (reason: 'mutation' | 'navigation') => {
    if (reason === 'navigation') pending = 'navigation';
    const now = Date.now();
    since ??= now;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(flush, Math.max(0, Math.min(delayMs, since + maxWaitMs - now)));
  };

  const watched = new WeakSet<ShadowRoot>();
  /** Set when elements were added since the last flush: components among them may bring trees of their own. */
  let added = false;
  /** Observes the open shadow roots in the page not observed yet. */
  const watchShadows = (root: Document) => {
    for (const host of shadowHosts(root)) {
      const shadow = shadowOf(host);
      if (!shadow || watched.has(shadow)) continue;
      watched.add(shadow);
      observer.observe(shadow, OBSERVED);
    }
  };
  const observer = new MutationObserver((records) => {
    let any = false;
    for (const record of records) {
      if (!relevant(record)) continue;
      any = true;
      if (changed && changed.size < MAX_CHANGED) changed.add(record.target);
      else changed = null;
      if (!added) for (const node of record.addedNodes) if (node.nodeType === 1) added = true;
    }
    if (any) schedule('mutation');
  });
  observer.observe(win.document.documentElement, OBSERVED);
  watchShadows(win.document);

  const onNavigate = () => schedule('navigation');
  win.addEventListener('popstate', onNavigate);
  win.addEventListener('hashchange', onNavigate);
  // pushState/replaceState fire no event: the DOM mutation that follows a view change is what we see,
  // and WXT's 'wxt:locationchange' (see run-features.ts) reports the URL change.

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    navigated: onNavigate,
    stop() {
      observer.disconnect();
      win.removeEventListener('popstate', onNavigate);
      win.removeEventListener('hashchange', onNavigate);
      if (timer !== undefined) clearTimeout(timer);
      listeners.clear();
    },
  };
}
