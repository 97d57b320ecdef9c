/**
 * The structure of a table or an ARIA grid, as both readers see it: its own rows, a row's cells, its header row,
 * and the heading over each cell (colspan counted). Tags and roles only, never class names.
 */
import { OWN_NODE_ATTR } from '../page-watcher.ts';

/** Tables and ARIA grids. */
export const GRID = 'table, [role="table"], [role="grid"], [role="treegrid"]';
export const CELL_ROLES = new Set(['cell', 'gridcell', 'columnheader', 'rowheader']);

/** Children a row may hold that are never drawn: a form's hidden fields, scripts, templates. */
const NEVER_DRAWN = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);
const isDrawn = (el: Element) => !NEVER_DRAWN.has(el.tagName) && !(el.tagName === 'INPUT' && (el as HTMLInputElement).type === 'hidden') && !el.hasAttribute(OWN_NODE_ATTR);

/** How many columns a cell spans (colspan, 1 when absent or invalid). */
export const colSpan = (cell: Element): number => Number(cell.getAttribute('colspan') ?? 1) || 1;
/** How many rows a cell spans (rowspan, 1 when absent or invalid). */
export const rowSpan = (cell: Element): number => Number(cell.getAttribute('rowspan') ?? 1) || 1;

/** The cells of a row: its element children that are drawn, through one wrapper that holds them all. */
export function cellsOf(row: Element): Element[] {
  let cells = [...row.children].filter(isDrawn);
  while (cells.length === 1 && cells[0]!.children.length > 1 && !CELL_ROLES.has(cells[0]!.getAttribute('role') ?? '')) {
    cells = [...cells[0]!.children];
  }
  return cells;
}

/** The rows of a table or ARIA grid (its own, not those of a grid inside it). */
export function gridRows(grid: Element): Element[] {
  const selector = grid.tagName === 'TABLE' ? 'tr' : '[role="row"]';
  return [...grid.querySelectorAll(selector)].filter((r) => r.closest(GRID) === grid);
}

/** A row of column headings: in a `<thead>`, or holding `<th>` (not row headers) or ARIA column headers. */
export function isHeaderRow(row: Element, cells: Element[]): boolean {
  if (row.parentElement?.tagName === 'THEAD') return true;
  return cells.some((c) => (c.tagName === 'TH' && !isRowHeader(c)) || c.getAttribute('role') === 'columnheader');
}

/** A heading of rows, not of a column: scope="row" or "rowgroup", or a `<th>` in a body spanning rows (a year over its invoices). */
function isRowHeader(th: Element): boolean {
  const scope = th.getAttribute('scope');
  if (scope === 'row' || scope === 'rowgroup') return true;
  return rowSpan(th) > 1 && th.parentElement?.parentElement?.tagName === 'TBODY';
}

/**
 * The column each cell of each row starts at, colspan and rowspan counted: a cell spanning rows (a year, a
 * number written once over the lines it bills) takes its columns in the rows below it, as a table lays out.
 */
export function spannedColumns(rows: readonly Element[][]): number[][] {
  /** Column → how many more rows it stays taken. */
  const taken = new Map<number, number>();
  return rows.map((cells) => {
    const starts: number[] = [];
    let col = 0;
    const free = () => {
      while ((taken.get(col) ?? 0) > 0) col++;
    };
    const below = new Map<number, number>();
    for (const cell of cells) {
      free();
      starts.push(col);
      const span = colSpan(cell);
      const down = rowSpan(cell);
      for (let c = col; c < col + span; c++) if (down > 1) below.set(c, down - 1);
      col += span;
    }
    for (const [c, left] of [...taken]) taken.set(c, left - 1);
    for (const [c, left] of below) taken.set(c, left);
    return starts;
  });
}

/** True when `el` is a row of a table or ARIA grid. */
export function isGridRow(el: Element): boolean {
  return el.tagName === 'TR' || el.getAttribute('role') === 'row';
}

/** The column each cell starts at, colspan counted. */
export function cellColumns(cells: readonly Element[]): number[] {
  const at: number[] = [];
  let col = 0;
  for (const cell of cells) {
    at.push(col);
    col += colSpan(cell);
  }
  return at;
}

/**
 * The column headings of a grid: column → heading cell, from its last header row before its first row of data
 * (so two header rows, a caption line then the column names, give the column names). Empty when it has none.
 */
export function columnHeadings(grid: Element): Map<number, Element> {
  const headings = new Map<number, Element>();
  let header: Element[] | undefined;
  for (const r of gridRows(grid)) {
    const cells = cellsOf(r);
    if (!isHeaderRow(r, cells)) break;
    header = cells;
  }
  if (!header) return headings;
  const at = cellColumns(header);
  header.forEach((cell, i) => headings.set(at[i]!, cell));
  return headings;
}
