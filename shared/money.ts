/**
 * Money as Italian pages write it: "1.234,56 €", "€ 1,99/mese", "0,90 € ogni 4 settimane", read out of free
 * text here and written by format.ts.
 * Amounts are kept in euro cents (integers) so sums never drift.
 */
import type { Period } from './schemas/common.ts';
import { formatEuro } from './format.ts';
import { latinLetters } from './latin-letters.ts';

export type { Period };

/** Recurring periods, with how many of them fit in a year. */
const PER_YEAR: Partial<Record<Period, number>> = {
  day: 365,
  week: 52,
  'four-weeks': 13,
  month: 12,
  'two-months': 6,
  'four-months': 3,
  year: 1,
};

/** True for periods that repeat (not one-off, not charged per use). */
export function isRecurring(period: Period): boolean {
  return PER_YEAR[period] !== undefined;
}

/** Yearly cost in cents of `cents` charged every `period`; null when the period does not repeat. */
export function yearlyCents(cents: number, period: Period): number | null {
  const n = PER_YEAR[period];
  return n === undefined ? null : Math.round(cents * n);
}

/** Monthly equivalent in cents (a twelfth of the yearly cost); null when the period does not repeat. */
export function monthlyCents(cents: number, period: Period): number | null {
  const y = yearlyCents(cents, period);
  return y === null ? null : Math.round(y / 12);
}

/** Euros (as content stores them) to cents. */
export function toCents(euros: number): number {
  return Math.round(euros * 100);
}

// A minus sign counts only when written against the amount ("-5,00 €"), not as a dash ("15/10/2026 - 45,90 €");
// the typographic minus (U+2212) is never a dash, so a space may follow it ("− 4,50 EUR"); after the currency
// ("€ -12,20", "EUR −5,00") a minus is always a sign. Thousands may be grouped by dots or, with cents, by
// spaces ("1 234,56 €", as some portals format it).
const AMOUNT = /(?:(?<![\w/.,])(?<sign>[-–](?=[\d€])|−\s?(?=[\d€])|(?<=^\s*)[-–]\s+(?=[\d€])))?(?:(?:€|eur(?:o)?\b)\s*(?<after>[-–−](?=\s?\d)\s?)?)?\s*(?<![\d.,])(?<num>\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?|\d{1,3}(?: \d{3})+,\d{1,2}|\d+(?:[.,]\d{1,2})?)(?!\d)\s*(?:€|eur(?:o)?\b)?/gi;

/**
 * Parses an amount in Italian format into cents: "1.234,56 €" → 123456, "€ 1,99" → 199, "2 €" → 200.
 * A dot followed by three digits is a thousands separator; otherwise a dot or comma is the decimal mark.
 * Returns null when the text holds no amount with a euro sign or "euro" near it, unless `bare` is set.
 */
/** An amount in words and figures: "26 euro e 99 centesimi", "5 euro e 5 cent". */
const EURO_AND_CENTS = /(?<sign>[-−]\s*)?\b(?<euro>\d{1,3}(?:\.\d{3})*|\d+)\s*(?:euro|eur|€)\s+e\s+(?<cents>\d{1,2})\s*(?:centesimi|centesimo|cent)\b/i;

export function parseEuroCents(text: string, { bare = false } = {}): number | null {
  const normalized = text.replace(/\u00a0|\u202f/g, ' ');
  const words = EURO_AND_CENTS.exec(normalized);
  if (words?.groups) {
    const cents = Number(words.groups.euro!.replace(/\./g, '')) * 100 + Number(words.groups.cents);
    return words.groups.sign ? -cents : cents;
  }
  // The first number is not always the amount: "ogni 4 settimane 0,90 €", "2 SMS a 0,50 €".
  let m: RegExpMatchArray | undefined;
  for (const candidate of normalized.matchAll(AMOUNT)) {
    if (bare || /€|eur/i.test(candidate[0])) {
      m = candidate;
      break;
    }
  }
  if (!m?.groups) return null;
  let num = m.groups.num!;
  if (/^\d{1,3}([. ]\d{3})+(,\d{1,2})?$/.test(num)) num = num.replace(/[. ]/g, '').replace(',', '.');
  else num = num.replace(',', '.');
  const cents = Math.round(Number(num) * 100);
  if (!Number.isFinite(cents)) return null;
  return m.groups.sign || m.groups.after ? -cents : cents;
}

const PERIOD_WORDS: [RegExp, Period][] = [
  // Charged by use, before the periods: "0,25 € al giorno di utilizzo", "1,90 € ogni 200 MB", "0,50 €/SMS".
  [/a\s+consumo|di\s+(?:utilizzo|uso|navigazione\s+effettiva)|per\s+(?:uso|utilizzo)|solo\s+se\s+(?:usi|utilizzi|navighi|ricevi)|(?:solo\s+)?nei\s+giorni\s+(?:in\s+cui\s+(?:(?:la\s+|lo\s+|li\s+)?(?:usi|utilizzi)|ricevi)|di\s+(?:utilizzo|uso))|(?:per\s+)?ogni\s+giorno\s+in\s+cui\s+(?:navighi|(?:la\s+|lo\s+|li\s+)?(?:usi|utilizzi))|ogni\s+\d+(?:[.,]\d+)?\s*(?:kb|mb|gb|sms|mms|minuti|min|secondi|chiamat[ae])\b|\/\s*(?:kb|mb|gb|sms|mms|min(?:uto)?|chiamata|evento|messaggio)\b|\b(?:a|al|per|ogni)\s+(?:kb|mb|gb|giga|sms|mms|minuto|chiamata|evento|messaggio|download)\b/i, 'per-use'],
  [/ogni\s*4\s*settimane|\/\s*4\s*settimane|4\s*settimane|28\s*(?:giorni|gg)\b/i, 'four-weeks'],
  [/ogni\s*(?:4|quattro)\s*mesi|quadrimestr/i, 'four-months'],
  [/ogni\s*(?:2|due)\s*mesi|bimestr/i, 'two-months'],
  [/\/\s*sett|(?:a|alla|ogni|per)\s+settimana|settimanal|ogni\s*7\s*giorni|\/\s*7\s*(?:giorni|gg)/i, 'week'],
  // "ogni 30 giorni" is counted as a month (12 a year instead of 12.2: within 2%).
  [/\/\s*(?:mese|mm|m)\b|(?:al|ogni|per|a)\s+mese|mensil|(?:ogni\s*|\/\s*)(?:30|31)\s*(?:giorni|gg)\b/i, 'month'],
  [/\/\s*(?:giorno|gg)\b|(?:al|ogni|per|a)\s+giorno|giornalier/i, 'day'],
  [/\/\s*anno|(?:all'|l'|ogni|per)\s*anno|annu[oa]l?[ei]?\b|annual/i, 'year'],
  [/una\s+tantum|una\s+volta|una\s+sola\s+volta/i, 'one-off'],
];

/** The charging period named in the text ("/mese", "ogni 4 settimane", "a settimana"), or null. */
export function parsePeriod(text: string): Period | null {
  return findPeriod(text)?.period ?? null;
}

const LETTER = latinLetters(/\p{L}/u);

/** The period named in the text and where its words end ("1,99 € al mese Attivo" → month, 13). */
export function findPeriod(text: string): { period: Period; end: number } | null {
  for (const [re, period] of PERIOD_WORDS) {
    const m = re.exec(text);
    if (!m) continue;
    // To the end of the last word ("/sett" in "/settimana").
    let end = m.index + m[0].length;
    while (end < text.length && LETTER.test(text[end]!)) end++;
    return { period, end };
  }
  return null;
}

/** Formatting lives in format.ts (Intl); kept here for the callers that format prices. */
export { formatEuro } from './format.ts';

const PERIOD_LABEL: Record<Period, string> = {
  day: 'al giorno',
  week: 'a settimana',
  'four-weeks': 'ogni 4 settimane',
  month: 'al mese',
  'two-months': 'ogni 2 mesi',
  'four-months': 'ogni 4 mesi',
  year: "all'anno",
  'one-off': 'una tantum',
  'per-use': 'a consumo',
};

/** The Italian words for a period: 'month' → "al mese". */
export function periodLabel(period: Period): string {
  return PERIOD_LABEL[period];
}

/** "1,99 € al mese". */
export function formatPrice(cents: number, period: Period): string {
  return `${formatEuro(cents)} ${periodLabel(period)}`;
}
