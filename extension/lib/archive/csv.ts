/**
 * The archive as CSV. Two dialects: international (',' separator, '12.34', 2026-10-05) and Italian
 * spreadsheets (';' separator, '12,34', 05/10/2026, a BOM so Excel reads accented letters).
 */
import type { InvoiceRecord } from './types.ts';
import { formatNumericDate, formatPlainAmount } from '../../../shared/format.ts';

export interface CsvOptions {
  italian: boolean;
}

const HEADINGS = ['Operatore', 'Numero', 'Linea', 'Periodo', 'Emessa il', 'Scadenza', 'Importo (€)', 'Stato', 'Documento archiviato'];

function day(iso: string | null, italian: boolean): string {
  if (!iso) return '';
  return italian ? formatNumericDate(iso) : iso;
}

function amount(cents: number | null, italian: boolean): string {
  return cents === null ? '' : formatPlainAmount(cents, italian);
}

function cell(value: string, separator: string): string {
  // A leading = + - @ (or a tab or carriage return) would be read as a formula by spreadsheets: quote it with an
  // apostrophe. Only a plain negative number ("-12,50") is left as it is: "-1+1" from a portal page is a formula.
  const safe = /^[=+\-@\t\r]/.test(value) && !/^-\d+(?:[.,]\d+)?$/.test(value) ? `'${value}` : value;
  return safe.includes(separator) || /["\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function invoicesToCsv(invoices: InvoiceRecord[], { italian }: CsvOptions): string {
  const sep = italian ? ';' : ',';
  const rows = [HEADINGS, ...invoices.map((inv) => [
    inv.carrier,
    inv.number,
    inv.line ?? '',
    inv.period ?? inv.periodMonth ?? '',
    day(inv.issueDate, italian),
    day(inv.dueDate, italian),
    amount(inv.amountCents, italian),
    inv.status === 'paid' ? 'pagata' : inv.status === 'unpaid' ? 'da pagare' : '',
    inv.document.state === 'stored' ? 'sì' : 'no',
  ])];
  return (italian ? '\uFEFF' : '') + rows.map((r) => r.map((v) => cell(v, sep)).join(sep)).join('\r\n') + '\r\n';
}
