/**
 * The price a row of the services list shows, read from its lines as a person reads them ("1,99 €/mese",
 * "€ 2,00 al mese", "0,90 € ogni 4 settimane", "0,25 € al giorno di utilizzo"; split markup such as
 * "1<span>,99</span> €<small>/mese</small>" reads as one line). A recurring or usage price is preferred over a
 * one-off amount; when the amount's own line names no period, the next line may ("0,49 €" | "a settimana").
 */
import { findPeriod, parseEuroCents, parsePeriod, isRecurring, type Period } from '../../../shared/money.ts';
import { servicesPage } from '../portal/selectors.ts';

export interface ShownPrice {
  cents: number;
  period: Period | null;
  /** The words of the price as the page shows them. */
  text: string;
  /** The line adds up several prices ("1,99 €/mese + 0,49 € a settimana"): a summary of the list, not one service's price. */
  sum?: true;
}

/** Two amounts joined by a plus: "31,58 € al mese + 0,49 € a settimana", "1,99€/m + 0,99 €/28gg". */
const SUM = /\d(?:[.,]\d{1,2})?\s*(?:€|eur\w*)[^+\d]{0,30}\+\s*(?:€\s*\d|\d+(?:[.,]\d{1,2})?\s*(?:€|eur))/i;

/** The longest price text kept. */
const MAX_PRICE_TEXT = 60;

function charged(period: Period | null): boolean {
  return period !== null && (isRecurring(period) || period === 'per-use');
}

/** Where the amount starts in a line: "€ 1,99", "1,99 €", "1<span>,99</span> €" read as "1,99 €". */
const AMOUNT_AT = /(?:€\s*|eur(?:o)?\s*)?\d/i;
/** The amount and its currency, from the start: "1,99 €", "€ 1,99", "1,99 euro". */
const AMOUNT_WORDS = /^(?:(?:€|eur(?:o)?)\s*)?\d[\d.,]*\s*(?:€|eur(?:o)?\b)?/i;

/**
 * The row's price, or null when it shows no euro amount. Account facts ("Credito residuo 3,20 €") are no price.
 * Its text is the amount and its period only ("1,99 € al mese"), whatever else the line says.
 */
export function rowPrice(all: readonly string[]): ShownPrice | null {
  // A price announced for later ("dal 01/01/2027: 2,49 €/mese") is not what the line pays now.
  const lines = all.filter((line) => !servicesPage.futurePrice.re.test(line));
  let first: ShownPrice | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // "Credito residuo: 3,20 €", "Rinnovo ogni 4 settimane 9,99 €": the words before the amount say what it is.
    const at = line.search(AMOUNT_AT);
    if (at < 0 || servicesPage.accountFact.re.test(line.slice(0, at))) continue;
    const cents = parseEuroCents(line);
    if (cents === null) continue;
    // The period written after the amount ("4,99 €/settimana") before any other words of the line.
    const rest = line.slice(at);
    const after = findPeriod(rest);
    let period = after?.period ?? parsePeriod(line);
    let text = after ? rest.slice(0, after.end) : (AMOUNT_WORDS.exec(rest)?.[0] ?? rest).trim();
    const next = lines[i + 1];
    if (next !== undefined && parseEuroCents(next) === null && next.length <= 45) {
      const below = findPeriod(next);
      // The line below names the period ("0,49 €" | "a settimana"), or says a daily price is paid only on the
      // days of use ("1,50 € al giorno" | "solo nei giorni in cui la usi").
      if (below && period === null) {
        period = below.period;
        text = `${text} ${next.slice(0, below.end)}`;
      } else if (below && period === 'day' && below.period === 'per-use') {
        period = below.period;
        text = `${text} ${next}`;
      }
    }
    const price: ShownPrice = { cents, period, text: text.trim().slice(0, MAX_PRICE_TEXT), ...(SUM.test(rest) ? { sum: true as const } : {}) };
    if (charged(period)) return price;
    first ??= price;
  }
  return first;
}
