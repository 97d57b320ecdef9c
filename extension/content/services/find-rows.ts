/**
 * Where the line's services can be: rows of a list that a services heading opens ("Opzioni",
 * "Servizi attivi", "I tuoi servizi"...), rows that hold the portal's own "Disattiva" control, and
 * rows of tables that say "Attivo". Which of them are paid services is decided in detect-services.ts.
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

/** The row around `el`: the closest row-like element, else its smallest ancestor that holds more than the control. */
function rowAround(el: Element): Element | null {
  const row = el.closest(servicesPage.rowSelector);
  if (row) return row;
  const own = cleanText(el.textContent ?? '').length;
  for (let p = el.parentElement; p && p.tagName !== 'BODY'; p = p.parentElement) {
    if (cleanText(p.textContent ?? '').length > own + 2) return p;
  }
  return null;
}

function isSwitchOff(control: Element): boolean {
  const text = control.tagName === 'INPUT' ? ((control as HTMLInputElement).value ?? '') : (control.textContent ?? '');
  return servicesPage.switchOffControl.test(cleanText(text)) || servicesPage.switchOffControl.test(control.getAttribute('aria-label') ?? '');
}

/** Every row that may be a service on the line, each once, in document order. */
export function findCandidateRows(root: Document | Element): CandidateRow[] {
  const found = new Map<Element, boolean>();
  const add = (row: Element | null, underHeading: boolean) => {
    if (!row || isOwnNode(row)) return;
    found.set(row, (found.get(row) ?? false) || underHeading);
  };

  for (const heading of root.querySelectorAll(servicesPage.headingSelector)) {
    const text = cleanText(heading.textContent ?? '');
    if (text.length > MAX_HEADING || !servicesPage.heading.test(text)) continue;
    const list = listOf(heading);
    if (!list) continue;
    for (const row of list.querySelectorAll(servicesPage.rowSelector)) add(row, true);
  }

  for (const control of root.querySelectorAll(servicesPage.controlSelector)) {
    if (isSwitchOff(control)) add(rowAround(control), false);
  }

  for (const table of root.querySelectorAll('table, [role="table"], [role="grid"]')) {
    if (!/attiv/i.test(table.textContent ?? '')) continue;
    for (const row of table.querySelectorAll('tr, [role="row"]')) add(row, false);
  }

  const rows = [...found.keys()];
  // Document order, so the panel lists services as the page does.
  rows.sort((a, b) => (a === b ? 0 : a.compareDocumentPosition(b) & 4 ? -1 : 1));
  return rows.map((row) => ({ row, underServicesHeading: found.get(row)! }));
}
