/**
 * Where the line's services can be: rows of a list that a services heading opens ("Opzioni",
 * "Servizi attivi", "I tuoi servizi"...), rows that hold the portal's own "Disattiva" control, and
 * rows of tables that say "Attivo". Grids built from ARIA roles are found through their heading or controls. Which of them are paid services is decided in detect-services.ts.
 */
import { servicesPage } from '../portal/selectors.ts';
import { cleanText } from '../../../shared/text.ts';
import { isOwnNode } from './visible-text.ts';

export interface CandidateRow {
  row: Element;
  /** True when the row sits under a heading that names the line's options or services. */
  underServicesHeading: boolean;
}

/** Headings longer than this are sentences, not list titles. */
const MAX_HEADING = 60;
/** How far above a heading its list may start. */
const MAX_CLIMB = 4;

/** The smallest ancestor of `heading` that also holds rows: the list the heading opens. */
function listOf(heading: Element): Element | null {
  let el = heading.parentElement;
  for (let i = 0; el && i < MAX_CLIMB; i++, el = el.parentElement) {
    if (el.tagName === 'BODY' || el.tagName === 'HTML') return null;
    for (const row of el.querySelectorAll(servicesPage.rowSelector)) {
      if (!row.contains(heading)) return el;
    }
  }
  return null;
}

/** The row around `el`: the closest row-like element, else its smallest ancestor that holds more than the control or switch. */
function rowAround(el: Element): Element | null {
  const row = el.closest(servicesPage.rowSelector);
  if (row) return row;
  const own = cleanText(el.textContent ?? '').length;
  for (let p = el.parentElement; p && p.tagName !== 'BODY'; p = p.parentElement) {
    if (cleanText(p.textContent ?? '').length > own + 2) return p;
  }
  return null;
}

const { hints } = servicesPage;
/** Longer control texts are sentences, not a "Disattiva" button. */
const MAX_CONTROL = 60;

function isSwitchOff(control: Element): boolean {
  const text = control.tagName === 'INPUT' ? ((control as HTMLInputElement).value ?? '') : (control.textContent ?? '');
  if (text.length <= MAX_CONTROL && hints.switchOff.test(text)) return servicesPage.switchOffControl.test(cleanText(text));
  // An icon button says what it does in its label only.
  if (text.trim() !== '') return false;
  const label = control.getAttribute('aria-label');
  return !!label && servicesPage.switchOffControl.test(label);
}

/** Appends a live collection to `out` with an indexed loop (cheaper than iterators on a large page). */
function push(out: Element[], items: ArrayLike<Element>): void {
  for (let i = 0; i < items.length; i++) out.push(items[i]!);
}

/** True for a switch that is on (a checked box, or aria-checked="true"). */
export function isOn(toggle: Element): boolean {
  return toggle.getAttribute('aria-checked') === 'true' || (toggle.tagName === 'INPUT' && (toggle as HTMLInputElement).checked);
}

/** Heading elements, gathered per tag name (much cheaper than one selector list on a large page). */
function headings(root: Document | Element): Element[] {
  const out: Element[] = [];
  for (const tag of servicesPage.headingTags) push(out, root.getElementsByTagName(tag));
  push(out, root.querySelectorAll(servicesPage.headingRole));
  return out;
}

/** Controls that can be a switch-off control, gathered per tag name like headings. */
function controls(root: Document | Element): Element[] {
  const out: Element[] = [];
  push(out, root.getElementsByTagName('button'));
  push(out, root.getElementsByTagName('a'));
  const inputs = root.getElementsByTagName('input');
  for (let i = 0; i < inputs.length; i++) if (inputs[i]!.type === 'button' || inputs[i]!.type === 'submit') out.push(inputs[i]!);
  push(out, root.querySelectorAll('[role="button"]:not(button):not(a)'));
  return out;
}

/** Every row that may be a service on the line, each once, in document order. */
export function findCandidateRows(root: Document | Element): CandidateRow[] {
  const found = new Map<Element, boolean>();
  const add = (row: Element | null, underHeading: boolean) => {
    if (!row || isOwnNode(row)) return;
    found.set(row, (found.get(row) ?? false) || underHeading);
  };

  // One look at the page's words first: most pages of a portal have no services list at all, and
  // skipping what cannot match keeps the scan of a large page cheap.
  // (The body's text: a page's <head> holds scripts and styles, not lists.)
  const pageText = ('body' in root ? (root.body ?? root.documentElement) : root)?.textContent ?? '';
  const mayHaveControl = hints.switchOff.test(pageText);
  const mayHaveStatus = hints.status.test(pageText);
  // A bare "Servizi" or "Opzioni" heading (a footer menu) counts only on a page that shows a status or control.
  const mayHaveHeading = hints.listHeading.test(pageText) || ((mayHaveControl || mayHaveStatus) && hints.heading.test(pageText));

  for (const heading of mayHaveHeading ? headings(root) : []) {
    const raw = heading.textContent ?? '';
    if (raw.length > MAX_HEADING * 2 || !hints.heading.test(raw)) continue;
    const text = cleanText(raw);
    if (text.length > MAX_HEADING || !servicesPage.heading.test(text)) continue;
    const list = listOf(heading);
    if (!list) continue;
    for (const row of list.querySelectorAll(servicesPage.rowSelector)) add(row, true);
  }

  for (const control of mayHaveControl ? controls(root) : []) {
    if (isSwitchOff(control)) add(rowAround(control), false);
  }

  // Switches: on a page with a services heading, an "Attivo" or a "Disattiva".
  const mayHaveSwitch = mayHaveControl || mayHaveStatus || hints.listHeading.test(pageText);
  for (const toggle of mayHaveSwitch ? root.querySelectorAll(servicesPage.switchSelector) : []) {
    if (isOn(toggle)) add(rowAround(toggle), false);
  }

  const tables = mayHaveStatus ? root.getElementsByTagName('table') : [];
  for (let i = 0; i < tables.length; i++) {
    const table = tables[i]!;
    if (!hints.status.test(table.textContent ?? '')) continue;
    for (const row of table.querySelectorAll('tr')) add(row, false);
  }

  const rows = [...found.keys()];
  // Document order, so the panel lists services as the page does.
  rows.sort((a, b) => (a === b ? 0 : a.compareDocumentPosition(b) & 4 ? -1 : 1));
  return rows.map((row) => ({ row, underServicesHeading: found.get(row)! }));
}
