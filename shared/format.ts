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
 * A formatter made on first use: building Intl formatters costs milliseconds, and the content script that runs
 * on every carrier page imports this module but formats nothing on most pages.
 */
function lazy<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

const EURO = lazy(() => new Intl.NumberFormat('it-IT', { style: 'currency', currency: 'EUR', useGrouping: 'always', signDisplay: 'negative' }));
const WHOLE_EURO = lazy(() => new Intl.NumberFormat('it-IT', { style: 'currency', currency: 'EUR', useGrouping: 'always', maximumFractionDigits: 0 }));
const NUMBER = lazy(() => new Intl.NumberFormat('it-IT', { useGrouping: 'always', maximumFractionDigits: 20 }));
const PLAIN_AMOUNT = {
  it: lazy(() => new Intl.NumberFormat('it-IT', { useGrouping: false, minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: 'negative' })),
  en: lazy(() => new Intl.NumberFormat('en-US', { useGrouping: false, minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: 'negative' })),
};

const day = (options: Intl.DateTimeFormatOptions) => lazy(() => new Intl.DateTimeFormat('it-IT', { ...options, timeZone: 'UTC' }));
const LONG_DAY = day({ day: 'numeric', month: 'long', year: 'numeric' });
const SHORT_DAY = day({ day: 'numeric', month: 'short', year: 'numeric' });
const NUMERIC_DAY = day({ day: '2-digit', month: '2-digit', year: 'numeric' });
const MONTH_YEAR = day({ month: 'long', year: 'numeric' });
const SHORT_MONTH = day({ month: 'short' });

/** Cents as Italian pages write euros, with thousands dots: 123456 → "1.234,56 €" (no-break space before €). */
export function formatEuro(cents: number): string {
  return EURO().format(Math.round(cents) / 100);
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

/** "2026-10-15" → "15 ottobre 2026". */
export function formatItalianDate(isoDay: string): string {
  return LONG_DAY().format(utc(isoDay));
}

/** "2026-10-15" → "15 ott 2026". */
export function formatItalianDateShort(isoDay: string): string {
  return SHORT_DAY().format(utc(isoDay));
}

/** "2026-10-05" → "05/10/2026". */
export function formatNumericDate(isoDay: string): string {
  return NUMERIC_DAY().format(utc(isoDay));
}

/** A month, "2026-10" (or a day in it) → "ottobre 2026". */
export function formatMonthYear(isoMonth: string): string {
  return MONTH_YEAR().format(utc(isoMonth.slice(0, 7)));
}

/** The abbreviated name of a month, "2026-10" → "ott". */
export function formatShortMonth(isoMonth: string): string {
  return SHORT_MONTH().format(utc(isoMonth.slice(0, 7)));
}
