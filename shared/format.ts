/**
 * Every figure and day Sentinella writes, in Italian, written by the platform's Intl formatters, the only place
 * where amounts, numbers, days and month names are turned into text. Reading them back out of a carrier's page
 * stays in money.ts and dates.ts: that is free text, and Intl has no parser.
 *
 * Checked on Node 24, Chromium and Firefox ESR: "1.234,56 €" with a no-break space before the sign, the same
 * month names and abbreviations ("ott", "set"). `useGrouping: 'always'` matters: Italian's default groups only
 * from five digits, so "1234,56 €" would lose its dot.
 *
 * Days are "YYYY-MM-DD" strings: they are formatted as UTC midnights in UTC, so no time zone can move them.
 */

/**
 * (The `#__PURE__` marks let bundles that format no day, such as the content script, leave those formatters out.)
 *
 * A formatter made on first use: building Intl formatters costs milliseconds, and the content script that runs
 * on every carrier page imports this module but formats nothing on most pages.
 */
function lazy<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

const WHOLE_EURO = /*#__PURE__*/ lazy(() => new Intl.NumberFormat('it-IT', { style: 'currency', currency: 'EUR', useGrouping: 'always', maximumFractionDigits: 0 }));
const NUMBER = /*#__PURE__*/ lazy(() => new Intl.NumberFormat('it-IT', { useGrouping: 'always', maximumFractionDigits: 20 }));
const PLAIN_AMOUNT = {
  it: /*#__PURE__*/ lazy(() => new Intl.NumberFormat('it-IT', { useGrouping: false, minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: 'negative' })),
  en: /*#__PURE__*/ lazy(() => new Intl.NumberFormat('en-US', { useGrouping: false, minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: 'negative' })),
};

/**
 * The language days and month names are written in: Italian everywhere, English for the extension's English
 * locale (its pages pass the language their words come from). Amounts stay written as Italian bills write them.
 */
export type DayLanguage = 'it' | 'en';
const DAY_LOCALE: Record<DayLanguage, string> = { it: 'it-IT', en: 'en-GB' };

const day = (options: Intl.DateTimeFormatOptions) => {
  const made = { it: lazy(() => new Intl.DateTimeFormat(DAY_LOCALE.it, { ...options, timeZone: 'UTC' })), en: lazy(() => new Intl.DateTimeFormat(DAY_LOCALE.en, { ...options, timeZone: 'UTC' })) };
  return (language: DayLanguage = 'it') => made[language]();
};
const LONG_DAY = /*#__PURE__*/ day({ day: 'numeric', month: 'long', year: 'numeric' });
const SHORT_DAY = /*#__PURE__*/ day({ day: 'numeric', month: 'short', year: 'numeric' });
const NUMERIC_DAY = /*#__PURE__*/ day({ day: '2-digit', month: '2-digit', year: 'numeric' });
const MONTH_YEAR = /*#__PURE__*/ day({ month: 'long', year: 'numeric' });
const SHORT_MONTH = /*#__PURE__*/ day({ month: 'short' });

/**
 * Cents as Italian pages write euros, with thousands dots: 123456 → "1.234,56 €" (no-break space before €).
 *
 * The one figure written without Intl, on purpose: the spotlight writes it on carrier pages, where the first
 * Intl.NumberFormat a renderer builds costs about 30 ms of the page's main thread (measured in Chromium 156;
 * the whole content script otherwise costs a page a few ms). A property test (tests/unit/format.test.ts)
 * holds it equal to `Intl.NumberFormat('it-IT', { style: 'currency', currency: 'EUR', useGrouping: 'always',
 * signDisplay: 'negative' })` for any amount, so it stays the platform's format.
 */
export function formatEuro(cents: number): string {
  const whole = Math.round(cents);
  const abs = Math.abs(whole);
  const euros = String(Math.floor(abs / 100)).replace(/\B(?=(?:\d{3})+$)/g, '.');
  const rest = abs % 100;
  return `${whole < 0 ? '-' : ''}${euros},${rest < 10 ? '0' : ''}${rest}\u00a0€`;
}

/** Cents rounded to whole euros, sign dropped, for "about" figures: 123456 → "1.235 €". */
export function formatWholeEuros(cents: number): string {
  return WHOLE_EURO().format(Math.round(Math.abs(cents) / 100));
}

/** A number with Italian separators: 2500 → "2.500", 1.5 → "1,5". */
export function formatNumber(n: number): string {
  return NUMBER().format(n);
}

/**
 * Cents as a bare figure for a spreadsheet cell, no grouping and no sign: 123456 → "1234,56" for Italian
 * spreadsheets, "1234.56" for the others.
 */
export function formatPlainAmount(cents: number, italian: boolean): string {
  return (italian ? PLAIN_AMOUNT.it : PLAIN_AMOUNT.en)().format(Math.round(cents) / 100);
}

function utc(isoDay: string): Date {
  const [y, m, d] = isoDay.split('-').map(Number);
  return new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1));
}

/** "2026-10-15" → "15 ottobre 2026" ("15 October 2026" in English). */
export function formatItalianDate(isoDay: string, language: DayLanguage = 'it'): string {
  return LONG_DAY(language).format(utc(isoDay));
}

/** "2026-10-15" → "15 ott 2026" ("15 Oct 2026"). */
export function formatItalianDateShort(isoDay: string, language: DayLanguage = 'it'): string {
  return SHORT_DAY(language).format(utc(isoDay));
}

/** "2026-10-05" → "05/10/2026". */
export function formatNumericDate(isoDay: string): string {
  return NUMERIC_DAY().format(utc(isoDay));
}

/** A month, "2026-10" (or a day in it) → "ottobre 2026" ("October 2026"). */
export function formatMonthYear(isoMonth: string, language: DayLanguage = 'it'): string {
  return MONTH_YEAR(language).format(utc(isoMonth.slice(0, 7)));
}

/** The abbreviated name of a month, "2026-10" → "ott" ("Oct"). */
export function formatShortMonth(isoMonth: string, language: DayLanguage = 'it'): string {
  return SHORT_MONTH(language).format(utc(isoMonth.slice(0, 7)));
}

const MOMENT = { it: /*#__PURE__*/ lazy(() => new Intl.DateTimeFormat(DAY_LOCALE.it, { dateStyle: 'short', timeStyle: 'short' })), en: /*#__PURE__*/ lazy(() => new Intl.DateTimeFormat(DAY_LOCALE.en, { dateStyle: 'short', timeStyle: 'short' })) };

/** A moment (ISO timestamp) as a short day and time in the computer's time zone: "01/12/26, 23:05". */
export function formatMoment(at: string, language: DayLanguage = 'it'): string {
  return MOMENT[language]().format(new Date(at));
}
