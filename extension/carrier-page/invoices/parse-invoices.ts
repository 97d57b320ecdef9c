/**
 * Reads every invoice a portal page shows, by meaning rather than markup. Pure: takes a root and the page
 * URL, returns data; never changes the page. Two shapes, whatever the tags:
 *
 * - Grids: a header row whose cells name invoice fields (a `<table>`, an ARIA table or grid, or a div grid
 *   whose first row of repeated siblings is labels), then rows with as many cells. A cell's own `data-label`
 *   wins over its column.
 * - Labelled records (cards, list items, `<dl>`): one invoice per number label followed by a number; in it,
 *   each label's value is written after it ("Totale: 59,00 €"), in the element after it, or on the line below
 *   it, and one line may hold several ("Emesso il 6 nov. 2026 · Scade il 26 nov. 2026"). A record whose amount
 *   has no label shows it first on a line of its own ("32,90 euro" over "di cui IVA 5,93 €").
 *
 * Text is read as a person reads it (visible-text.ts): "RA40812345<br>novembre 2026" is a number and a month.
 */
import { cleanText } from '../../../shared/text.ts';
import { latinLetters } from '../../../shared/latin-letters.ts';
import { completeDay, parseDayAndMonth, parseItalianMonth } from '../../../shared/dates.ts';
import { invoicesPage } from '../portal/selectors.ts';
import { OWN_NODE_ATTR } from '../page-watcher.ts';
import { isSkipped, visibleLines } from '../reading/visible-text.ts';
import { createReadMemo, type ReadMemo } from '../reading/read-memo.ts';
import { gridCellSpan, gridColumnCount } from '../reading/grid-columns.ts';
import { GRID, cellColumns, cellsOf, gridRows, isHeaderRow, spannedColumns } from '../reading/grid-cells.ts';
import { containsComposed, parentOf, queryAllComposed, shadowHosts, shadowOf } from '../reading/composed-tree.ts';
import type { InvoiceItem, ParsedInvoice } from '../../lib/archive/types.ts';
import type { RowPrints } from './row-print.ts';
import { sentenceValues, type SentenceValues } from './invoice-sentences.ts';
import { delimitedRecords } from './delimited-text.ts';
import { rowPrint } from './row-print.ts';
import { cellNumber, fieldForLabel, leadingAmount, parseAmount, parseDay, parseLine, parseNumber, parseStatus, periodMonth, type InvoiceField } from './field-values.ts';

type Root = Document | Element;
type Values = Partial<Record<InvoiceField, string>>;
/** What one read of a page shares: its URL and its shadow hosts. */
interface Read {
  pageUrl: string;
  origin: string;
  hosts: Element[];
  memo: ReadMemo<RowRead> | undefined;
  /** Rows known from earlier visits (skipped), and the prints of this read; none on a page with shadow roots, whose text a print cannot see. */
  prints: RowPrints | undefined;
}

/** A grid row as last read: the columns it was read with, and the invoice it gave (null: none). */
interface RowRead {
  columns: string;
  invoice: ParsedInvoice | null;
}

/** Each grid's columns as one string, written once per grid (asked again for every one of its rows). */
const columnKeys = new WeakMap<Map<number, InvoiceField>, { size: number; key: string }>();
function columnsKey(columns: Map<number, InvoiceField>): string {
  const known = columnKeys.get(columns);
  if (known && known.size === columns.size) return known.key;
  const key = [...columns].join(';');
  columnKeys.set(columns, { size: columns.size, key });
  return key;
}

/** Reads a grid row, or reuses the last read when neither the row nor its columns changed since. */
function readRow(row: Element, cells: Element[], columns: Map<number, InvoiceField>, read: Read, starts?: readonly number[]): ParsedInvoice | null {
  const key = columnsKey(columns);
  const last = read.memo?.get(row);
  if (last && last.columns === key) return last.invoice;
  const values = rowValues(cells, columns, starts);
  // A row that says its status only in its accessible name (a coloured stripe, <tr aria-label="Fattura pagata">),
  // else the section heading it is listed under ("Da pagare", "Pagate").
  const named = row.getAttribute('aria-label');
  if (named && parseStatus(named) !== null && (!values.status || parseStatus(values.status) === null)) values.status = named;
  // A status written under the amount, in its cell ("29,90 €" / "Addebitata il 21/11/2026").
  values.status ??= values.amount?.split('\n').slice(1).find((line) => parseStatus(line) !== null);
  // … or after it on its line, apart ("29,90 € · In scadenza", "29,90 € – Pagata").
  values.status ??= values.amount?.split('\n')[0]?.split(/\s+[·•|–—-]\s+/).slice(1).find((part) => parseStatus(part) !== null);
  values.status ??= sectionStatus(row);
  const invoice = build(values, row, read);
  read.memo?.set(row, { columns: key, invoice });
  return invoice;
}


function lines(el: Element): string[] {
  return visibleLines(el);
}

/** The field a whole cell or label element names: its full text, else its first line ("Importo" over "(IVA inclusa)"). */
function cellField(el: Element): InvoiceField | null {
  const all = lines(el);
  if (all.length === 0) return null;
  return fieldForLabel(all.join(' ')) ?? fieldForLabel(all[0]!);
}

/**
 * The document link inside `scope`, absolute and on the page's own origin only: a `download` link, a link
 * to a .pdf, or one whose words, label or title say so ("Scarica PDF", an icon labelled "Scarica la fattura").
 * A link to the invoice in another format (its XML, often offered first) is not its document.
 */
function documentUrl(scopes: readonly Element[], read: Read): string | null {
  for (const a of scopes.flatMap((scope) => queryAllComposed(scope, DOCUMENT_LINK, read.hosts))) {
    const url = documentLinkUrl(a, read);
    if (url) return url;
  }
  return null;
}

/** The address of the document link `a` opens, absolute; null when `a` is no such link (see documentUrl). */
function documentLinkUrl(a: Element, read: Read): string | null {
  // A button that opens the document by script keeps its address in data-href or data-url.
  const href = a.getAttribute('href') ?? a.getAttribute('data-href') ?? a.getAttribute('data-url') ?? '';
  if (!href || href.startsWith('#') || /^javascript:/i.test(href)) return null;
  // A link around the whole row (to the invoice's detail page) holds the document's own icon link.
  if (a.querySelector(LINK)) return null;
  const link = invoicesPage.documentLink.re;
  const other = invoicesPage.otherFormat.re;
  const label = a.getAttribute('aria-label') ?? '';
  const title = a.getAttribute('title') ?? '';
  const words = visibleLines(a, { includeHidden: true }).join(' ');
  if (other.test(href) || other.test(words) || other.test(label) || other.test(title)) return null;
  const named = a.hasAttribute('download') || link.test(href) || link.test(label) || link.test(title);
  if (!named && !link.test(words)) return null;
  let url: URL;
  try {
    url = new URL(href, read.pageUrl);
  } catch {
    return null;
  }
  return url.origin === read.origin ? url.href : null;
}

/** Links: anchors, and components that take an href of their own (Ionic's <ion-button href>). */
const LINK = 'a[href], [href]:not(link):not(base):not(use):not(image)';
/** Links, and buttons that open an address kept in data-href or data-url ("Scarica PDF" opened by script). */
const DOCUMENT_LINK = `${LINK}, button[data-href], button[data-url], [role="button"][data-href], [role="button"][data-url]`;

/** Detail lines with an amount printed inside the invoice (list items), e.g. paid extras. */
function items(scopes: readonly Element[], hosts: readonly Element[]): InvoiceItem[] {
  const out: InvoiceItem[] = [];
  for (const li of scopes.flatMap((scope) => queryAllComposed(scope, 'li', hosts))) {
    if (li.querySelector('li')) continue;
    const t = lines(li).join(' ');
    const cents = parseAmount(t);
    if (cents === null) continue;
    const label = cleanText(t.replace(/[-−]?\s*(?:€\s*)?\d[\d.]*,\d{2}\s*(?:€|euro)?/i, '').replace(/[:\-–]\s*$/, ''));
    if (label && !fieldForLabel(label)) out.push({ label, amountCents: cents });
  }
  return out;
}

/** The invoice `values` describe; its document link and detail lines are looked for in `scope` (a row, or a grid row's cells). */
function build(values: Values, scope: Element | readonly Element[], read: Read): ParsedInvoice | null {
  const scopes: readonly Element[] = Array.isArray(scope) ? scope : [scope as Element];
  if (values.number === undefined || invoicesPage.totalRow.re.test(cleanText(values.number.split('\n')[0] ?? ''))) return null;
  const number = cellNumber(values.number);
  if (!number) return null;
  // A top-up receipt listed among the invoices ("Ricevuta di ricarica", its number, its PDF) is none.
  if (invoicesPage.topUpReceipt.re.test(values.number) || scopes.some((s) => invoicesPage.topUpReceipt.re.test(lines(s).slice(0, 3).join(' ')))) return null;
  // A movement of a ledger that is no document (a payment received, a balance) is none either.
  if (invoicesPage.ledgerMovement.re.test(cleanText(values.number.split('\n')[0] ?? ''))) return null;
  let amountCents = values.amount ? parseAmount(values.amount) : null;
  // An amount in a ledger's credit column ("Accrediti", "Avere"): a credit note's, negative.
  const credit = amountCents === null && values.credit ? parseAmount(values.credit) : null;
  if (credit !== null) amountCents = -Math.abs(credit);
  if (amountCents === null) return null;
  // "5,00 € a tuo favore": a credit, written without its minus.
  if (amountCents > 0 && invoicesPage.inFavour.re.test(values.amount!)) amountCents = -amountCents;
  // With no date of its own, a number written with its day ("Nota di credito del 18/09/2025") gives it. A day
  // without its year ("20 nov") takes the year of the heading it is listed under ("Novembre 2026").
  const issueDate = values.issueDate
    ? (parseDay(values.issueDate) ?? completeDay(values.issueDate, { year: headingYear(scopes[0]!) }))
    : datedTitle(values.number);
  const due = values.dueDate;
  const dueDate = due ? (parseDay(due) ?? completeDay(due, issueDate ? { after: issueDate } : { year: headingYear(scopes[0]!) })) : null;
  const period = values.period ? cleanText(values.period) || null : null;
  // A month written under the number ("RA40812345" / "novembre 2026") is the period when no column gives one.
  const monthUnderNumber = values.number.split('\n').slice(1).map(periodMonth).find((m) => m !== null) ?? null;
  return {
    number,
    period,
    periodMonth: (period && periodMonth(period)) ?? monthUnderNumber ?? issueDate?.slice(0, 7) ?? null,
    issueDate,
    amountCents,
    dueDate,
    status: values.status ? parseStatus(values.status) : null,
    line: values.line ? parseLine(values.line.split('\n')[0]!) : null,
    documentUrl: documentUrl(scopes, read),
    items: items(scopes, read.hosts),
  };
}

// ── Grids ───────────────────────────────────────────────────────────────────────────────────────────────

/** Column index → field, from a header row's cells (colspan counted). */
function headerColumns(cells: Element[]): Map<number, InvoiceField> {
  return stackedHeaderColumns([cells]);
}

/**
 * Column index → field, from a header of several rows ("Importi (€)" spanning "Imponibile", "IVA", "Totale"
 * in the row below): each cell at the column the table lays it at (colspan and rowspan counted), the lower
 * rows read first, so a group's own heading ("Importo" over "Netto · IVA · Totale") never takes the column of
 * its first part. A field is taken once.
 */
function stackedHeaderColumns(rows: readonly Element[][]): Map<number, InvoiceField> {
  const columns = new Map<number, InvoiceField>();
  const starts = rows.length > 1 ? spannedColumns(rows) : [cellColumns(rows[0]!)];
  for (let r = rows.length - 1; r >= 0; r--) {
    rows[r]!.forEach((cell, i) => {
      const field = cellField(cell);
      const at = starts[r]![i]!;
      if (field && !columns.has(at) && ![...columns.values()].includes(field)) columns.set(at, field);
    });
  }
  return new Map([...columns].sort((a, b) => a[0] - b[0]));
}

function hasKeyFields(columns: Map<number, InvoiceField>): boolean {
  const fields = [...columns.values()];
  return fields.includes('number') && fields.includes('amount');
}

/** The fields of a row's cells, by the column each starts at (`starts`, else counted from their colspan). */
function rowValues(cells: Element[], columns: Map<number, InvoiceField>, starts?: readonly number[]): Values {
  const values: Values = {};
  const at = starts ?? cellColumns(cells);
  cells.forEach((cell, i) => {
    // A cell's own label (responsive tables repeat it in data-label) wins over its column's.
    const own = fieldForLabel(cell.getAttribute('data-label') ?? '') ?? columns.get(at[i]!);
    if (own && values[own] === undefined) values[own] = lines(cell).join('\n');
  });
  return values;
}

/** How far up, and how many earlier siblings at each level, a record's dated heading is looked for. */
const MAX_HEADING_CLIMB = 6;
const MAX_HEADING_SIBLINGS = 12;
/** A heading that is a month's name only. */
const MONTH_NAME = /^(?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)$/i;
const HEADING_TAG = /^(?:H[1-6]|SUMMARY)$/;
const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role="heading"]';

/**
 * The year of the heading a record is listed under ("Novembre 2026", "2026 · 11 conti", a year's <summary>):
 * what dates a day the page writes without its year. Undefined when the nearest heading names no year.
 */
function headingYear(record: Element | undefined): number | undefined {
  if (!record) return undefined;
  const isHeading = (el: Element) => HEADING_TAG.test(el.tagName) || el.getAttribute('role') === 'heading';
  const yearOf = (heading: Element) => {
    const t = lines(heading).join(' ');
    const month = parseItalianMonth(t);
    const year = month ? Number(month.slice(0, 4)) : Number(/\b(20\d{2})\b/.exec(t)?.[1] ?? NaN);
    return Number.isFinite(year) ? year : undefined;
  };
  // A record that is a whole year or month (its only invoice listed under its own heading) dates itself.
  for (const heading of record.querySelectorAll(`${HEADINGS}, summary`)) {
    const year = yearOf(heading);
    if (year) return year;
  }
  // A heading that names only a month ("Gennaio" in a calendar) sits under the year's: the climb goes on.
  const monthOnly = (heading: Element) => MONTH_NAME.test(lines(heading).join(' '));
  const headingIn = (el: Element) => (isHeading(el) ? el : el.querySelector(HEADINGS));
  for (let el: Element | null = record, depth = 0; el && depth < MAX_HEADING_CLIMB; el = el.parentElement, depth++) {
    let prev = el.previousElementSibling;
    for (let i = 0; prev && i < MAX_HEADING_SIBLINGS; prev = prev.previousElementSibling, i++) {
      const heading = isHeading(prev) ? prev : depth > 0 ? headingIn(prev) : null;
      if (!heading) continue;
      const year = yearOf(heading);
      if (year || !monthOnly(heading)) return year;
      break;
    }
  }
  return undefined;
}

const DATED_TITLE = latinLetters(/\bdel\s+(\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}\s+\p{L}+\.?\s+\d{4})/iu);
/** The day in "… del 18/09/2025" (a title over the number), or null. */
function datedTitle(text: string): string | null {
  const m = DATED_TITLE.exec(text);
  return m ? parseDay(m[1]!) : null;
}

/** "2026-12-09" (a machine-readable day) as the page would print it, "09/12/2026"; undefined for anything else. */
function printedDay(iso: string): string | undefined {
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso.split('-').reverse().join('/') : undefined;
}

/** The one `<time datetime="YYYY-MM-DD">` of a record, when it has exactly one. */
function machineDate(record: Element): string | undefined {
  const times = record.querySelectorAll('time[datetime]');
  return times.length === 1 ? printedDay(times[0]!.getAttribute('datetime')!.slice(0, 10)) : undefined;
}

/** Fills what the invoice above lacks from its detail row's labelled values. */
function detailRow(cell: Element, invoice: ParsedInvoice): void {
  for (const line of lines(cell)) {
    for (const { field, inline } of labelsOfLine(line)) {
      if (!inline) continue;
      if (field === 'dueDate' && invoice.dueDate === null) invoice.dueDate = parseDay(inline);
      else if (field === 'issueDate' && invoice.issueDate === null) invoice.issueDate = parseDay(inline);
    }
  }
}

/** True when a person does not see `el`: it, or a part around it, is `hidden` or `aria-hidden` (a paginated or filtered-out row). */
function hiddenFromView(el: Element): boolean {
  return el.closest(HIDDEN) !== null;
}
const HIDDEN = '[hidden], [aria-hidden="true"], template';

/** The row's print, when this read uses prints. */
function printOf(row: Element, columns: Map<number, InvoiceField>, read: Read): string | undefined {
  return read.prints ? rowPrint(read.pageUrl, columnsKey(columns), row) : undefined;
}

/**
 * A row the page hides on its own while its table shows (display: none on the row: a cancelled invoice kept
 * in the markup, a row a filter took out): not on the page as the customer sees it. A whole table out of view
 * (a closed year, a tab not chosen) still holds invoices, and those are read.
 */
function rowHiddenAlone(row: Element): boolean {
  const style = row.ownerDocument.defaultView?.getComputedStyle?.(row);
  return style?.display === 'none' && row.parentElement !== null && row.ownerDocument.defaultView!.getComputedStyle(row.parentElement).display !== 'none';
}

/**
 * A data row of a grid: skipped when the archive knows its print from an earlier visit, else read (the print
 * noted with the invoice it gave). `cells` are looked up only for a row that is read.
 */
function gridRow(row: Element, cells: () => Element[], columns: Map<number, InvoiceField>, read: Read, out: ParsedInvoice[], print = printOf(row, columns, read), starts?: readonly number[]): void {
  if (hiddenFromView(row) || rowHiddenAlone(row)) return;
  if (print !== undefined && read.prints!.known.has(print)) {
    read.prints!.skipped.push(print);
    return;
  }
  const invoice = readRow(row, cells(), columns, read, starts);
  if (!invoice) return;
  out.push(invoice);
  if (print !== undefined) read.prints!.read.push([print, invoice.number]);
}

/** Invoices of tables and ARIA grids whose headings name at least the number and the amount. */
function fromGrids(root: Root, read: Read, taken: Set<Element>, out: ParsedInvoice[]): void {
  /**
   * A table of headings only, its rows in the next table (a sticky header drawn apart from the body): its
   * columns and how many cells they span, kept for that next table.
   */
  let headOnly: { columns: Map<number, InvoiceField>; cells: number } | undefined;
  for (const grid of root.querySelectorAll(GRID)) {
    if (grid.closest(`[${OWN_NODE_ATTR}]`)) continue;
    const rows = gridRows(grid);
    const apart = headOnly;
    headOnly = undefined;
    // The first header row (else the first row) names the columns, with the header rows right under it.
    let header: { el: Element; cells: Element[] } | undefined;
    const stacked: Element[][] = [];
    for (const [index, el] of rows.entries()) {
      const cells = cellsOf(el);
      if (!isHeaderRow(el, cells)) continue;
      header = { el, cells };
      for (let next = index + 1; next < rows.length && stacked.length < MAX_HEADER_ROWS - 1; next++) {
        const under = cellsOf(rows[next]!);
        if (!isHeaderRow(rows[next]!, under)) break;
        stacked.push(under);
      }
      break;
    }
    const named = header !== undefined;
    header ??= rows[0] ? { el: rows[0], cells: cellsOf(rows[0]) } : undefined;
    if (!header) continue;
    // A sticky header drawn as a lone ARIA row just before the table (not in a table of its own).
    const before = named || apart ? undefined : headerRowBefore(grid);
    const headOfRows = before ? { columns: headerColumns(cellsOf(before)), cells: cellsOf(before).length } : apart;
    let columns = stacked.length ? stackedHeaderColumns([header.cells, ...stacked]) : headerColumns(header.cells);
    if (named && rows.length === 1 && hasKeyFields(columns)) {
      headOnly = { columns, cells: header.cells.length };
      continue;
    }
    if (!named && headOfRows && hasKeyFields(headOfRows.columns) && rows.slice(0, 3).some((row) => cellsOf(row).length === headOfRows.cells)) {
      // The rows of the headings drawn just before, in a table of their own or as a lone row.
      columns = headOfRows.columns;
      header = undefined;
    } else if (!hasKeyFields(columns) && fromTransposed(rows, read, out)) {
      // Each column an invoice, each row a field: "Numero", "Importo totale", "Scadenza" down the first column.
      taken.add(grid);
      continue;
    } else if (!hasKeyFields(columns)) {
      // A responsive table with no header row: every cell says its field in data-label.
      columns = new Map();
      header.cells.forEach((cell, i) => {
        const field = fieldForLabel(cell.getAttribute('data-label') ?? '');
        if (field) columns.set(i, field);
      });
      if (!hasKeyFields(columns)) continue;
      header = undefined;
    }
    taken.add(grid);
    // Cells spanning rows shift the cells of the rows below: their columns are laid out as a table lays them.
    const spanned = grid.querySelector('[rowspan]') ? spannedColumns(rows.map(cellsOf)) : undefined;
    for (const [index, el] of rows.entries()) {
      if (el === header?.el) continue;
      // Header rows repeated down a long table are skipped; a row known by its print never was one.
      let cells: Element[] | undefined;
      const cellsOnce = () => (cells ??= cellsOf(el));
      const print = printOf(el, columns, read);
      if ((print === undefined || !read.prints!.known.has(print)) && isHeaderRow(el, cellsOnce())) continue;
      const before = out.length;
      gridRow(el, cellsOnce, columns, read, out, print, spanned?.[index]);
      // A row of one wide cell under an invoice's row is its detail ("Periodo … · Scadenza 01/12/2026").
      if (out.length === before && before > 0 && cells?.length === 1) detailRow(cells[0]!, out[before - 1]!);
    }
  }
}

/** The most rows a table's header is read from (a group's heading over its parts: two, a third at most). */
const MAX_HEADER_ROWS = 3;

/** How many elements before a table (or its wrappers) a header row drawn apart may be. */
const MAX_HEADER_GAP = 2;

/** A lone ARIA header row drawn just before `grid` or its wrapper, outside any table: the grid's headings. */
function headerRowBefore(grid: Element): Element | undefined {
  for (let el: Element | null = grid, depth = 0; el && depth < 3; el = el.parentElement, depth++) {
    let prev = el.previousElementSibling;
    for (let i = 0; prev && i < MAX_HEADER_GAP; prev = prev.previousElementSibling, i++) {
      const row = prev.getAttribute('role') === 'row' ? prev : prev.querySelectorAll('[role="row"]').length === 1 ? prev.querySelector('[role="row"]') : null;
      if (row && !row.closest(GRID) && isHeaderRow(row, cellsOf(row))) return row;
    }
  }
  return undefined;
}

/**
 * A table laid out across: its first column names the fields (at least the number and the amount), each
 * further column is one invoice. False, reading nothing, when the first column does not name them.
 */
function fromTransposed(rows: readonly Element[], read: Read, out: ParsedInvoice[]): boolean {
  const byField = new Map<InvoiceField, Element[]>();
  const all: Element[][] = [];
  for (const row of rows) {
    const cells = cellsOf(row);
    if (cells.length < 2) continue;
    all.push(cells.slice(1));
    const field = cellField(cells[0]!);
    if (field && !byField.has(field)) byField.set(field, cells.slice(1));
  }
  if (!byField.has('number') || !byField.has('amount')) return false;
  const width = Math.max(...all.map((cells) => cells.length));
  for (let col = 0; col < width; col++) {
    const values: Values = {};
    for (const [field, cells] of byField) if (cells[col]) values[field] = lines(cells[col]!).join('\n');
    // Every cell of the column is the invoice's, its document link included ("Documento": "Scarica PDF").
    const invoice = build(values, all.flatMap((cells) => (cells[col] ? [cells[col]!] : [])), read);
    if (invoice) out.push(invoice);
  }
  return true;
}

/**
 * Div grids: a run of sibling rows, the first of which holds only labels. Found from the label elements:
 * a label's cell is a child of the header row, whose following siblings with as many cells are the rows.
 */
function fromDivGrids(labels: Label[], read: Read, taken: Set<Element>, out: ParsedInvoice[]): void {
  // Each possible header row, with the fields its labels name: only one naming the number and the amount is read
  // further (a record's labels, as in a list of 1,000 cards, never are).
  const headers = new Map<Element, Set<InvoiceField>>();
  for (const label of labels) {
    if (label.inline !== null) continue;
    const own = lines(label.el).join(' ');
    for (let cell: Element | null = label.el, i = 0; cell && i < 3; cell = cell.parentElement, i++) {
      // A header cell shows its label only: a cell that also shows the value ("Numero" over "RA51736402", in a
      // card's grid of fields) is a field of a record, and neither it nor anything above it is a header.
      if (cell !== label.el && lines(cell).join(' ') !== own) break;
      const header = cell.parentElement;
      if (!header || header.children.length < 3) continue;
      let fields = headers.get(header);
      if (!fields) {
        if (header.closest(GRID)) continue;
        headers.set(header, (fields = new Set()));
      }
      fields.add(label.field);
    }
  }
  for (const [header, fields] of headers) {
    if (!fields.has('number') || !fields.has('amount')) continue;
    if ([...taken].some((t) => t.contains(header))) continue;
    if (fromFlatGrid(header, read, out)) {
      taken.add(header);
      continue;
    }
    const cells = cellsOf(header);
    const columns = headerColumns(cells);
    // A header row is labels only (or empty cells): a record that mixes labels and values is no header.
    const shown = cells.filter((c) => lines(c).length > 0).length;
    if (!hasKeyFields(columns) || columns.size !== shown) continue;
    const rows: Element[] = [];
    for (let next = header.nextElementSibling; next; next = next.nextElementSibling) {
      if (cellsOf(next).length === cells.length) rows.push(next);
    }
    // The header and its rows may be wrapped apart (a header block, then a body block of rows).
    if (rows.length === 0 && header.parentElement) {
      for (let next = header.parentElement.nextElementSibling; next && rows.length === 0; next = next.nextElementSibling) {
        for (const child of next.children) if (cellsOf(child).length === cells.length) rows.push(child);
      }
    }
    if (rows.length === 0) continue;
    taken.add(header.parentElement ?? header);
    for (const row of rows) gridRow(row, () => cellsOf(row), columns, read, out);
  }
}

/**
 * A CSS grid whose cells are its children, with no element per row: its first N cells (N = its columns) are the
 * labels, each following run of N cells an invoice. Read in full on every pass (its rows have no element of
 * their own for the memo to remember). False when `grid` is not such a grid of invoices.
 */
function fromFlatGrid(grid: Element, read: Read, out: ParsedInvoice[]): boolean {
  if (grid.childElementCount < 4) return false;
  const n = gridColumnCount(grid);
  const cells = [...grid.children].filter((c) => !c.hasAttribute(OWN_NODE_ATTR));
  if (n < 2 || cells.length < 2 * n) return false;
  const head = cells.slice(0, n);
  const columns = headerColumns(head);
  // The first run is labels: it names the key fields and at least three in all, and shows no value ("Periodo"
  // and "PDF" may name nothing the reader keeps; an invoice's own cells would show a number, an amount, a day).
  const shows = (cell: Element) => {
    const text = lines(cell).join(' ');
    return parseNumber(text) !== null || parseAmount(text) !== null || parseDay(text) !== null;
  };
  if (!hasKeyFields(columns) || columns.size < 3 || head.some(shows)) return false;
  // The cells after the labels fill the columns row by row; a cell may span several ("1 / -1": a note under an
  // invoice, "Totale" across three), so a row is the run of cells up to the last column, each at its column.
  let run: Element[] = [];
  let starts: number[] = [];
  let col = 0;
  const flush = () => {
    // A note across the whole row (a line about the invoice above) is no invoice of its own.
    if (run.length > 1 || (run.length === 1 && col < n)) {
      const invoice = build(rowValues(run, columns, starts), run, read);
      if (invoice) out.push(invoice);
    }
    run = [];
    starts = [];
    col = 0;
  };
  for (const cell of cells.slice(n)) {
    const span = gridCellSpan(cell, n);
    if (col + span > n) flush();
    run.push(cell);
    starts.push(col);
    col += span;
    if (col >= n) flush();
  }
  flush();
  return true;
}

// ── Labelled records ─────────────────────────────────────────────────────────────────────────────────────

interface Label {
  el: Element;
  field: InvoiceField;
  /** The value written with the label ("Totale: 59,00 €", "Fattura n. 4B123"), if any. */
  inline: string | null;
}

/** True when `text` holds a value of `field` ("Fattura di novembre 2026" holds no invoice number). */
function holdsValue(field: InvoiceField, text: string): boolean {
  if (field === 'number') return parseNumber(text) !== null;
  if (field === 'amount') return parseAmount(text) !== null;
  if (field === 'issueDate' || field === 'dueDate') return parseDay(text) !== null || parseDayAndMonth(text) !== null;
  return true;
}

/** The label a line of text gives, if its words name an invoice field ("Importo", "Scadenza: 15/10/2026"). */
function labelOfLine(line: string): Omit<Label, 'el'> | null {
  if (line.length > 80) return null;
  const whole = fieldForLabel(line);
  if (whole) return { field: whole, inline: null };
  const colon = line.indexOf(':');
  if (colon > 0) {
    const field = fieldForLabel(line.slice(0, colon));
    const rest = cleanText(line.slice(colon + 1));
    // "A tuo favore: 5 euro": a credit; its value keeps the words that say so, read by build().
    if (field === 'amount' && rest && invoicesPage.inFavour.re.test(line.slice(0, colon))) return { field, inline: `${rest} ${cleanText(line.slice(0, colon))}` };
    if (field) return { field, inline: rest || null };
  }
  // A label followed by its value in the same words: "Fattura n. 4B123", "Da pagare entro 15/10/2026".
  const words = line.split(' ');
  for (let k = Math.min(4, words.length - 1); k >= 1; k--) {
    const field = fieldForLabel(words.slice(0, k).join(' '));
    const rest = words.slice(k).join(' ');
    // "Conto di fatturazione 888012345678", "Fattura di ottobre 2026", "Numero contratto 20190448812": a number
    // word followed by "di" or by a noun of its own names something else (a contract, a customer, a line).
    if (field === 'number' && (/^di\s/i.test(rest) || NOUN_FIRST.test(rest))) continue;
    if (field && /\d/.test(rest) && holdsValue(field, rest)) return { field, inline: rest };
  }
  return null;
}

/** A lowercase word of its own after a number word ("Numero contratto …"): a noun that says what the number is of. */
const NOUN_FIRST = latinLetters(/^\p{Ll}{3,}\s/u);

const WORD = latinLetters(/\p{L}{2}/u);

/** Text that may hold a label: a word of three letters, or a number mark ("N°", "N. 8A00512394", "Nr. 12"). */
const MAY_LABEL = latinLetters(/\p{L}{3}|(?:^|\s)n(?:r|um)?\s*[.°º:]/iu);
/**
 * Where one line holds several labelled values: "Emesso il 6 nov. 2026 · Scade il 26 nov. 2026", and
 * "Fattura M026481207 del 01/12/2026" (the number, then its day).
 */
const SEGMENT = /\s+[·•|]\s+|\s+(?=(?:del|emess[ao]\s+il)\s+\d)/i;

/** The labels a line gives, each with its value: one per segment when its segments each hold one. */
function labelsOfLine(line: string): Omit<Label, 'el'>[] {
  // A sentence of clauses, each a label and its value or a status: "Importo di 58,40 €, emesso il 06-11-2026 con
  // scadenza 26-11-2026", "Fattura di ottobre 2026 — 24,99 € — pagata il 05/11/2026". Its finer parts win.
  const clauses = line.split(CLAUSE);
  const parts = clauses.length > 1 ? clauses.map(clauseLabel).filter((l): l is Omit<Label, 'el'> => l !== null) : [];
  const segments = line.split(SEGMENT);
  if (segments.length > 1) {
    const read = segments.map(labelOfLine);
    const each = read.filter((l): l is Omit<Label, 'el'> => l !== null && l.inline !== null);
    if (each.length > 1 && each.length >= parts.length) return each;
    // "Fattura del 14/11/2026": a title, then its day; the title names nothing by itself.
    if (each.length === 1 && parts.length === 0 && read.every((l) => l !== null)) return each;
  }
  if (parts.length > 1) return parts;
  const label = labelOfLine(line);
  return label ? [label] : parts;
}

/** Where a sentence's clauses part: a comma or semicolon, a dash or dot between spaces, a "con". */
const CLAUSE = latinLetters(/\s*[,;]\s+|\s+[—–·•|]\s+|\s+con\s+(?=\p{L})/iu);

/** The labelled value one clause gives ("scadenza 22/12/2026"), or its status ("pagata il 05/11/2026"). */
function clauseLabel(clause: string): Omit<Label, 'el'> | null {
  const label = labelOfLine(clause);
  if (label) return label.inline !== null ? label : null;
  const words = cleanText(clause);
  return words.length <= 30 && parseStatus(words) !== null ? { field: 'status', inline: words } : null;
}

/** Every label on the page, from one walk over its text nodes and its `data-label` attributes. */
/** How many lines of one element may each label a value of their own. */
const MAX_LABELLED_LINES = 6;

function findLabels(scope: Element, taken: Set<Element>): Label[] {
  const found: Label[] = [];
  const seen = new Set<Element>();
  /** The control that gave each number from its accessible name. */
  const namedBy = new Map<string, Element>();
  const visit = (parent: Node) => {
    for (let node = parent.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 1) {
        const el = node as Element;
        if (taken.has(el) || el.hasAttribute(OWN_NODE_ATTR) || /^(?:SCRIPT|STYLE|TEMPLATE|NOSCRIPT)$/.test(el.tagName)) continue;
        const field = fieldForLabel(el.getAttribute('data-label') ?? '');
        if (field && !el.closest(GRID)) found.push({ el, field, inline: lines(el).join('\n') || null });
        // An icon link or button whose name says which invoice it downloads: the number, where no label shows it.
        const named = el.hasAttribute('aria-label') && !el.closest(GRID) ? invoicesPage.documentOfNumber.re.exec(el.getAttribute('aria-label')!) : null;
        // Once per control: a component's inner link, in its shadow root, often repeats its host's name.
        const host = named ? namedBy.get(named[1]!) : undefined;
        if (named && !WORD.test(el.textContent ?? '') && !(host && containsComposed(host, el))) {
          namedBy.set(named[1]!, el);
          found.push({ el, field: 'number', inline: named[1]! });
        }
        // A download link that says so in its own words ("Scarica fattura n. W2611094788"), where a card
        // shows its number nowhere else.
        const says = !named && el.matches(LINK) && !el.closest(GRID) ? invoicesPage.documentOfNumber.re.exec(lines(el).join(' ')) : null;
        if (says && parseNumber(says[1]!)) found.push({ el, field: 'number', inline: says[1]! });
        // A number set as code, with no label ("<code>AV26114417</code>" under the card's title): the whole of it
        // is one identifier with letters and digits.
        if (el.tagName === 'CODE' && el.childElementCount === 0 && !el.closest(GRID)) {
          const code = cleanText(el.textContent ?? '');
          if (/[A-Z]/i.test(code) && /\d{4}/.test(code) && parseNumber(code) === code) found.push({ el, field: 'number', inline: code });
        }
        const shadow = shadowOf(el);
        if (shadow) visit(shadow);
        visit(el);
        continue;
      }
      if (node.nodeType !== 3) continue;
      const data = (node as Text).data;
      if (data.length < 2 || !MAY_LABEL.test(data)) continue;
      const el = (node as Text).parentElement;
      if (!el || seen.has(el)) continue;
      const own = lines(el);
      const first = own[0];
      // A longer line is read only in its parts set apart by dots or dashes ("Comprende … 39,99 € · Fattura N° …").
      if (first === undefined || (first.length > 80 && (first.length > 200 || !DASHED.test(first)))) continue;
      const labels = labelsOfLine(first);
      if (labels.length === 0) continue;
      seen.add(el);
      for (const label of labels) {
        // A label element whose value is on its own second line ("Importo" / "32,90 €").
        const inline = label.inline ?? (own.length > 1 && !labelOfLine(own[1]!) ? own.slice(1).join('\n') : null);
        found.push({ el, field: label.field, inline });
      }
      // Further lines that each label their own value ("Emessa il 1 dicembre 2026<br>Scadenza 16 dicembre 2026").
      if (labels.every((l) => l.inline)) {
        for (const line of own.slice(1, MAX_LABELLED_LINES)) {
          if (line.length > 80) break;
          const more = labelsOfLine(line);
          if (more.length === 0 || more.some((l) => !l.inline)) break;
          for (const label of more) found.push({ el, field: label.field, inline: label.inline });
        }
      }
    }
  };
  visit(scope);
  return found;
}

/**
 * The value after a label: the words right after it ("<b>Fattura</b> 1001/A"), else the next element that
 * shows text, looking from the label up to two of its ancestors ("<dt>Importo</dt><dd>…</dd>",
 * "<div><span>Importo</span></div><div>32,90 €</div>"). Another label first means no value.
 */
function valueOf(label: Element, isLabel: (el: Element) => boolean): string {
  for (let el: Element | null = label, i = 0; el && i < 3; el = el.parentElement, i++) {
    for (let next = el.nextSibling; next; next = next.nextSibling) {
      if (next.nodeType === 3) {
        const words = cleanText((next as Text).data);
        if (words) return words;
        continue;
      }
      if (next.nodeType !== 1) continue;
      if (isLabel(next as Element)) return '';
      // A day shown short ("9/12") whose element gives it in full ("<abbr title="2026-12-09">", "<time datetime>").
      const full = fullDay(next as Element);
      if (full) return full;
      const text = lines(next as Element);
      if (text.length > 0) return text.join('\n');
    }
  }
  return '';
}

/** The day an `<abbr title>` or `<time datetime>` gives in full ("2026-12-09" → "09/12/2026"), when it is the element's one date. */
function fullDay(el: Element): string | undefined {
  const dated = el.matches('abbr[title], time[datetime]') ? el : el.childElementCount <= 1 ? el.querySelector('abbr[title], time[datetime]') : null;
  return printedDay(dated?.getAttribute(dated.tagName === 'TIME' ? 'datetime' : 'title')?.trim() ?? '');
}

/** A short element whose words are a status ("Pagata", "Da pagare", an icon labelled so): cards often show a bare badge. */
function statusBadge(record: Element, hosts: readonly Element[]): string | undefined {
  for (const el of queryAllComposed(record, '*', hosts)) {
    if (el.childElementCount > 1) continue;
    const t = lines(el).join(' ');
    if (t.length <= 30 && parseStatus(t) !== null) return t;
  }
  return undefined;
}

/** A line that is only a day ("6/11/2026", "06.11.2026", "20 nov" under a dated heading), not inside a label's element. */
function bareDate(record: Element, isLabel: (el: Element) => boolean): string | undefined {
  for (const el of record.querySelectorAll('*')) {
    if (el.childElementCount > 0 || isLabel(el)) continue;
    const t = lines(el).join(' ');
    if ((/^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/.test(t) && parseDay(t)) || parseDayAndMonth(t)) return t;
  }
  return undefined;
}

/** The status a record's section heading gives ("Da pagare" over a list of invoices), if any. */
function sectionStatus(record: Element): string | undefined {
  for (let el: Element | null = record, depth = 0; el && depth < 4; el = el.parentElement, depth++) {
    for (let prev = el.previousElementSibling; prev; prev = prev.previousElementSibling) {
      if (!/^H[1-6]$/.test(prev.tagName)) continue;
      const t = lines(prev).join(' ');
      return t.length <= 30 && parseStatus(t) !== null ? t : undefined;
    }
  }
  return undefined;
}

const AMOUNT_START = /^\s*[-−€\d]/;

/** The first amount a record shows with no label, written first on its line ("32,90 euro" over "di cui IVA 5,93 €"). */
function bareAmount(record: Element, isLabel: (el: Element) => boolean, hosts: readonly Element[]): string | undefined {
  for (const el of queryAllComposed(record, '*', hosts)) {
    // Only text that starts with a digit, a sign or "€" can start with an amount: the rest is not read.
    if (isLabel(el) || !AMOUNT_START.test(el.textContent ?? '')) continue;
    const first = lines(el)[0];
    if (first !== undefined && first.length <= 80 && leadingAmount(first) !== null) return first;
  }
  // Else an amount set apart between dashes on a line of its own: "Fattura di ottobre 2026 — 24,99 € — pagata il …".
  for (const el of queryAllComposed(record, '*', hosts)) {
    if (!DASHED.test(el.textContent ?? '')) continue;
    const first = lines(el)[0];
    if (first === undefined || first.length > 120) continue;
    const part = first.split(DASHED).find((s) => leadingAmount(s) !== null);
    if (part !== undefined) return part;
  }
  return undefined;
}

/** Dashes (or a middle dot) between spaces, setting apart the parts of one line. */
const DASHED = /\s+[—–·•]\s+/;

function fromLabelledRecords(labels: Label[], scope: Element, read: Read, taken: Set<Element>, out: ParsedInvoice[], summaries: ParsedInvoice[]): void {
  const free = labels.filter((l) => ![...taken].some((t) => containsComposed(t, l.el)));
  const labelEls = new Set(free.map((l) => l.el));
  const isLabel = (el: Element) => labelEls.has(el);
  const values = new Map<Label, string>();
  const valueFor = (l: Label): string => {
    let v = values.get(l);
    if (v === undefined) values.set(l, (v = l.inline ?? valueOf(l.el, isLabel)));
    return v;
  };
  // Only a label followed by a number marks an invoice ("Documento" over a "Scarica" link does not).
  const numberLabels = free.filter((l) => l.field === 'number' && parseNumber(valueFor(l)) !== null);
  // How many numbers each ancestor's labels give: a record is the widest ancestor holding exactly one (a card
  // titled "Nota di credito" over "Numero documento: AN…" names one number twice).
  const counts = new Map<Element, Set<string>>();
  for (const l of numberLabels) {
    const number = parseNumber(valueFor(l))!;
    for (let a = parentOf(l.el); a && a !== scope.parentElement; a = parentOf(a)) {
      let numbers = counts.get(a);
      if (!numbers) counts.set(a, (numbers = new Set()));
      numbers.add(number);
    }
  }
  const records = new Map<Element, Label>();
  for (const l of numberLabels) {
    let record: Element = l.el;
    for (let a = parentOf(l.el); a && counts.get(a)?.size === 1; a = parentOf(a)) {
      record = a;
      if (a === scope) break;
    }
    if (!records.has(record)) records.set(record, l);
  }
  // Labels grouped by record, in page order.
  const byRecord = new Map<Element, Label[]>();
  for (const l of free) {
    for (let a: Element | null = l.el; a; a = parentOf(a)) {
      if (records.has(a)) {
        byRecord.set(a, [...(byRecord.get(a) ?? []), l]);
        break;
      }
      if (a === scope) break;
    }
  }
  for (const [record, recordLabels] of byRecord) {
    if (hiddenFromView(record)) continue;
    // A section around a list already read ("Linea fissa", its contract number, then the table) is no invoice.
    if ([...taken].some((t) => containsComposed(record, t))) continue;
    const found: Values = {};
    for (const l of recordLabels) {
      if (found[l.field] !== undefined) continue;
      const value = valueFor(l);
      // A label whose value is not of its kind ("Data" over "Scarica") gives nothing.
      if (value && holdsValue(l.field, value)) found[l.field] = value;
    }
    // A date shown without its year ("6 ottobre") in a <time> that gives it in full, or a date on a line of
    // its own with no label ("6/11/2026" beside "N. W2611004821").
    if (found.issueDate === undefined) found.issueDate = machineDate(record) ?? bareDate(record, isLabel);
    // The status from the row, else from the section it is listed under ("Da pagare", "Pagate").
    if (found.status === undefined) found.status = statusBadge(record, read.hosts) ?? sectionStatus(record);
    if (found.amount === undefined) found.amount = bareAmount(record, isLabel, read.hosts);
    const invoice = build(found, record, read);
    // A box that sums up one invoice ("Ultima fattura") counts only if the list does not show it.
    if (invoice) (invoicesPage.summaryTitle.re.test(lines(record)[0] ?? '') ? summaries : out).push(invoice);
  }
}

/**
 * Every invoice shown under `root`, once each (by number), in page order. With a `memo` (one per page
 * visit, told what changed), grid rows that did not change are not read again; with `prints` (row-print.ts),
 * grid rows the archive holds from an earlier visit are skipped (and listed in `prints.skipped`).
 */
export function parseInvoices(root: Root, pageUrl: string, memo?: ReadMemo<RowRead>, prints?: RowPrints): ParsedInvoice[] {
  const scope = root.nodeType === 9 ? ((root as Document).body ?? (root as Document).documentElement) : (root as Element);
  if (!scope) return [];
  const taken = new Set<Element>();
  const all: ParsedInvoice[] = [];
  const hosts = shadowHosts(scope);
  const read: Read = { pageUrl, origin: new URL(pageUrl).origin, hosts, memo, prints: hosts.length === 0 ? prints : undefined };
  fromGrids(root, read, taken, all);
  const labels = findLabels(scope, taken);
  fromDivGrids(labels, read, taken, all);
  const summaries: ParsedInvoice[] = [];
  fromLabelledRecords(labels, scope, read, taken, all, summaries);
  // Text is the page's last resort: where nothing else gave an invoice, a list of delimited lines, else sentences.
  if (all.length === 0 && summaries.length === 0) fromDelimitedText(scope, read, all);
  if (all.length === 0 && summaries.length === 0) fromSentences(scope, read, all);
  const byNumber = new Map<string, ParsedInvoice>();
  for (const inv of [...all, ...summaries]) {
    const first = byNumber.get(inv.number);
    if (!first) byNumber.set(inv.number, inv);
    else if (sameInvoice(first, inv)) byNumber.set(inv.number, completed(first, inv));
  }
  return [...byNumber.values()];
}

// ── Delimited text ──────────────────────────────────────────────────────────────────────────────────────

/**
 * The lines of a `<pre>` as its text breaks them, each with the links written on it (a list "in text format"
 * whose every line ends with its PDF link).
 */
function preformattedLines(pre: Element): { lines: string[]; links: Element[][] } {
  const lines = [''];
  const links: Element[][] = [[]];
  const visit = (node: Node) => {
    if (node.nodeType === 3) {
      const parts = (node as Text).data.split('\n');
      lines[lines.length - 1] += parts[0]!;
      for (const part of parts.slice(1)) {
        lines.push(part);
        links.push([]);
      }
      return;
    }
    if (node.nodeType !== 1 || isSkipped(node as Element)) return;
    if ((node as Element).tagName === 'BR') {
      lines.push('');
      links.push([]);
      return;
    }
    if ((node as Element).matches(LINK)) links[links.length - 1]!.push(node as Element);
    for (const child of node.childNodes) visit(child);
  };
  for (const child of pre.childNodes) visit(child);
  return { lines, links };
}

/** Invoices listed as delimited lines under a line naming their fields, in a `<pre>` (delimited-text.ts), each with the document link on its line. */
function fromDelimitedText(scope: Element, read: Read, out: ParsedInvoice[]): void {
  for (const pre of queryAllComposed(scope, 'pre', read.hosts)) {
    const { lines, links } = preformattedLines(pre);
    for (const { line, values } of delimitedRecords(lines)) {
      const invoice = build(values, [], read);
      if (!invoice) continue;
      invoice.documentUrl = links[line]!.map((a) => documentLinkUrl(a, read)).find((url) => url !== null) ?? null;
      out.push(invoice);
    }
  }
}

// ── Sentences ───────────────────────────────────────────────────────────────────────────────────────────

/** What a sentence about an invoice is written in. */
const SENTENCE_BLOCK = 'p, li, dd, dt, td, div, article, section, blockquote';
/** How far above its sentence an invoice's record (the sentence with its links) may reach. */
const MAX_SENTENCE_CLIMB = 4;

/**
 * Invoices written as one sentence each (invoice-sentences.ts), on a page that gave none otherwise. Each one's
 * record, where its document link is looked for, is the largest element around its sentence (a few levels at
 * most) that holds no other invoice's sentence: the list item with the sentence and its "Scarica il PDF".
 */
function fromSentences(scope: Element, read: Read, out: ParsedInvoice[]): void {
  // Cheap first, on the raw text (whose words run together: no word boundaries there).
  const documentWord = invoicesPage.sentence.documentWord.re;
  if (!documentWord.test(scope.textContent ?? '')) return;
  const blocks = new Set<Element>();
  const walker = scope.ownerDocument.createTreeWalker(scope, 0x4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!documentWord.test((node as Text).data)) continue;
    const block = node.parentElement?.closest(SENTENCE_BLOCK);
    if (block && scope.contains(block)) blocks.add(block);
  }
  const found: { block: Element; values: SentenceValues }[] = [];
  const numbers = new Set<string>();
  for (const block of blocks) {
    for (const line of visibleLines(block)) {
      const values = sentenceValues(line);
      if (!values || numbers.has(values.number)) continue;
      numbers.add(values.number);
      found.push({ block, values });
    }
  }
  // How many sentences each element holds, to know how far up a sentence's record goes.
  const held = new Map<Element, number>();
  for (const { block } of found) for (let el: Element | null = block; el && el !== scope; el = el.parentElement) held.set(el, (held.get(el) ?? 0) + 1);
  for (const { block, values } of found) {
    let record = block;
    for (let up = 0; up < MAX_SENTENCE_CLIMB && record.parentElement && record.parentElement !== scope && held.get(record.parentElement) === 1; up++) record = record.parentElement;
    const invoice = build(values, held.get(block) === 1 ? record : [], read);
    if (invoice) out.push(invoice);
  }
}

/** Two records of one number that agree on what both show (a list entry and its detail pane, a summary box). */
function sameInvoice(a: ParsedInvoice, b: ParsedInvoice): boolean {
  const agree = <T>(x: T | null, y: T | null) => x === null || y === null || x === y;
  return agree(a.amountCents, b.amountCents) && agree(a.issueDate, b.issueDate) && agree(a.dueDate, b.dueDate);
}

/**
 * The first record of an invoice with what only a later one shows ("Conto di ottobre · 44,85 €" in a list of
 * months, its issue and due days, status and PDF in the pane beside it): what the first shows is kept.
 */
function completed(first: ParsedInvoice, later: ParsedInvoice): ParsedInvoice {
  return {
    ...first,
    period: first.period ?? later.period,
    periodMonth: first.periodMonth ?? later.periodMonth,
    issueDate: first.issueDate ?? later.issueDate,
    amountCents: first.amountCents ?? later.amountCents,
    dueDate: first.dueDate ?? later.dueDate,
    status: first.status ?? later.status,
    line: first.line ?? later.line,
    documentUrl: first.documentUrl ?? later.documentUrl,
    items: first.items.length ? first.items : later.items,
  };
}

/** A memo for parseInvoices: one per page visit. */
export function createInvoiceMemo(): ReadMemo<RowRead> {
  return createReadMemo<RowRead>();
}
