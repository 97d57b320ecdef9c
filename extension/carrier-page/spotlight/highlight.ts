/**
 * The in-page spotlight: each detected row gets data-sentinella-service="<id|unknown>", an outline
 * (drawn inside the row, so the layout does not move) and a small badge with its yearly cost.
 * Reconciled on every scan, so the page always shows exactly what was detected last.
 */
import { formatEuro } from '../../../shared/money.ts';
import { OWN_NODE_ATTR } from '../page-watcher.ts';
import type { DetectedService } from '../services/detect-services.ts';
import { spotlightBadgePaid as itPaid, spotlightBadgeWanted as itWanted, spotlightBadgeYear as itYear } from '../../public/_locales/it/messages.json';
import { spotlightBadgePaid as enPaid, spotlightBadgeWanted as enWanted, spotlightBadgeYear as enYear } from '../../public/_locales/en/messages.json';
import { format, inUiLanguage } from './words.ts';

export const SERVICE_ATTR = 'data-sentinella-service';
const HIGHLIGHT_ATTR = 'data-sentinella-highlight';
const BADGE_ATTR = 'data-sentinella-badge';
const STYLE_ID = 'sentinella-spotlight-style';

const STYLE = `
[${HIGHLIGHT_ATTR}="paid"] { outline: 3px solid #c62828 !important; outline-offset: -3px !important; }
[${HIGHLIGHT_ATTR}="wanted"] { outline: 2px dashed #78909c !important; outline-offset: -2px !important; }
[${BADGE_ATTR}] { display: inline-block !important; margin: 0 0 0 8px !important; padding: 1px 7px !important; border-radius: 10px !important;
  font: 600 12px/18px system-ui, sans-serif !important; white-space: nowrap !important; vertical-align: middle !important;
  background: #c62828 !important; color: #fff !important; text-transform: none !important; letter-spacing: normal !important; }
[${BADGE_ATTR}][data-wanted] { background: #eceff1 !important; color: #37474f !important; }
`;

/** Only the badge's three messages: the light content script does not carry the panel's words. */
const BADGE_WORDS = inUiLanguage({
  it: { spotlightBadgePaid: itPaid, spotlightBadgeWanted: itWanted, spotlightBadgeYear: itYear },
  en: { spotlightBadgePaid: enPaid, spotlightBadgeWanted: enWanted, spotlightBadgeYear: enYear },
});

function t(key: keyof typeof BADGE_WORDS, substitution?: string): string {
  return format(BADGE_WORDS[key], key, substitution);
}

function ensureStyle(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.setAttribute(OWN_NODE_ATTR, '');
  style.textContent = STYLE;
  (doc.head ?? doc.documentElement).append(style);
}

function badgeText(d: DetectedService, wanted: boolean): string {
  if (wanted) return t('spotlightBadgeWanted');
  return d.yearlyCents === null ? t('spotlightBadgePaid') : t('spotlightBadgeYear', formatEuro(d.yearlyCents));
}

/** Controls: a name read from one's label ("Ti Ho Cercato" on a switch) is no place for the badge. */
const CONTROL = 'button, input, select, textarea, [role="switch"], [role="button"], [role="checkbox"], [role="menuitem"]';

const inControl = (el: Element, row: Element) => {
  const control = el.closest(CONTROL);
  return control !== null && row.contains(control);
};

/** The text in `scope` that shows the name, outside the row's controls (a name read from a switch's label shows in a cell too). */
function shownName(d: DetectedService, scope: Element): Text | null {
  const walker = scope.ownerDocument.createTreeWalker(scope, 0x4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && !inControl(parent, d.row) && !parent.closest(`[${OWN_NODE_ATTR}]`) && (node as Text).data.includes(d.name)) return node as Text;
  }
  return null;
}

/**
 * Puts the badge right after the words that show the name, inside their cell (never directly in a <tr>), so it
 * reads beside the name and not after a description under it; where the name comes from a control's label
 * ("Ti Ho Cercato" on a switch at the row's end), beside the words in the row, never over the control.
 */
function placeBadge(d: DetectedService, badge: Element): void {
  const scope = d.nameElement !== d.row && !inControl(d.nameElement, d.row) ? d.nameElement : d.row;
  const shown = shownName(d, scope);
  if (shown) return void shown.after(badge);
  if (scope !== d.row) return void scope.append(badge);
  if (d.row.tagName === 'TR') return void ((d.row as HTMLTableRowElement).cells[0] ?? d.row).append(badge);
  d.row.append(badge);
}

function mark(d: DetectedService, wanted: boolean): void {
  const row = d.row;
  if (row.getAttribute(SERVICE_ATTR) !== d.id) row.setAttribute(SERVICE_ATTR, d.id);
  const highlight = wanted ? 'wanted' : 'paid';
  if (row.getAttribute(HIGHLIGHT_ATTR) !== highlight) row.setAttribute(HIGHLIGHT_ATTR, highlight);
  const badges = row.querySelectorAll(`[${BADGE_ATTR}]`);
  let badge = badges[0] as HTMLElement | undefined;
  for (let i = 1; i < badges.length; i++) badges[i]!.remove();
  if (!badge) {
    badge = row.ownerDocument.createElement('span');
    badge.setAttribute(OWN_NODE_ATTR, '');
    badge.setAttribute(BADGE_ATTR, '');
    placeBadge(d, badge);
  }
  const text = badgeText(d, wanted);
  if (badge.textContent !== text) badge.textContent = text;
  badge.toggleAttribute('data-wanted', wanted);
}

function clear(row: Element): void {
  row.removeAttribute(SERVICE_ATTR);
  row.removeAttribute(HIGHLIGHT_ATTR);
}

/** Makes the page's highlights match `found` exactly; `wanted` holds the keys the user keeps. */
export function reconcileHighlights(doc: Document, found: readonly DetectedService[], wanted: ReadonlySet<string>): void {
  const rows = new Set(found.map((d) => d.row));
  for (const el of doc.querySelectorAll(`[${SERVICE_ATTR}]`)) if (!rows.has(el)) clear(el);
  for (const badge of doc.querySelectorAll(`[${BADGE_ATTR}]`)) {
    const owner = badge.closest(`[${SERVICE_ATTR}]`);
    if (!owner || !rows.has(owner)) badge.remove();
  }
  if (found.length === 0) return;
  ensureStyle(doc);
  for (const d of found) mark(d, wanted.has(d.key));
}
