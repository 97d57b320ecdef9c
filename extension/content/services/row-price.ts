/**
 * The price a row of the services list shows, read from its lines as a person reads them ("1,99 €/mese",
 * "€ 2,00 al mese", "0,90 € ogni 4 settimane", "0,25 € al giorno di utilizzo"; split markup such as
 * "1<span>,99</span> €<small>/mese</small>" reads as one line). A recurring or usage price is preferred over a
 * one-off amount; when the amount's own line names no period, the next line may ("0,49 €" | "a settimana").
 */
import { parseEuroCents, parsePeriod, isRecurring, type Period } from '../../../shared/money.ts';
import { servicesPage } from '../portal/selectors.ts';

export interface ShownPrice {
  cents: number;
  period: Period | null;
  /** The words of the price as the page shows them. */
  text: string;
}

/** A line longer than this is a sentence that mentions a price; its amount is still read. */
const MAX_PRICE_TEXT = 60;

function charged(period: Period | null): boolean {
  return period !== null && (isRecurring(period) || period === 'per-use');
}

/** The row's price, or null when it shows no euro amount. Account facts ("Credito residuo 3,20 €") are no price. */
export function rowPrice(lines: readonly string[]): ShownPrice | null {
  let first: ShownPrice | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // "Credito residuo: 3,20 €", "Rinnovo ogni 4 settimane 9,99 €": the words before the amount say what it is.
    const before = line.slice(0, line.search(/[\d€]/));
    if (servicesPage.accountFact.re.test(before)) continue;
    const cents = parseEuroCents(line);
    if (cents === null) continue;
    // The period written after the amount ("4,99 €/settimana") before any other words of the line.
    const at = line.search(/[\d€]/);
    let period = parsePeriod(line.slice(Math.max(0, at))) ?? parsePeriod(line);
    let text = line.length <= MAX_PRICE_TEXT ? line : line.slice(0, MAX_PRICE_TEXT);
    const next = lines[i + 1];
    if (period === null && next !== undefined && parseEuroCents(next) === null && next.length <= 45) {
      period = parsePeriod(next);
      if (period) text = `${text} ${next}`;
    }
    const price = { cents, period, text };
    if (charged(period)) return price;
    first ??= price;
  }
  return first;
}
