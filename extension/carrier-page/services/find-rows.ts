/**
 * Where the line's services can be, found by structure and meaning, whatever the tags: from each anchor
 * (find-anchors.ts: a euro amount, a "Disattiva", an "Attivo", an on/off switch, an icon labelled so), the row
 * is the smallest element around it that also shows a name.
 * Tables, div rows, ARIA grids, cards, lists and web components all come out the same way; a `<dl>` whose
 * `<dt>`/`<dd>` pairs have no wrapper is split into one row per `<dt>`.
 * Which rows are paid services is decided in detect-services.ts.
 */
import { servicesPage } from '../portal/selectors.ts';
import { OWN_NODE_ATTR } from '../page-watcher.ts';
import { isNameLine, type RowReader } from './row-reader.ts';
import { parentOf } from '../reading/composed-tree.ts';
import { MAX_ROW_LINES, findAnchors } from './find-anchors.ts';
import { gridColumnCount } from '../reading/grid-columns.ts';

export interface Row {
  /** The element a person sees as the row (for a bare `<dl>` group: its `<dt>`). */
  el: Element;
  /** The elements whose text makes up the row: the row itself, or a `<dt>` and its `<dd>`s. */
  parts: Element[];
  /** One of the parts: a disclosure's panel, read even while collapsed (a person opens it to see the price). */
  panel?: Element;
}

/** How far above an anchor its row may be. */
const MAX_CLIMB = 8;
/** How many lines a title and its description line may show together. */
const MAX_TITLED_LINES = 6;
/** How far above a named row without a price its card may be. */
const MAX_WIDEN = 3;

const { hints } = servicesPage;
const STOP = new Set(['BODY', 'HTML', 'MAIN']);
const CELL_TAGS = new Set(['TD', 'TH']);
/** Containers of rows: the climb from an anchor never goes past its row into one of these. */
const LIST_TAGS = new Set(['TABLE', 'TBODY', 'THEAD', 'TFOOT', 'UL', 'OL', 'MENU']);
const LIST_ROLES = new Set(['table', 'grid', 'treegrid', 'rowgroup', 'list', 'listbox', 'menu', 'tablist']);
const CELL_ROLES = new Set(['cell', 'gridcell', 'columnheader', 'rowheader']);
const STARTS_WITH_AMOUNT = /^(?:€\s*\d+(?:[.,]\d{1,3})*|\d+(?:[.,]\d{1,3})*\s*(?:€|eur))/i;
const CONTROL = `${servicesPage.switchSelector}, ${servicesPage.controlSelector}`;


/**
 * The columns of a grid whose cells are its direct children, with no element per row (a CSS grid of N columns
 * holding name, price, status and button cells one after another): N when at least two of its runs of N cells
 * each show a name and an amount, a status or a switch-off word, so one row laid out as a grid (a name and a
 * price, then a status and a button) is not taken for one. 0 otherwise.
 */
export function flatGridColumns(grid: Element, reader: RowReader): number {
  if (grid.childElementCount < 4) return 0;
  const columns = gridColumnCount(grid);
  if (columns < 2 || grid.childElementCount < 2 * columns) return 0;
  const cells = [...grid.children];
  const says = (cell: Element) => reader.lines(cell).some((line) => hints.euro.test(line) || hints.status.test(line) || hints.switchOff.test(line));
  let rows = 0;
  for (let start = 0; start < cells.length && rows < 2; start += columns) {
    const parts = cells.slice(start, start + columns);
    // Each run named by a title: a card laid out as a grid (a title and its switch, then its description and
    // its price) has one title, its description is a sentence.
    const name = parts.some(says) ? reader.nameOf({ el: parts[0]!, parts }) : null;
    if (name !== null && isTitle(name)) rows++;
  }
  return rows >= 2 ? columns : 0;
}

/** The run of cells holding `el` when its parent is a flat grid (see flatGridColumns), else null. */
function gridRun(el: Element, columnsOf: (grid: Element) => number): Row | null {
  const grid = el.parentElement;
  if (!grid) return null;
  const columns = columnsOf(grid);
  if (columns < 2) return null;
  const cells = [...grid.children];
  const index = cells.indexOf(el);
  const parts = cells.slice(index - (index % columns), index - (index % columns) + columns);
  return { el: parts[0]!, parts };
}

/**
 * Lists laid side by side as columns (names, statuses, prices), each the only list of its column, all with as
 * many items: a person pairs them by position, so the row of `li` is the item at its place in every column.
 * Null when `li` is not in such a set.
 */
function parallelRow(li: Element, reader: RowReader): Row | null {
  const list = li.parentElement;
  if (!list || (list.tagName !== 'OL' && list.tagName !== 'UL')) return null;
  const column = list.parentElement;
  const columns = column?.parentElement;
  if (!column || !columns || columns.childElementCount < 2) return null;
  const lists: Element[] = [];
  for (const col of columns.children) {
    const own = col.querySelectorAll('ol, ul');
    if (own.length !== 1 || own[0]!.parentElement !== col || own[0]!.childElementCount !== list.childElementCount) return null;
    lists.push(own[0]!);
  }
  if (list.childElementCount < 2) return null;
  const index = [...list.children].indexOf(li);
  const parts = lists.map((l) => l.children[index]!);
  // Each column holds one kind of fact (a name and its note, a status, a price): items that are rows of their
  // own (a name, a status, a price and a button) are lists stacked one under another, not columns.
  if (parts.some((part) => reader.lines(part).length > 2)) return null;
  return { el: parts[0]!, parts };
}

/** A button that shows and hides a panel elsewhere (an accordion's header), not a menu's. */
const DISCLOSURE = '[aria-controls][aria-expanded]:not([aria-haspopup])';
/** Per scan (its reader) and tree: whether the tree has any disclosure button. */
const disclosureTrees = new WeakMap<RowReader, Map<Node, boolean>>();

/**
 * An accordion item whose header is a button naming the service ("Più Sicuri Mobile Pro · Attiva") and whose
 * panel, elsewhere and often collapsed, holds the price and the actions: the row is the header and its panel.
 * Found from the header (holding the one button) or from the panel (named by the button's aria-controls).
 */
function disclosureRow(el: Element, reader: RowReader): Row | null {
  // Most pages have no such button: asked once per scan and tree, not at every step of every climb.
  const root = el.getRootNode() as Document | ShadowRoot;
  let trees = disclosureTrees.get(reader);
  if (!trees) disclosureTrees.set(reader, (trees = new Map()));
  let any = trees.get(root);
  if (any === undefined) trees.set(root, (any = root.querySelector(DISCLOSURE) !== null));
  if (!any) return null;
  const doc = el.ownerDocument;
  let control: Element | null = null;
  let panel: Element | null = null;
  if (el.id) {
    const opener = doc.querySelector(`[aria-controls="${el.id.replace(/["\\]/g, '\\$&')}"][aria-expanded]`);
    if (opener && !el.contains(opener) && !opener.hasAttribute('aria-haspopup')) [control, panel] = [opener, el];
  }
  if (!control) {
    const controls = el.matches(DISCLOSURE) ? [el] : el.querySelectorAll(DISCLOSURE);
    if (controls.length !== 1) return null;
    control = controls[0]!;
    const id = control.getAttribute('aria-controls');
    panel = id ? doc.getElementById(id) : null;
    if (!panel || el.contains(panel) || panel.contains(el)) return null;
  }
  // The button shows the name: a menu's "⋮" or an "Altre azioni" names nothing.
  if (reader.nameOf({ el: control, parts: [control] }) === null) return null;
  const header = control.parentElement && /^H[1-6]$/.test(control.parentElement.tagName) ? control.parentElement : control;
  return { el: header, parts: [header, panel!], panel: panel! };
}

/** For a bare `<dl>`: the `<dt>` a `<dd>` belongs to, with all its `<dd>`s. */
function definitionGroup(el: Element): Row | null {
  const dl = el.parentElement;
  if (!dl || dl.tagName !== 'DL' || (el.tagName !== 'DD' && el.tagName !== 'DT')) return null;
  let dt: Element | null = el;
  while (dt && dt.tagName !== 'DT') dt = dt.previousElementSibling;
  if (!dt) return null;
  const parts = [dt];
  for (let next = dt.nextElementSibling; next && next.tagName === 'DD'; next = next.nextElementSibling) parts.push(next);
  return { el: dt, parts };
}

/**
 * The row around `anchor`: the smallest element holding it that also shows a name-like line. Null when the
 * climb reaches a whole section first (a list heading, too many lines) or the page's body.
 */
export function rowOf(anchor: Element, reader: RowReader, columnsOf: (grid: Element) => number = (grid) => flatGridColumns(grid, reader)): Row | null {
  // A switch or a control is never a row by itself, even when its label names the service; nor is a wrapper
  // that shows nothing but the control (a toggle component around its switch labelled "TIM Prime Go").
  let el: Element | null = anchor;
  if (anchor.matches(CONTROL) && !isCardLink(anchor, reader)) {
    const own = reader.lines(anchor).join('\n');
    do el = parentOf(el!);
    while (el && !isBoundary(el) && reader.lines(el).join('\n') === own);
  }
  for (let i = 0; el && i < MAX_CLIMB; i++, el = parentOf(el)) {
    if (STOP.has(el.tagName) || (LIST_TAGS.has(el.tagName) && !isRowGroup(el)) || LIST_ROLES.has(el.getAttribute('role') ?? '')) return null;
    const disclosure = disclosureRow(el, reader);
    if (disclosure) return disclosure;
    if (el.tagName === 'LI') {
      const across = parallelRow(el, reader);
      if (across) return reader.nameOf(across) !== null ? across : null;
    }
    // An accordion item: its <summary> shows the name (and often the status), the rest of the <details> the
    // facts; the whole <details> is the row, open or not, as a person who opens it reads it.
    if (el.parentElement?.tagName === 'DETAILS') {
      if (el.tagName !== 'SUMMARY') continue;
      const details = { el: el.parentElement, parts: [el.parentElement] };
      return reader.lines(details.el).length <= MAX_ROW_LINES && reader.nameOf(details) !== null ? details : null;
    }
    // A bare <dl> of services: each <dt> with its <dd>s is a row. A <dl> of labels and values ("Costo",
    // "Stato") is part of a row: the climb goes on past it.
    const group = el.parentElement?.tagName === 'DL' && !labelsValues(el.parentElement, reader) ? definitionGroup(el) : null;
    if (group && reader.nameOf(group) !== null) return group;
    if (group) continue;
    // A <dl> of labels and values ("Cosa fa", "Costo", "Attivata il") is part of a row, never the row itself.
    if (el.tagName === 'DL' && labelsValues(el, reader)) continue;
    // A heading, and what sits inside one (an accordion's toggle), titles a row or a group of rows: never the
    // row itself ("Linea mobile 320 ••• 4471 · 9,99 € al mese" over the line's services).
    if (el.closest(HEADING)) continue;
    // A table or grid cell is part of a row, never the row; nor is an element that starts with the price
    // ("1,50 € al mese" with a note under it): rows start with what they are.
    if (CELL_TAGS.has(el.tagName) || CELL_ROLES.has(el.getAttribute('role') ?? '')) continue;
    const row = { el, parts: [el] };
    const lines = reader.lines(el);
    if (lines.length > MAX_ROW_LINES || reader.holdsListHeading(el)) return null;
    // A card may show its price first, as a badge over its title: then its one heading names it.
    const startsWithAmount = lines.length > 0 && STARTS_WITH_AMOUNT.test(lines[0]!) && !titledByHeading(el, reader);
    const named = !startsWithAmount && reader.nameOf(row) !== null;
    // A cell of a CSS grid with no row elements (a price, a status, a button: no name of its own): its row is
    // the run of cells it stands in. So is the named cell of a run whose other cells name nothing (a name and
    // its note, then a drop-down "Attivo"); a grid of cards, each named, keeps each card a row.
    const run = gridRun(el, columnsOf);
    if (run && (!named || run.parts.every((part) => part === el || reader.nameOf({ el: part, parts: [part] }) === null))) return reader.nameOf(run) !== null ? run : null;
    if (startsWithAmount) continue;
    // "Navigazione protetta · 1,99 €/mese" under a title of its own: the line with the price is the row's
    // description, named only by its words before the amount; the row is the element that holds the title too.
    if (named && !lines.some(isNameLine) && titledParent(el, lines, reader)) continue;
    if (named) return widen(row, reader);
  }
  return null;
}

/**
 * A link that is a whole card: a name, then its price on a line of its own ("Vodafone Casa Fibra" / "da 24,90 €
 * al mese"), as promotional tiles often are. It is a row of its own, not a control inside a larger one.
 */
function isCardLink(anchor: Element, reader: RowReader): boolean {
  if (anchor.tagName !== 'A') return false;
  const lines = reader.lines(anchor);
  return lines.length >= 2 && amountLines(lines) === 1 && !hints.euro.test(lines[0]!) && reader.nameOf({ el: anchor, parts: [anchor] }) !== null;
}

const HEADING = 'h1, h2, h3, h4, h5, h6, [role="heading"]';

/** True when `el` holds exactly one heading and it reads as a name ("€1,99 al mese" badge, then "<h3>Fastweb Sicurezza Totale"). */
function titledByHeading(el: Element, reader: RowReader): boolean {
  const headings = el.querySelectorAll(HEADING);
  if (headings.length !== 1) return false;
  const first = reader.lines(headings[0]!)[0];
  return first !== undefined && isNameLine(first);
}

/** How many rows a `<tbody>` may hold and still be one service (a name row, its facts, its actions). */
const MAX_GROUP_ROWS = 8;

/**
 * A `<tbody>` that is one of several in its table, each a few rows: a service per group (a name row, then
 * "Stato", "Costo" and the actions), so the group is the row.
 */
function isRowGroup(el: Element): boolean {
  if (el.tagName !== 'TBODY' || el.childElementCount > MAX_GROUP_ROWS) return false;
  let groups = 0;
  for (const sibling of el.parentElement?.children ?? []) if (sibling.tagName === 'TBODY') groups++;
  return groups >= 2;
}

/** True when `el` climbs no further: the page's body, a list of rows, or a list's role. */
function isBoundary(el: Element): boolean {
  return STOP.has(el.tagName) || LIST_TAGS.has(el.tagName) || LIST_ROLES.has(el.getAttribute('role') ?? '') || CELL_TAGS.has(el.tagName) || CELL_ROLES.has(el.getAttribute('role') ?? '');
}

/** A `<dl>` whose terms are field labels ("Costo", "Stato", "Cosa fa"). */
function labelsValues(dl: Element, reader: RowReader): boolean {
  for (const child of dl.children) {
    if (child.tagName !== 'DT') continue;
    const text = reader.lines(child).join(' ');
    if (servicesPage.fieldLabel.re.test(text) || servicesPage.fieldQuestion.re.test(text)) return true;
  }
  return false;
}

/** The amounts a row shows for today: a price announced for a later date ("Dal 01/02/2027 … 1,99 €/mese") is not a second one. */
const amountLines = (lines: readonly string[]) => lines.filter((line) => hints.euro.test(line) && !servicesPage.futurePrice.re.test(line)).length;

/**
 * True when the parent of `el` is a small element with no other amount that starts with a name line of its own,
 * or reads `el` on the end of a longer line.
 */
function titledParent(el: Element, lines: readonly string[], reader: RowReader): boolean {
  const parent = parentOf(el);
  if (!parent || isBoundary(parent)) return false;
  const all = reader.lines(parent);
  // A parent that shows nothing the child shows (it is hidden to a person, the child read alone) titles nothing.
  if (all.length === 0 || lines.length === 0 || all.length > MAX_TITLED_LINES || amountLines(all) !== amountLines(lines)) return false;
  // Read inline after the title, on the same line ("Safe Web Plus Navigazione protetta · 1,99 €/mese"): a
  // row never starts in the middle of a line.
  const first = lines[0]!;
  if (all.some((line) => line !== first && line.endsWith(first))) return true;
  // A name above it in the parent, after any kind label ("Servizio di terze parti" / "VideoGiochi Club").
  const at = all.indexOf(first);
  if (at > 0) return all.slice(0, at).some(isNameLine);
  return all[0] !== first && isNameLine(all[0]!);
}

/** A line that can be a second row's title, not a description: a few words, no sentence, no "label: value" ("Rinnovo automatico: —"). */
const MAX_TITLE = 40;
const MAX_TITLE_WORDS = 4;
function isTitle(line: string): boolean {
  return line.length <= MAX_TITLE && !/[.!?:;]$/.test(line) && !/:\s/.test(line) && line.split(' ').length <= MAX_TITLE_WORDS && isNameLine(line);
}

/**
 * The card a named row stands at the start of: "Giga Scorta · Attiva" in a header, with the price and
 * "Disattiva" below it; a title and its price line, with the switch beside them. The row grows to the largest
 * element that starts with the same line, shows at most the one amount, and names nothing else.
 */
function widen(row: Row, reader: RowReader): Row {
  if (row.parts.length !== 1) return row;
  const own = reader.lines(row.el);
  const amounts = amountLines(own);
  if (amounts > 1) return row;
  let best = row.el;
  let el = row.el;
  for (let i = 0; i < MAX_WIDEN; i++) {
    const parent = parentOf(el);
    if (!parent || isBoundary(parent) || reader.holdsListHeading(parent)) break;
    const lines = reader.lines(parent);
    if (lines[0] !== own[0] || lines.length > MAX_ROW_LINES) break;
    const more = amountLines(lines);
    if (more > 1 || (amounts === 1 && more !== 1)) break;
    const seen = new Set(own);
    // A second title names another row; "Inclusa nell'offerta" beside the name says what this one costs.
    if (lines.some((line) => !seen.has(line) && isTitle(line) && !servicesPage.free.re.test(line))) break;
    el = parent;
    // Up to the price, or to the words saying there is none to pay ("Inclusa nell'offerta" beside the name).
    if (more === 1 || amounts === 1 || lines.some((line) => !seen.has(line) && line.length <= MAX_TITLE && servicesPage.free.re.test(line))) best = parent;
  }
  return best === row.el ? row : { el: best, parts: [best] };
}

/** The most lines a description named by aria-describedby may have and still belong to one row. */
const MAX_DESCRIPTION_LINES = 4;

/**
 * A row whose price or terms are written elsewhere and named by `aria-describedby` (a footnote under the list:
 * "1 Calcio Live Pass: 4,99 € a settimana"): the description is read as part of the row.
 */
function withDescriptions(row: Row, reader: RowReader): Row {
  const doc = row.el.ownerDocument;
  const parts = [...row.parts];
  for (const part of row.parts) {
    const described = part.hasAttribute('aria-describedby') ? [part, ...part.querySelectorAll('[aria-describedby]')] : [...part.querySelectorAll('[aria-describedby]')];
    for (const el of described) {
      for (const id of el.getAttribute('aria-describedby')!.split(/\s+/)) {
        const note = id ? doc.getElementById(id) : null;
        if (!note || parts.some((p) => p.contains(note) || note.contains(p))) continue;
        if (reader.lines(note).length <= MAX_DESCRIPTION_LINES) parts.push(note);
      }
    }
  }
  return parts.length === row.parts.length ? row : { ...row, parts };
}

/** Every row that may be a service on the line, each once, in document order. */
export function findCandidateRows(root: Document | Element, reader: RowReader): Row[] {
  const rows = new Map<Element, Row>();
  // Each container's columns are read once per scan: its cells' anchors ask for the same grid.
  const columns = new Map<Element, number>();
  const columnsOf = (grid: Element) => {
    let n = columns.get(grid);
    if (n === undefined) columns.set(grid, (n = flatGridColumns(grid, reader)));
    return n;
  };
  for (const anchor of findAnchors(root)) {
    if (anchor.closest(`[${OWN_NODE_ATTR}]`)) continue;
    const row = rowOf(anchor, reader, columnsOf);
    if (row && !rows.has(row.el)) rows.set(row.el, withDescriptions(row, reader));
  }
  return [...rows.values()];
}
