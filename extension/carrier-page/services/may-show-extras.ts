/**
 * Whether the detector is worth loading on a page, read cheaply by the script of every carrier page. It asks
 * for what every paid extra the detector reports has (detect-services.ts): a row found from an anchor
 * (find-anchors.ts), shown as on (a status line or badge, an icon or a title saying so, a switch), offering to
 * switch off, or listed under a heading that names the line's services. A carrier's shop page, whose tiles
 * show prices per month and "Attiva ora" or "Scopri" under headings that name no list of services, has
 * anchors but none of the rest, and never loads the detector. Conservative: where a page could hold such a
 * row, or the check cannot see (a component's own tree), it says yes.
 */
import { servicesPage as S } from '../portal/selectors.ts';
import { OWN_NODE_ATTR } from '../page-watcher.ts';
import { shadowHosts } from '../reading/composed-tree.ts';
import { visibleLines } from '../reading/visible-text.ts';
import { MAX_ROW_LINES, findAnchors } from './find-anchors.ts';

import { HEADING_SELECTOR, MAX_WORD_LINE, sectionLabel, statusForms, titleStatus } from './status-words.ts';

/** How far above a status word its line or badge is looked for. */
const MAX_UP = 3;
/** More characters than a row of MAX_ROW_LINES lines of names shows: a section, whose lines are not read. */
const MAX_ROW_CHARS = MAX_ROW_LINES * 120;
const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

const isStatus = (text: string) => text.length <= MAX_WORD_LINE && S.activeStatus.re.test(text);

/** A line or badge that says "on", read as the detector reads a row's facts ("Stato: Attivo", "… · Attivo"). */
function saysActive(text: string): boolean {
  return statusForms(text).some(isStatus);
}

/** Where an element names itself when it shows no words (icons, icon buttons), as the reader takes it. */
const LABELS: [string, string][] = [['aria-label', '[aria-label]'], ['title', '[title]'], ['alt', 'img[alt]'], ['value', 'input[value]']];
const LABELLED = LABELS.map(([, selector]) => selector).join(', ');

/** An element's label, title or alt that says "on" or offers to switch off (icons, icon buttons). */
function labelledSo(el: Element): boolean {
  for (const [name] of LABELS) {
    const value = el.getAttribute(name)?.trim();
    if (!value) continue;
    if (S.hints.switchOff.test(value)) return true;
    if (saysActive(titleStatus(value))) return true;
  }
  return false;
}

/** A status word in a line or badge that says "on", not the whole text of a button ("Attiva" offers, it does not say). */
function statusShown(top: Element): boolean {
  // Each element is read once, however many status words it holds (a shop of 2,000 tiles, each with its "Attiva
  // ora", shares one page body), and the climb stops at a section: a row's status lies within its row.
  const read = new Map<Element, string[] | null>();
  /** The element's lines, or null for a section (more text than a row shows, told by its raw length first). */
  const linesOf = (el: Element): string[] | null => {
    let got = read.get(el);
    if (got === undefined) {
      got = (el.textContent?.length ?? 0) > MAX_ROW_CHARS ? null : visibleLines(el);
      if (got && got.length > MAX_ROW_LINES) got = null;
      read.set(el, got);
    }
    return got;
  };
  const walker = top.ownerDocument.createTreeWalker(top, 0x4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!S.hints.activeWord.test((node as Text).data)) continue;
    const parent = node.parentElement;
    if (!parent || SKIP.has(parent.tagName)) continue;
    const control = parent.closest(S.controlSelector);
    const controlLines = control ? (linesOf(control) ?? []) : null;
    // A button is a block of its own: every line holding its words is one of its lines, and its one line is a
    // control's words ("Attiva ora" offers, it does not say), never a status.
    if (control?.tagName === 'BUTTON' && controlLines!.length <= 1) continue;
    const controlText = controlLines ? controlLines.join(' ') : null;
    // The words of this text node with a status word in them (a text node's own line breaks end lines too).
    const words = (node as Text).data.split('\n').map((part) => part.replace(/[\s\u00a0\u202f]+/g, ' ').trim()).filter((part) => S.hints.activeWord.test(part));
    const holds = (text: string) => words.some((part) => text.includes(part));
    let el: Element | null = parent;
    for (let up = 0; el && up <= MAX_UP && el !== top.parentElement; up++, el = el.parentElement) {
      const lines = linesOf(el);
      if (!lines) break;
      // A line of the row holding the word, or a small badge read whole ("●" and "Attivo" in one <span>).
      for (const line of lines) if (line !== controlText && holds(line) && saysActive(line)) return true;
      const badge = lines.join(' ');
      if (el.childElementCount <= 2 && !control && holds(badge) && saysActive(badge)) return true;
    }
  }
  return false;
}

/** True when an ancestor of `anchor` is a section labelled as the line's services ("Le tue opzioni"). */
function inServicesSection(anchor: Element): boolean {
  for (let el = anchor.parentElement; el; el = el.parentElement) {
    if ((el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby')) && S.listHeading.re.test(sectionLabel(el) ?? '')) return true;
  }
  return false;
}

/** True when the page may show a paid extra: only then is the detector loaded. A false is sure. */
export function mayShowExtras(doc: Document): boolean {
  const top = doc.body ?? doc.documentElement;
  if (!top) return false;
  // First what the whole page says, in a few calls: components' trees (the check does not read them),
  // switches, switch-off words (also in closed menus, whose text is still in the page), status words, the
  // words of labels and titles, and headings naming a list of services. A page with none (an invoice list,
  // a home page) is done without reading any element.
  const text = top.textContent ?? '';
  // One query per attribute, one read per element that has it: invoice pages label thousands of links.
  const labels = LABELS.map(([name, selector]) => Array.from(top.querySelectorAll(selector), (el) => el.getAttribute(name)).join('\n')).join('\n');
  const sure = shadowHosts(top).length > 0 || top.querySelector(S.switchSelector) !== null || S.hints.switchOff.test(text) || S.hints.switchOff.test(labels);
  const statusWords = S.hints.activeWord.test(text);
  const labelWords = S.hints.activeWord.test(labels);
  const sectionWords = S.hints.listWord.test(labels) || top.querySelector('[aria-labelledby]') !== null;
  // Headings are read only on a page whose words could make one ("Servizi", "Opzioni"), each only if its own do.
  const headings = !S.hints.listWord.test(text) ? [] : [...top.querySelectorAll(HEADING_SELECTOR)].filter((h) => S.hints.listWord.test(h.textContent ?? '') && S.listHeading.re.test(visibleLines(h).join(' ')));
  if (!sure && !statusWords && !labelWords && !sectionWords && headings.length === 0) return false;
  // Then whether anything is a row's start at all, and where.
  const anchors = findAnchors(doc).filter((a) => !a.closest(`[${OWN_NODE_ATTR}]`));
  if (anchors.length === 0) return false;
  if (sure) return true;
  if (labelWords && Array.from(top.querySelectorAll(LABELLED), labelledSo).some(Boolean)) return true;
  if (headings.some((h) => anchors.some((a) => h.compareDocumentPosition(a) & FOLLOWING))) return true;
  if (sectionWords && anchors.some(inServicesSection)) return true;
  return statusWords && statusShown(top);
}
