/**
 * The one reader of a page's text, as a person reads it. Every feature reads the carrier page through it.
 *
 * - Lines: `<br>`, block elements (div, p, li, headings...), table and ARIA cells and rows each start a new
 *   line, so "RA40812345<br><small>novembre 2026</small>" reads as two lines, not "RA40812345novembre".
 * - Inline elements run on as the eye sees them: "1<span>,99</span> €<small>/mese</small>" is "1,99 €/mese",
 *   unless the portal's CSS lays them out as blocks (read only where an inline element touches text). Two
 *   inline elements that meet letter to letter ("<span>Attivo</span><span>Disattiva</span>") are kept apart
 *   by a space.
 * - Skipped: script, style, template, noscript, `hidden`, `aria-hidden="true"`, inline `display:none`,
 *   struck-through text (`<s>`, `<del>`: an old price crossed out beside the current one), and
 *   Sentinella's own nodes (its badges). The page behind an open modal dialog is aria-hidden but still on
 *   screen: it is read.
 * - Icons and icon-only links or buttons contribute their accessible name (`aria-label`, `title`, `alt`).
 * - A drop-down (`<select>`) reads as the option it shows, not as the list of its choices.
 * - Open shadow roots of web components are read in place of their light children (slots included).
 */
import { OWN_NODE_ATTR } from '../page-watcher.ts';
import { shadowOf } from './composed-tree.ts';
import { latinLetters } from '../../../shared/latin-letters.ts';

const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'HEAD', 'IFRAME', 'OBJECT']);
/** Struck through: an old price crossed out beside the one that holds ("<s>34,95 €</s> 29,95 €") says no current fact. */
const STRUCK = new Set(['S', 'DEL', 'STRIKE']);
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BUTTON', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP',
  'HR', 'LEGEND', 'LI', 'MAIN', 'MENU', 'NAV', 'OL', 'OPTION', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY',
  'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);
const BLOCK_ROLES = new Set(['row', 'cell', 'gridcell', 'columnheader', 'rowheader', 'listitem', 'heading', 'menuitem', 'option', 'tab', 'article', 'group', 'region', 'status', 'switch']);

const NEWLINE = '\n';
const WORD_CHAR = latinLetters(/[\p{L}\p{N}]/u);
const SENTENCE_END = /[.!?;:]/;
const LETTER = latinLetters(/\p{L}/u);
/** Marks where two inline elements meet; decided once the text on both sides is known. */
const SOFT = '\u0001';

/** True when `el` is left out of what a person reads. */
export function isSkipped(el: Element): boolean {
  if (SKIP.has(el.tagName) || STRUCK.has(el.tagName)) return true;
  // Most cells and spans have no attribute at all: one call says so.
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute(OWN_NODE_ATTR) || el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true' && !isModalBackground(el)) return true;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none/i.test(style);
}

/** An open modal dialog: while it is up, the portal hides the page behind it from screen readers only. */
const OPEN_MODAL = '[role="dialog"][aria-modal="true"]:not([hidden]), [role="alertdialog"][aria-modal="true"]:not([hidden]), dialog[open]';
const SECTIONS = 'h1, h2, h3, h4, h5, h6, [role="heading"], main, section, table, ul, ol';

/**
 * True when `el` is marked aria-hidden only because a modal dialog is open over it: the page stays on screen,
 * dimmed, and a person still reads it. An icon's aria-hidden (no sections of its own) is never that.
 */
export function isModalBackground(el: Element): boolean {
  if (el.firstElementChild === null || el.querySelector(SECTIONS) === null) return false;
  const modal = el.ownerDocument.querySelector(OPEN_MODAL);
  return modal !== null && !el.contains(modal);
}

/** True when `el` sits inside a part of the page that a person does not see (`hidden`, or aria-hidden not behind a dialog). */
export function insideHidden(el: Element): boolean {
  if (el.closest('[hidden]')) return true;
  for (let at = el.closest('[aria-hidden="true"]'); at; at = at.parentElement?.closest('[aria-hidden="true"]') ?? null) {
    if (!isModalBackground(at)) return true;
  }
  return false;
}

/** The accessible name an element gives when it shows no text of its own (icons, icon buttons). */
export function accessibleLabel(el: Element): string {
  if (el.tagName === 'IMG' || el.tagName === 'AREA') return el.getAttribute('alt') ?? el.getAttribute('title') ?? '';
  if (el.tagName === 'INPUT') {
    const type = (el as HTMLInputElement).type;
    if (type === 'button' || type === 'submit' || type === 'reset') return (el as HTMLInputElement).value ?? '';
    if (type === 'image') return el.getAttribute('alt') ?? '';
    return '';
  }
  return el.getAttribute('aria-label') ?? el.getAttribute('title') ?? '';
}

function isBlock(el: Element): boolean {
  if (BLOCK.has(el.tagName)) return true;
  const role = el.getAttribute('role');
  if (role !== null && BLOCK_ROLES.has(role)) return true;
  return touchesText(el) && styledAsBlock(el);
}

/** Layouts that start a new line, as the portal's CSS may give an inline tag ("<span>" styled as a sub-line). */
const BLOCK_DISPLAY = /^(?:block|flex|grid|list-item|table|table-row|table-cell|flow-root)$/;

/**
 * True when an inline element meets text with no white space between ("Cloud Foto Plus<span>Archivio…</span>"):
 * only there does the layout decide whether a person reads one line or two. Elsewhere no style is read.
 */
function touchesText(el: Element): boolean {
  const prev = el.previousSibling;
  const next = el.nextSibling;
  const prevTouches = prev !== null && ((prev.nodeType === 1 && !isBreak(prev as Element)) || (prev.nodeType === 3 && /\S$/.test((prev as Text).data)));
  const nextTouches = next !== null && ((next.nodeType === 1 && !isBreak(next as Element)) || (next.nodeType === 3 && /^\S/.test((next as Text).data)));
  return prevTouches || nextTouches;
}

/** An element after which a new line starts anyway (a `<br>`, a block). */
function isBreak(el: Element): boolean {
  return el.tagName === 'BR' || BLOCK.has(el.tagName);
}

/** Layouts whose children are laid out as boxes of their own (CSS blockifies flex and grid items). */
const BOX_PARENT = /^(?:inline-)?(?:flex|grid)$/;

function styledAsBlock(el: Element): boolean {
  const view = el.ownerDocument?.defaultView;
  if (!view || typeof view.getComputedStyle !== 'function') return false;
  if (BLOCK_DISPLAY.test(view.getComputedStyle(el).display)) return true;
  const parent = el.parentElement;
  return parent !== null && BOX_PARENT.test(view.getComputedStyle(parent).display);
}

interface ReadOptions {
  /** Also read what the page hides (a closed menu's items). */
  includeHidden?: boolean;
}

let options: ReadOptions = {};

function collectChildren(parent: Node, out: string[]): void {
  if (parent.nodeType === 1 && (parent as Element).tagName === 'SLOT') {
    const assigned = (parent as HTMLSlotElement).assignedNodes?.({ flatten: true }) ?? [];
    if (assigned.length > 0) {
      for (const node of assigned) collectNode(node, out);
      return;
    }
  }
  for (let child = parent.firstChild; child; child = child.nextSibling) collectNode(child, out);
}

function collectNode(node: Node, out: string[]): void {
  if (node.nodeType === 3) {
    out.push((node as Text).data);
    return;
  }
  if (node.nodeType !== 1) return;
  const el = node as Element;
  if (options.includeHidden ? SKIP.has(el.tagName) || el.hasAttribute(OWN_NODE_ATTR) : isSkipped(el)) return;
  if (el.tagName === 'BR') {
    out.push(NEWLINE);
    return;
  }
  if (el.tagName === 'SELECT') {
    // A closed drop-down shows its chosen option only ("Attivo"), not every choice it offers.
    out.push(NEWLINE, chosenOptions(el as HTMLSelectElement), NEWLINE);
    return;
  }
  const block = isBlock(el);
  out.push(block ? NEWLINE : SOFT);
  const before = out.length;
  const shadow = (el as Element & { shadowRoot: ShadowRoot | null }).shadowRoot;
  if (el.tagName !== 'INPUT' && el.tagName !== 'SVG' && el.tagName !== 'svg') collectChildren(shadow ?? el, out);
  // Shown words, or only a glyph ("✓", "⚠", "●", "⋮"): then the element's label says what it means.
  let shown = false;
  for (let i = before; i < out.length && !shown; i++) shown = WORD_CHAR.test(out[i]!);
  if (!shown) {
    const label = accessibleLabel(el);
    if (label) {
      out.length = before;
      out.push(label);
    }
  }
  out.push(block ? NEWLINE : SOFT);
}

/** What a drop-down shows: its selected options' text, or its first option when none is selected. */
function chosenOptions(select: HTMLSelectElement): string {
  const options = [...select.querySelectorAll('option')];
  const chosen = options.filter((o) => o.selected);
  return (chosen.length > 0 ? chosen : options.slice(0, 1)).map((o) => o.textContent ?? '').join(', ');
}

/** Joins the collected pieces: a run of soft marks becomes a space between two word characters, else nothing. */
function join(pieces: string[]): string {
  const raw = pieces.join('');
  if (!raw.includes(SOFT)) return raw;
  return raw.replace(/\u0001+/g, (run: string, at: number) => {
    const prev = raw[at - 1];
    const next = raw[at + run.length];
    if (!prev || !next) return '';
    // Two words meet ("Attivo" | "Disattiva"), or a sentence ends where a link starts ("al mese." | "Attiva").
    return WORD_CHAR.test(next) && (WORD_CHAR.test(prev) || (SENTENCE_END.test(prev) && LETTER.test(next))) ? ' ' : '';
  });
}

/** The lines of text `node` shows, each with its white space collapsed, empty ones dropped. */
export function visibleLines(node: Element | ShadowRoot, read: ReadOptions = {}): string[] {
  // Most cells hold one text node: read it without the walk.
  const only = node.firstChild;
  if (only && only === node.lastChild && only.nodeType === 3 && node.nodeType === 1 && !isSkipped(node as Element) && !shadowOf(node as Element)) {
    const clean = (only as Text).data.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
    if (WORD_CHAR.test(clean)) return [clean];
  }
  const pieces: string[] = [];
  options = read;
  try {
    if (node.nodeType === 1) collectNode(node, pieces);
    else collectChildren(node, pieces);
  } finally {
    options = {};
  }
  const lines: string[] = [];
  for (const line of join(pieces).split(NEWLINE)) {
    const clean = line.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
    if (clean) lines.push(clean);
  }
  return lines;
}

/** The visible words of `el` on one line (its lines joined by a space). */
export function visibleText(node: Element | ShadowRoot): string {
  return visibleLines(node).join(' ');
}

/** True when `el` is one of Sentinella's own nodes or inside one. */
export function isOwnNode(el: Element): boolean {
  return el.closest(`[${OWN_NODE_ATTR}]`) !== null;
}
