/**
 * Price changes (content/price-changes) as both faces use them: which are still open on a day, how many days
 * are left to withdraw, the increase in Italian, which announced change explains a rise seen on invoices, and
 * the withdrawal letter addressed to the carrier's written channel. No zod here: the extension bundles it.
 */
import type { PriceChange } from './schemas/price-change.ts';
import { daysBetween, formatItalianDate } from './dates.ts';
import { formatEuro, toCents } from './money.ts';

/** What the extension's archive bundles of a change: enough to name it, give its deadline and write the letter. */
export type PriceChangeSlice = Pick<PriceChange, 'title' | 'carrier' | 'lines' | 'effective' | 'deadline' | 'deadlineNote' | 'increase' | 'letter'> & { id: string };

/** The slice for each change, in the order given. */
export function priceChangeSlice(changes: readonly { id: string; data: PriceChange }[]): PriceChangeSlice[] {
  return changes.map(({ id, data }) => ({
    id,
    title: data.title,
    carrier: data.carrier,
    lines: data.lines,
    effective: data.effective,
    deadline: data.deadline,
    ...(data.deadlineNote ? { deadlineNote: data.deadlineNote } : {}),
    ...(data.increase ? { increase: data.increase } : {}),
    letter: data.letter,
  }));
}

/** Days from `day` to the deadline, the deadline itself counted (0 on the last day; negative once it has passed). */
export function daysLeft(change: Pick<PriceChange, 'deadline'>, day: string): number {
  return daysBetween(day, change.deadline);
}

/** True while the customer can still withdraw without penalty on `day`. */
export function isOpen(change: Pick<PriceChange, 'deadline'>, day: string): boolean {
  return daysLeft(change, day) >= 0;
}

/** "Ultimo giorno oggi", "Manca 1 giorno", "Mancano 12 giorni", "Termine scaduto il 30 aprile 2025". */
export function daysLeftText(change: Pick<PriceChange, 'deadline'>, day: string): string {
  const left = daysLeft(change, day);
  if (left < 0) return `Termine scaduto il ${formatItalianDate(change.deadline)}`;
  if (left === 0) return 'Ultimo giorno per recedere: oggi';
  return left === 1 ? 'Manca 1 giorno per recedere' : `Mancano ${left} giorni per recedere`;
}

/**
 * Current changes first (still open, nearest deadline first), then the past ones (most recent effective date
 * first); ties by title.
 */
export function orderPriceChanges<T extends { data: Pick<PriceChange, 'deadline' | 'effective' | 'title'> }>(changes: readonly T[], day: string): T[] {
  const open = changes.filter((c) => isOpen(c.data, day)).sort((a, b) => a.data.deadline.localeCompare(b.data.deadline) || a.data.title.localeCompare(b.data.title, 'it'));
  const past = changes.filter((c) => !isOpen(c.data, day)).sort((a, b) => b.data.effective.localeCompare(a.data.effective) || a.data.title.localeCompare(b.data.title, 'it'));
  return [...open, ...past];
}

/** "1,99 € al mese in più", "da 2,00 € a 2,90 € al mese in più", "18,00 € in più una tantum", or what the notice says. */
export function increaseText(change: Pick<PriceChange, 'increase'>): string {
  const i = change.increase;
  if (!i) return "importo indicato nell'avviso ricevuto da ciascun cliente";
  const amount = i.max !== undefined && i.max !== i.min ? `da ${formatEuro(toCents(i.min))} a ${formatEuro(toCents(i.max))}` : formatEuro(toCents(i.min));
  return i.period === 'one-off' ? `${amount} in più, una tantum` : `${amount} al mese in più`;
}

/** The kind of line a number belongs to, as Italian numbering plans write it: 3xx mobile, 0xx fixed; otherwise unknown. */
export function lineKind(line: string | null | undefined): 'fixed' | 'mobile' | null {
  const digits = (line ?? '').replace(/[\s.\-/]/g, '').replace(/^(\+39|0039)/, '');
  if (!/^\d{6,11}$/.test(digits)) return null;
  if (digits.startsWith('3')) return 'mobile';
  if (digits.startsWith('0')) return 'fixed';
  return null;
}

/** Last day of a YYYY-MM month, as YYYY-MM-DD. */
function monthEnd(ym: string): string {
  const [y, m] = ym.split('-').map(Number);
  const last = new Date(Date.UTC(y!, m!, 0)).getUTCDate();
  return `${ym}-${String(last).padStart(2, '0')}`;
}

export interface RiseOnInvoices {
  carrier: string;
  /** The line number or customer code the invoices show, if any. */
  line: string | null;
  /** The billing month (YYYY-MM) of the last invoice before the rise and of the first one after it. */
  beforeMonth: string;
  afterMonth: string;
}

/**
 * The announced change that explains a rise seen on invoices: same carrier, a line of a kind it covers (a line
 * whose kind the invoices do not tell is not ruled out), and an effective date after the last cheaper billing
 * period began and no later than the end of the first dearer one. The latest such change when several match.
 */
export function matchPriceChange<T extends Pick<PriceChange, 'carrier' | 'lines' | 'effective'>>(changes: readonly T[], rise: RiseOnInvoices): T | undefined {
  const kind = lineKind(rise.line);
  const from = `${rise.beforeMonth}-01`;
  const to = monthEnd(rise.afterMonth);
  return changes
    .filter((c) => c.carrier === rise.carrier && (kind === null || c.lines.includes(kind)) && c.effective > from && c.effective <= to)
    .sort((a, b) => b.effective.localeCompare(a.effective))[0];
}

export interface LetterDetails {
  /** The day the letter is written, YYYY-MM-DD. */
  today: string;
  /** The carrier as customers know it, for the letter's opening. */
  carrierName: string;
  /** The line number or customer code, when known. */
  line?: string | null;
  /** What the customer's invoices show, one sentence, when known (the extension adds it). */
  evidence?: string;
  /** The article granting the right to leave, as content/rules/diritti.md words it (withdrawal.article). */
  article: string;
}

/**
 * A withdrawal letter for one announced change, addressed to the written channel the carrier gives (PEC and
 * registered letter). The customer fills in the bracketed parts; nothing is sent anywhere by Sentinella.
 */
export function priceChangeLetter(change: Pick<PriceChange, 'title' | 'effective' | 'letter'>, details: LetterDetails): string {
  const line = details.line || '[numero della linea o codice cliente]';
  const channels = [
    change.letter.pec ? `PEC: ${change.letter.pec}` : null,
    change.letter.address ? `Raccomandata A/R: ${change.letter.address}` : null,
  ].filter((c): c is string => c !== null);
  return [
    '[Nome e cognome]',
    '[Indirizzo]',
    '[Codice fiscale]',
    '',
    `Spett.le ${change.letter.to}`,
    ...channels,
    '',
    `Data: ${formatItalianDate(details.today)}`,
    '',
    `Oggetto: ${change.letter.subject} – recesso senza penali, linea / codice cliente ${line}`,
    '',
    `Con la presente comunico a ${details.carrierName} il recesso dal contratto relativo alla linea / codice cliente ${line}, ai sensi dell'${details.article}, perché non accetto la modifica unilaterale delle condizioni contrattuali in vigore dal ${formatItalianDate(change.effective)} (${change.title}).`,
    ...(details.evidence ? ['', details.evidence] : []),
    '',
    "Se passo a un altro operatore, il passaggio avviene per questa stessa ragione: «Modifica delle condizioni contrattuali».",
    '',
    'Chiedo che il recesso avvenga senza penali né costi di disattivazione, come previsto dalla norma, e che mi sia confermato per iscritto.',
    '',
    'Allego copia di un documento d\'identità.',
    '',
    'Distinti saluti,',
    '[Firma]',
    '',
  ].join('\n');
}
