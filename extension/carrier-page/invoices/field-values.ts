/** Turns the text of one invoice field, as a portal prints it, into the value the archive keeps. */
import { parseEuroCents } from '../../../shared/money.ts';
import { parseItalianDate, parseItalianMonth } from '../../../shared/dates.ts';
import { cleanText } from '../../../shared/text.ts';
import { invoicesPage } from '../portal/selectors.ts';
import type { InvoiceStatus } from '../../lib/archive/types.ts';

export type InvoiceField = keyof typeof invoicesPage.labels;

const FIELDS = Object.keys(invoicesPage.labels) as InvoiceField[];

/** Which invoice field a heading or label names ("Emessa il" → issueDate, "Importo (€):" → amount), or null. */
export function fieldForLabel(text: string): InvoiceField | null {
  const label = cleanText(text).replace(/\s*[:.]\s*$/, '').trim();
  if (!label || label.length > 40) return null;
  for (const field of FIELDS) if (invoicesPage.labels[field].re.test(label)) return field;
  // A heading naming two fields ("Importo e stato", "Data / scadenza"): the first it names, whose value comes first.
  const both = /^(.+?)\s+(?:e|\/|&)\s+(.+)$/i.exec(label);
  if (both) for (const part of [both[1]!, both[2]!]) for (const field of FIELDS) if (invoicesPage.labels[field].re.test(part)) return field;
  return null;
}

export function parseStatus(text: string): InvoiceStatus | null {
  if (invoicesPage.unpaid.re.test(text)) return 'unpaid';
  if (invoicesPage.paid.re.test(text)) return 'paid';
  return null;
}

/** "Fattura", "Numero", "N.", "N°", "Nr." before the number ("N123456" keeps its N). */
const NUMBER_PREFIX = /^(?:(?:fattura|numero|documento|conto\s+telefonico|bolletta|doc)\b\.?\s*:?\s*|n(?:r|um)?\s*[°º.:]\s*|n\s+)/i;
const TOKEN = /[A-Z0-9][A-Z0-9/\-._]{3,}/gi;

/**
 * The invoice number as shown, without a leading "Fattura n." or "N°": the first word with a digit that is
 * not a date, an amount or a bare year. Only its first line counts ("RA40812345" over "novembre 2026").
 */
export function parseNumber(text: string): string | null {
  let first = cleanText(text.split('\n')[0] ?? '');
  for (let i = 0; i < 3 && NUMBER_PREFIX.test(first); i++) first = first.replace(NUMBER_PREFIX, '');
  // Printed in groups for the eye ("C1 2612 04417"): one number, without its spaces.
  if (invoicesPage.groupedNumber.re.test(first)) return first.replace(/\s+/g, '');
  for (const m of first.matchAll(TOKEN)) {
    const token = m[0].replace(/[.\-/]+$/, '');
    if (token.length < 4 || !/\d/.test(token) || invoicesPage.accountCode.re.test(token)) continue;
    if (/^\d{4}$/.test(token) || /^\d+[.,]\d{2}$/.test(token) || (/^\d{1,4}[/.\-]\d{1,2}[/.\-]\d{2,4}$/.test(token) && parseItalianDate(token))) continue;
    // A month and year ("Conto 5/2026", a bimonthly bill's sequence in its year) is not a number either.
    if (/^\d{1,2}[/.\-]\d{4}$/.test(token) && parseItalianMonth(token)) continue;
    return token;
  }
  return null;
}

/** A number cell's number: its first line, or the next when a title comes first ("Nota di credito del 18/09/2025" / "N. W25…"). */
export function cellNumber(text: string): string | null {
  const lines = text.split('\n');
  for (let i = 0; i < Math.min(3, lines.length); i++) {
    const number = parseNumber(lines[i]!);
    if (number) return number;
  }
  return null;
}

/** The amount in cents: "€ 32,90", "32,90 €", "32,90 euro", "1.234,56"; a bare number only with a decimal comma. */
export function parseAmount(text: string): number | null {
  return parseEuroCents(text) ?? (/\d,\d{2}\b/.test(text) ? parseEuroCents(text, { bare: true }) : null);
}

/** An amount written first, with its currency: "32,90 euro", "€ 29,99", "1.032,85 € include…" ("di cui IVA 5,93 €" is not). */
const LEADING_AMOUNT = /^[-−]?\s*(?:€\s*\d|\d[\d.]*(?:,\d{1,2})?\s*(?:€|eur(?:o)?\b))/i;

/** The amount a line starts with, in cents (an unlabelled amount on a card), or null. */
export function leadingAmount(line: string): number | null {
  return LEADING_AMOUNT.test(line) ? parseAmount(line) : null;
}

/** A day in any Italian form ("6 novembre 2026", "06/11/26", "15 ott 2026", "2026-11-06"), as YYYY-MM-DD. */
export function parseDay(text: string): string | null {
  return parseItalianDate(text);
}

/** The first month a period covers, YYYY-MM: "01/09/2026 - 30/09/2026" → "2026-09", "Settembre 2026" → "2026-09". */
export function periodMonth(text: string): string | null {
  const day = parseItalianDate(text);
  if (day) return day.slice(0, 7);
  return parseItalianMonth(text);
}

/** A line number or customer code: digits, spaces and letters as shown, trimmed. */
export function parseLine(text: string): string | null {
  const t = cleanText(text);
  return t.length > 0 && t.length <= 40 ? t : null;
}
