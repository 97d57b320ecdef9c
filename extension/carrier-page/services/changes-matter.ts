/**
 * After a page change, whether the spotlight must read the page again, from the nodes the page changed (the
 * page watcher's list): a ticker, a chat widget or a carousel that changes nothing a paid extra's row could be
 * made of leaves the last answer standing. Conservative: any doubt reads again.
 */
import { hasAnchor } from './find-anchors.ts';
import { HEADING_SELECTOR as HEADING } from './status-words.ts';

/**
 * True when the changes may add, remove or alter a paid extra's row: `changed` unknown (a navigation, too many
 * changes), a row found last time gone from the page, a change inside or around one, a heading changed (it
 * names the list below it), or a changed part that now shows something a row starts from.
 */
export function changesMatter(changed: readonly Node[] | null, rows: readonly Element[]): boolean {
  if (changed === null) return true;
  if (rows.some((row) => !row.isConnected)) return true;
  for (const node of changed) {
    // A component redrew its own tree (its shadow root changed): what it shows is read again.
    if (node.nodeType === 11) return true;
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    if (!el || !el.isConnected) continue;
    if (rows.some((row) => row.contains(el) || el.contains(row))) return true;
    if (el.closest(HEADING) || el.querySelector(HEADING)) return true;
    // Its period may be named elsewhere on the page (a column heading): any amount counts.
    if (hasAnchor(el, { anyAmount: true })) return true;
  }
  return false;
}
