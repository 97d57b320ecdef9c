/**
 * Price rises: per line, the recurring amount going up from one billing period to the next and staying up
 * (a one-off charge that disappears the month after is not a rise). Also the notice of the customer's right
 * to leave (Codice delle comunicazioni elettroniche, art. 98-septiesdecies c.5: withdraw or switch carrier
 * without penalty within 60 days of the carrier's notice) and a withdrawal letter prefilled from the archive.
 */
import { formatEuro } from '../../../shared/money.ts';
import { formatItalianDate } from '../../../shared/dates.ts';
import type { InvoiceRecord } from './types.ts';

export interface PriceRise {
  carrier: string;
  line: string | null;
  before: InvoiceRecord;
  after: InvoiceRecord;
  oldCents: number;
  newCents: number;
  /** The increase over a year of monthly bills (billing is monthly by law since L. 172/2017). */
  yearlyIncreaseCents: number;
}

/** Every persistent rise, newest first. */
export function findPriceRises(invoices: InvoiceRecord[]): PriceRise[] {
  const groups = new Map<string, InvoiceRecord[]>();
  for (const inv of invoices) {
    if (inv.amountCents === null || !inv.periodMonth) continue;
    const key = `${inv.carrier}|${inv.line ?? ''}`;
    const group = groups.get(key);
    if (group) group.push(inv);
    else groups.set(key, [inv]);
  }
  const rises: PriceRise[] = [];
  for (const list of groups.values()) {
    list.sort((a, b) => (a.periodMonth! < b.periodMonth! ? -1 : a.periodMonth! > b.periodMonth! ? 1 : 0));
    for (let i = 1; i < list.length; i++) {
      const before = list[i - 1]!;
      const after = list[i]!;
      const oldCents = before.amountCents!;
      const newCents = after.amountCents!;
      if (newCents <= oldCents || before.periodMonth === after.periodMonth) continue;
      const next = list[i + 1];
      if (next && next.amountCents! <= oldCents) continue;
      rises.push({ carrier: after.carrier, line: after.line, before, after, oldCents, newCents, yearlyIncreaseCents: (newCents - oldCents) * 12 });
    }
  }
  return rises.sort((a, b) => (a.after.periodMonth! < b.after.periodMonth! ? 1 : -1));
}

function monthName(ym: string): string {
  return formatItalianDate(`${ym}-01`).replace(/^1 /, '');
}

/** The notice shown on the archive page, in Italian. */
export function riseNotice(rise: PriceRise, carrierName: string): string {
  const where = !rise.line ? `con ${carrierName}` : /^\+?\d[\d\s]{5,}$/.test(rise.line) ? `sulla linea ${rise.line}` : `per il codice cliente ${rise.line}`;
  return `La bolletta ${where} è passata da ${formatEuro(rise.oldCents)} (${monthName(rise.before.periodMonth!)}) a ${formatEuro(rise.newCents)} (${monthName(rise.after.periodMonth!)}): ${formatEuro(rise.yearlyIncreaseCents)} in più all'anno. Se l'aumento viene da una modifica unilaterale del contratto, hai diritto di recedere o passare a un altro operatore senza penali né costi di disattivazione entro 60 giorni dalla comunicazione dell'operatore (Codice delle comunicazioni elettroniche, art. 98-septiesdecies, comma 5).`;
}

/** A withdrawal letter prefilled with what the archive knows; the customer fills in the bracketed parts. */
export function withdrawalLetter(rise: PriceRise, carrierName: string, today: string): string {
  const line = rise.line ?? '[numero della linea o codice cliente]';
  return [
    '[Nome e cognome]',
    '[Indirizzo]',
    '[Codice fiscale]',
    '',
    `Spett.le ${carrierName}`,
    '',
    `Data: ${formatItalianDate(today)}`,
    '',
    `Oggetto: recesso senza penali per modifica unilaterale delle condizioni contrattuali – linea / codice cliente ${line}`,
    '',
    `Con la presente comunico il recesso dal contratto relativo alla linea / codice cliente ${line}, ai sensi dell'art. 98-septiesdecies, comma 5, del Codice delle comunicazioni elettroniche (D.Lgs. 259/2003, come modificato dal D.Lgs. 207/2021), a seguito della modifica unilaterale delle condizioni economiche che non accetto.`,
    '',
    `L'importo fatturato è passato da ${formatEuro(rise.oldCents)} (fattura n. ${rise.before.number}${rise.before.issueDate ? ` del ${formatItalianDate(rise.before.issueDate)}` : ''}) a ${formatEuro(rise.newCents)} (fattura n. ${rise.after.number}${rise.after.issueDate ? ` del ${formatItalianDate(rise.after.issueDate)}` : ''}).`,
    '',
    'Chiedo che il recesso avvenga senza penali né costi di disattivazione, come previsto dalla norma, e che mi sia confermato per iscritto.',
    '',
    'Distinti saluti,',
    '[Firma]',
    '',
  ].join('\n');
}
