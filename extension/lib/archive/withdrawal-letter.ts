/**
 * The withdrawal letter for a rise an announced change explains: addressed to that change's PEC and postal
 * address, quoting both invoices as evidence, under the withdrawal article of content/rules. Written in Italian
 * whatever the browser's language: it goes to an Italian carrier.
 */
import rules from 'virtual:sentinella-catalog/rules';
import { priceChangeLetter, type PriceChangeSlice } from '../../../shared/price-changes.ts';
import { formatEuro } from '../../../shared/money.ts';
import { formatItalianDate } from '../../../shared/format.ts';
import type { InvoiceRecord } from './types.ts';
import type { PriceRise } from './price-rise.ts';

/** The sentence the letter quotes as evidence: both invoices with their numbers and dates. */
function evidence(rise: PriceRise): string {
  const invoice = (inv: InvoiceRecord) => `fattura n. ${inv.number}${inv.issueDate ? ` del ${formatItalianDate(inv.issueDate)}` : ''}`;
  const what = rise.basis === 'recurring' ? 'I costi ricorrenti fatturati sono passati' : "L'importo fatturato è passato";
  return `${what} da ${formatEuro(rise.oldCents)} (${invoice(rise.before)}) a ${formatEuro(rise.newCents)} (${invoice(rise.after)}).`;
}

/** The withdrawal letter for a rise an announced change explains, addressed to that change's PEC and address. */
export function withdrawalLetter(rise: PriceRise, change: PriceChangeSlice, carrierName: string, today: string): string {
  return priceChangeLetter(change, { today, carrierName, line: rise.line, evidence: evidence(rise), article: rules.withdrawal.article });
}
