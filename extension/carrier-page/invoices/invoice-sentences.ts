/**
 * An invoice written as one sentence, its words in any order: "Fattura AI17263548 del 6 novembre 2026 di EUR
 * 29,90, da pagare entro il 26/11/2026.", "EUR 29,90 è l'importo della fattura AI15102274 emessa il 06/07/2026,
 * scaduta il 26/07/2026 e non ancora saldata." Each value is found by what it is (a number after the
 * document's name, a day, an amount in euro) and named by the words right before it ("del" → issued, "entro
 * il" → due); a day after other words (paid on, a period "dal 1 al 30") names nothing. A sentence with two
 * different amounts of its own gives none: the reader never guesses. The words are in portal/selectors.ts.
 */
import { invoicesPage } from '../portal/selectors.ts';
import { findItalianDates, parseItalianMonth } from '../../../shared/dates.ts';
import { parseAmount, parseNumber, parseStatus } from './field-values.ts';

/** The values one sentence gives, as the page prints them (field-values.ts turns them into the archive's). */
export interface SentenceValues {
  number: string;
  amount: string;
  issueDate?: string;
  dueDate?: string;
  /** A month with no day, right after the number ("Conto n. AI15660327 di ago. 2026"): the period billed. */
  period?: string;
  status?: string;
}

const W = invoicesPage.sentence;
/** A month and year as written ("ago. 2026", "novembre 2026"), after the words that make it the period billed. */
const MONTH_AND_YEAR = /^([a-zà-ú]{3,9}\.?\s+\d{4})\b/i;
/** A figure with a decimal comma, its thousands grouped or not: "29,90", "1.229,90", "1 229,90". */
const FIGURE = String.raw`\d{1,3}(?:[.\u00a0\u202f ]\d{3})+,\d{2}\b|\d+,\d{2}\b`;
/** An amount with its currency, either side: "EUR 29,90", "29,90 €", "− 5,00 €", "1.032,85 euro". */
const AMOUNT = new RegExp(String.raw`(?:€|\beur(?:o)?\b)\s*[-−]?\s*(?:${FIGURE})|[-−]?\s*(?:${FIGURE})\s*(?:€|\beur(?:o)?\b)`, 'gi');
/** A figure alone ("importo 29,90"): the amount of a sentence that writes none with its currency. */
const BARE_AMOUNT = new RegExp(String.raw`[-−]?\b(?:${FIGURE})`, 'g');
/** How much of the text before a value is read for the words that name it. */
const LEAD = 32;
/** Shorter lines are labels or cells, read by the rest of the reader. */
const MIN_SENTENCE = 24;

const before = (text: string, at: number) => text.slice(Math.max(0, at - LEAD), at);

/** The amounts of its own `line` writes in the form `re` finds (its VAT, a total of others left out): each, as written, by value. */
function amountsOf(line: string, re: RegExp): Map<number, string> {
  const found = new Map<number, string>();
  for (const m of line.matchAll(re)) {
    if (W.otherAmount.re.test(before(line, m.index))) continue;
    const cents = parseAmount(m[0]);
    if (cents !== null && !found.has(cents)) found.set(cents, m[0].trim());
  }
  return found;
}

/** The sentence's one amount: written with its currency, else as a bare figure; none when it writes two that differ. */
function onlyAmount(line: string): string | null {
  const withCurrency = amountsOf(line, AMOUNT);
  const amounts = withCurrency.size > 0 ? withCurrency : amountsOf(line, BARE_AMOUNT);
  return amounts.size === 1 ? [...amounts.values()][0]! : null;
}

/** The values of the invoice `line` is a sentence about, or null when it does not give a number and one amount. */
export function sentenceValues(line: string): SentenceValues | null {
  if (line.length < MIN_SENTENCE) return null;
  const named = W.invoice.re.exec(line);
  if (!named || parseNumber(named[1]!) !== named[1]!.replace(/[.\-/]+$/, '')) return null;
  const number = named[1]!.replace(/[.\-/]+$/, '');

  const amount = onlyAmount(line);
  if (!amount) return null;

  const values: SentenceValues = { number, amount };
  /** The sentence without its due day and the words that name it ("scaduta il 26/10/2026"), which say no status. */
  let withoutDue = line;
  for (const { at, written } of findItalianDates(line)) {
    const lead = before(line, at);
    const due = W.dueLead.re.exec(lead);
    if (due) withoutDue = withoutDue.replace(lead.slice(due.index) + written, ' ');
    if (values.issueDate === undefined && W.issueLead.re.test(lead)) values.issueDate = written;
    else if (values.dueDate === undefined && due) values.dueDate = written;
  }
  const afterNumber = line.slice(named.index + named[0].length);
  const periodLead = W.periodLead.re.exec(afterNumber);
  const month = periodLead ? MONTH_AND_YEAR.exec(afterNumber.slice(periodLead[0].length)) : null;
  if (month && parseItalianMonth(month[1]!) !== null) values.period = month[1]!;
  // "Scaduta il 26/10/2026, pagata": paid, said apart from its due day; "da pagare entro il 26/11/2026": unpaid,
  // said by the words of the due day itself.
  if (parseStatus(withoutDue) !== null) values.status = withoutDue;
  else if (parseStatus(line) !== null) values.status = line;
  // A sentence with neither a day nor a month of the invoice is a mention of it ("Paga la fattura X di 29,90 €").
  return values.issueDate || values.dueDate || values.period ? values : null;
}
