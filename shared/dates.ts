/**
 * Dates as Italian pages write them: "15/10/2026", "15 ott 2026", "15 ottobre 2026", "15.10.26".
 * Days are kept as "YYYY-MM-DD" strings: no time zone can move them.
 */
import { isCalendarDate } from './calendar-date.ts';

const MONTHS = ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'];
const SHORT = ['gen', 'feb', 'mar', 'apr', 'mag', 'giu', 'lug', 'ago', 'set', 'ott', 'nov', 'dic'];

function iso(y: number, m: number, d: number): string | null {
  if (y < 100) y += 2000;
  const s = `${y.toString().padStart(4, '0')}-${m.toString().padStart(2, '0')}-${d.toString().padStart(2, '0')}`;
  return isCalendarDate(s) ? s : null;
}

function monthIndex(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return -1;
  const full = MONTHS.indexOf(w);
  if (full >= 0) return full;
  const short = SHORT.indexOf(w.slice(0, 3));
  // "sett" is a common abbreviation of settembre; accept any prefix of the full month name.
  return short >= 0 && MONTHS[short]!.startsWith(w) ? short : -1;
}

/** Every shape of a full date parseItalianDate reads: ISO, figures, a day with its month's name and year. */
const ANY_DATE = /\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[/.\-]\d{1,2}[/.\-](?:\d{4}|\d{2})\b|\b\d{1,2}(?:°|º)?\s+[a-zà-ú]{3,9}\.?\s+\d{4}\b/gi;

/** Every date in `text`, in order: where it is written (`at`, `written`) and its day as YYYY-MM-DD. */
export function findItalianDates(text: string): { at: number; written: string; day: string }[] {
  const out: { at: number; written: string; day: string }[] = [];
  for (const m of text.replace(/\u00a0/g, ' ').matchAll(ANY_DATE)) {
    const day = parseItalianDate(m[0]);
    if (day) out.push({ at: m.index, written: text.slice(m.index, m.index + m[0].length), day });
  }
  return out;
}

/** Finds the first date in `text` and returns it as YYYY-MM-DD, or null. */
export function parseItalianDate(text: string): string | null {
  const t = text.replace(/\u00a0/g, ' ');
  let m = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(t);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /\b(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4}|\d{2})\b/.exec(t);
  if (m) return iso(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /\b(\d{1,2})(?:°|º)?\s+([a-zà-ú]{3,9}\.?)\s+(\d{4})\b/i.exec(t);
  if (m) {
    const month = monthIndex(m[2]!);
    if (month >= 0) return iso(Number(m[3]), month + 1, Number(m[1]));
  }
  return null;
}

/** A day and a month written without a year ("20 nov", "5 dic.", "6 ottobre", "23/11") as [month 1–12, day], or null. */
export function parseDayAndMonth(text: string): [number, number] | null {
  // "il 4 gennaio": the article before a day is no part of it.
  const t = text.replace(/\u00a0/g, ' ').replace(/^\s*(?:il|del|dal|al|l['’])\s+/i, '');
  // Figures only in two digits each ("23/11"): "1/3" is a page counter more often than a day.
  const numeric = /^\s*(\d{2})[/.](\d{2})\s*$/.exec(t);
  if (numeric) {
    const [day, month] = [Number(numeric[1]), Number(numeric[2])];
    return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? [month, day] : null;
  }
  const m = /^\s*(\d{1,2})(?:°|º)?\s+([a-zà-ú]{3,9}\.?)\s*$/i.exec(t);
  if (!m) return null;
  const month = monthIndex(m[2]!);
  return month >= 0 ? [month + 1, Number(m[1])] : null;
}

/**
 * A day written without its year, dated by what the page says around it: the year of a heading above
 * (`year`), or the first such day on or after `after` (a due date after its invoice's: "scade 5 gen" under a
 * December bill is January of the next year). YYYY-MM-DD, or null.
 */
export function completeDay(text: string, context: { year?: number; after?: string | null }): string | null {
  const dm = parseDayAndMonth(text);
  if (!dm) return null;
  const [month, day] = dm;
  if (context.after) {
    const start = Number(context.after.slice(0, 4));
    for (const y of [start, start + 1]) {
      const d = iso(y, month, day);
      if (d && d >= context.after) return d;
    }
    return null;
  }
  return context.year ? iso(context.year, month, day) : null;
}

/** Finds a month and year without a day ("ottobre 2026", "ott 2026", "10/2026") and returns YYYY-MM, or null. */
export function parseItalianMonth(text: string): string | null {
  const t = text.replace(/\u00a0/g, ' ');
  let m = /\b([a-zà-ú]{3,9}\.?)\s+(\d{4})\b/i.exec(t);
  if (m) {
    const month = monthIndex(m[1]!);
    if (month >= 0) return `${m[2]}-${String(month + 1).padStart(2, '0')}`;
  }
  m = /\b(\d{1,2})[/.\-](\d{4})\b/.exec(t);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) return `${m[2]}-${m[1]!.padStart(2, '0')}`;
  return null;
}

/** Formatting lives in format.ts (Intl); kept here for the callers that format days. */
export { formatItalianDate, formatItalianDateShort } from './format.ts';

/** Whole days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * Today as YYYY-MM-DD on the user's own calendar (local time): just after midnight in Italy the UTC day is
 * still yesterday, which would date a withdrawal letter a day early and count a due date wrongly.
 */
export function today(now: Date = new Date()): string {
  return `${now.getFullYear().toString().padStart(4, '0')}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
