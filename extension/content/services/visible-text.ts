/**
 * The text of an element as a person reads it: Sentinella's own nodes (badges) and non-visual
 * elements (script, style, template) are left out, white space is collapsed.
 */
import { OWN_NODE_ATTR } from '../page-watcher.ts';
import { cleanText } from '../../../shared/text.ts';

const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

function collect(node: Node, out: string[]): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) out.push((child as Text).data);
    else if (child.nodeType === 1) {
      const el = child as Element;
      if (SKIP.has(el.tagName) || el.hasAttribute(OWN_NODE_ATTR)) continue;
      // Cells and blocks read as separate words even when the markup has no space between them.
      out.push(' ');
      collect(el, out);
      out.push(' ');
    }
  }
}

/** Visible words of `el`, without Sentinella's own nodes. */
export function visibleText(el: Element): string {
  const out: string[] = [];
  collect(el, out);
  return cleanText(out.join(''));
}

/** True when `el` is one of Sentinella's own nodes or inside one. */
export function isOwnNode(el: Element): boolean {
  return el.closest(`[${OWN_NODE_ATTR}]`) !== null;
}
