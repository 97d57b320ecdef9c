/**
 * The price a row of the services list shows ("0,49 €/settimana", "€ 2,00 al mese"), read from the
 * smallest element holding a euro amount. A recurring price is preferred over a one-off amount; when
 * the amount's own element names no period, the row's other words may ("0,49 €" | "a settimana").
 */
import { parseEuroCents, parsePeriod, isRecurring, type Period } from '../../../shared/money.ts';
import { OWN_NODE_ATTR } from '../page-watcher.ts';
import { visibleText } from './visible-text.ts';

export interface ShownPrice {
  cents: number;
  period: Period | null;
  /** The words of the price as the page shows them. */
  text: string;
}

const EURO = /€|\beur/i;
/** A price element longer than this is a sentence, not a price: only the text node is read. */
const MAX_PRICE_TEXT = 60;
/** How far above the euro sign the amount may sit. */
const MAX_CLIMB = 2;

function priceTexts(row: Element): string[] {
  const texts: string[] = [];
  const doc = row.ownerDocument;
  const walker = doc.createTreeWalker(row, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = (node as Text).data;
    if (!EURO.test(data)) continue;
    let el = node.parentElement;
    if (!el || el.closest(`[${OWN_NODE_ATTR}]`)) continue;
    // "0,49<sup>€</sup>": the sign's own element holds no amount; its parent (still inside the row) may.
    let whole = visibleText(el);
    for (let up = 0; up < MAX_CLIMB && parseEuroCents(whole) === null && el !== row && el.parentElement; up++) {
      el = el.parentElement;
      whole = visibleText(el);
    }
    texts.push(whole.length <= MAX_PRICE_TEXT ? whole : data.trim());
  }
  return texts;
}

/** The row's price, or null when it shows no euro amount. */
export function rowPrice(row: Element, rowText: string): ShownPrice | null {
  let first: ShownPrice | null = null;
  for (const text of priceTexts(row)) {
    const cents = parseEuroCents(text);
    if (cents === null) continue;
    const period = parsePeriod(text);
    const price = { cents, period, text };
    if (period && isRecurring(period)) return price;
    first ??= price;
  }
  if (first && first.period === null) first.period = parsePeriod(rowText);
  return first;
}
