/**
 * The anchors of a services list: the elements a row of it may be found from (a euro amount on a page that names
 * a charging period, a status or switch-off word, an on/off switch, an icon labelled so), in one walk over the
 * page's text and open shadow roots. Light on purpose: the script that runs on every carrier page asks it
 * whether the page may show a paid extra at all before the detector is loaded (may-show-extras.ts).
 */
import { servicesPage } from '../portal/selectors.ts';
import { OWN_NODE_ATTR } from '../page-watcher.ts';
import { shadowHosts, shadowOf } from '../reading/composed-tree.ts';

const { hints } = servicesPage;

function labelled(el: Element): boolean {
  const label = el.getAttribute('aria-label');
  return !!label && (hints.switchOff.test(label) || hints.status.test(label));
}

const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SVG', 'svg']);

/** Any hint at all: most text nodes of a page (dates, numbers, labels, white space) fail this one test. */
const ANY_HINT = new RegExp([hints.euro, hints.period, hints.switchOff, hints.status].map((re) => `(?:${re.source})`).join('|'), 'i');
/** NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT (the numbers: NodeFilter is not a global everywhere). */
const ELEMENTS_AND_TEXT = 0x1 | 0x4;

/** What the walk leaves out, with everything inside. */
const SKIPPED = `script, style, template, noscript, svg, [${OWN_NODE_ATTR}]`;

/**
 * False when no text node of `top` can anchor a row: its text, read in one call, names no period and no status
 * or switch-off word. Conservative: the text of scripts and hidden parts counts too, so a false is sure.
 */
function textMayAnchor(top: Element): boolean {
  const text = top.textContent ?? '';
  return hints.period.test(text) || hints.switchOff.test(text) || hints.status.test(text);
}

/** Moves `walker` past the current node's subtree; returns the next node, or null at the end. */
function skipSubtree(walker: TreeWalker): Node | null {
  for (;;) {
    const next = walker.nextSibling();
    if (next) return next;
    if (!walker.parentNode()) return null;
  }
}

/** An element showing more lines than this is a section, not a row (nor a row's badge or status line). */
export const MAX_ROW_LINES = 30;

/**
 * Every element that may anchor a row, in document order: one pass over the page's nodes. An amount anchors
 * a row only on a page that names a charging period somewhere ("/mese", "ogni 4 settimane", "a consumo"): a
 * page of invoices or a shop with no recurring price has no unknown extra to find, and its hundreds of
 * amounts are not read as rows. Statuses, controls and switches anchor rows on any page.
 *
 * The pass is a TreeWalker, and the switches, labelled icons and Sentinella's own nodes of each tree are found
 * beforehand by one selector query each: a content script pays for every call into the page's DOM, and on a
 * page of a thousand rows the walk was most of what a scan cost.
 */
export function findAnchors(root: Document | Element, { anyAmount = false }: { anyAmount?: boolean } = {}): Element[] {
  const start = 'body' in root ? (root.body ?? root.documentElement) : root;
  const anchors: Element[] = [];
  /** Anchors that are only an amount, dropped on a page that names no period. */
  const amounts = new Set<Element>();
  const worded = new Set<Element>();
  let periods = anyAmount;
  const visit = (top: Element | ShadowRoot) => {
    const special = new Set<Element>();
    for (const el of top.querySelectorAll(`${servicesPage.switchSelector}, [aria-label]`)) if (el.matches(servicesPage.switchSelector) || labelled(el)) special.add(el);
    if (top === start && !anyAmount && !textMayAnchor(top) && shadowHosts(top).length === 0) {
      // No text of the page can anchor a row (no status or switch-off word, and no period, so no amount
      // counts) and no component has a tree of its own: the switches and labelled icons are the anchors.
      for (const el of special) if (!el.closest(SKIPPED)) anchors.push(el);
      return;
    }
    const own = new Set(top.querySelectorAll(`[${OWN_NODE_ATTR}]`));
    const walker = (top.ownerDocument ?? document).createTreeWalker(top, ELEMENTS_AND_TEXT);
    let node = walker.firstChild();
    while (node) {
      if (node.nodeType === 3) {
        const data = (node as Text).data;
        if (ANY_HINT.test(data)) {
          if (!periods && hints.period.test(data)) periods = true;
          const word = hints.switchOff.test(data) || hints.status.test(data);
          const el = node.parentNode;
          if (el && el.nodeType === 1 && (word || hints.euro.test(data))) {
            if (anchors[anchors.length - 1] !== el) anchors.push(el as Element);
            (word ? worded : amounts).add(el as Element);
          }
        }
        node = walker.nextNode();
        continue;
      }
      const el = node as Element;
      const tag = el.tagName;
      if (SKIP_TAGS.has(tag) || own.has(el)) {
        node = skipSubtree(walker);
        continue;
      }
      if (special.has(el)) anchors.push(el);
      const shadow = shadowOf(el);
      if (shadow) visit(shadow);
      node = walker.nextNode();
    }
  };
  if (start) visit(start);
  return periods ? anchors : anchors.filter((a) => !amounts.has(a) || worded.has(a));
}

/**
 * True when `root` holds an anchor that is not one of Sentinella's own nodes. `anyAmount`: for a part of a page
 * whose charging period may be named elsewhere (a column heading), every amount counts.
 */
export function hasAnchor(root: Document | Element, { anyAmount = false }: { anyAmount?: boolean } = {}): boolean {
  return findAnchors(root, { anyAmount }).some((anchor) => !anchor.closest(`[${OWN_NODE_ATTR}]`));
}
