/**
 * Prices written as bare numbers under a column heading that says what they are: a table headed "€/mese" with
 * "3,00" in its cells reads "3,00 € al mese", as a person reads it. Per scan: each grid's headings are found once.
 */
import { findPeriod, periodLabel } from '../../../shared/money.ts';
import { servicesPage } from '../portal/selectors.ts';
import { GRID, cellColumns, cellsOf, columnHeadings, isGridRow } from '../reading/grid-cells.ts';

/** "3,00", "1.234,50", "2.5": a figure with nothing around it. */
const BARE_AMOUNT = /^(?:\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?|\d+(?:[.,]\d{1,2})?)$/;

/** A row's lines with its bare figures read in their column's terms, or null when its columns say nothing. */
export type ColumnLines = (row: Element) => string[] | null;

export function createColumnLines(lines: (el: Element) => string[]): ColumnLines {
  /** Column → what a bare figure in it reads as ("€ al mese", "€"), per grid. */
  const terms = new Map<Element, Map<number, string>>();
  const termsOf = (grid: Element) => {
    let got = terms.get(grid);
    if (got) return got;
    got = new Map();
    for (const [col, cell] of columnHeadings(grid)) {
      const heading = lines(cell).join(' ');
      if (!heading || !servicesPage.priceColumn.re.test(heading)) continue;
      const period = findPeriod(heading)?.period;
      got.set(col, period ? `€ ${periodLabel(period)}` : '€');
    }
    terms.set(grid, got);
    return got;
  };
  return (row) => {
    if (!isGridRow(row)) return null;
    const grid = row.closest(GRID);
    if (!grid) return null;
    const byColumn = termsOf(grid);
    if (byColumn.size === 0) return null;
    const cells = cellsOf(row);
    const at = cellColumns(cells);
    let changed = false;
    const out = cells.flatMap((cell, i) => {
      const own = lines(cell);
      const term = byColumn.get(at[i]!);
      if (!term || own.length !== 1 || !BARE_AMOUNT.test(own[0]!)) return own;
      changed = true;
      return [`${own[0]} ${term}`];
    });
    return changed ? out : null;
  };
}
