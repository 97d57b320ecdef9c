/** Turns the text of one invoice field, as a portal prints it, into the value the archive keeps. */
import { parseEuroCents } from '../../../shared/money.ts';
import { parseItalianDate, parseItalianMonth } from '../../../shared/dates.ts';
import { cleanText } from '../../../shared/text.ts';
import { invoicesPage } from '../portal/selectors.ts';
import type { InvoiceStatus } from '../../lib/archive/types.ts';

export type InvoiceField = keyof typeof invoicesPage.labels;

const FIELDS = Object.keys(invoicesPage.labels) as InvoiceField[];

/** Which invoice field a heading or label names ("Emessa il" → issueDate), or null. */
export function fieldForLabel(text: string): InvoiceField | null {
  const label = cleanText(text).replace(/[:.]\s*$/, '').trim();
  if (!label || label.length > 40) return null;
  for (const field of FIELDS) if (invoicesPage.labels[field].test(label)) return field;
  return null;
}

export function parseStatus(text: string): InvoiceStatus | null {
  if (invoicesPage.unpaid.test(text)) return 'unpaid';
  if (invoicesPage.paid.test(text)) return 'paid';
  return null;
}

/** The invoice number as shown, without a leading "Fattura n." or "N°". */
export function parseNumber(text: string): string | null {
  const t = cleanText(text).replace(/^(?:fattura|numero|n(?:umero|°|\.|r\.?)?)\s*(?:fattura)?\s*(?:n(?:umero|°|\.)?)?\s*[:.]?\s*/i, '');
  const m = /[A-Z0-9][A-Z0-9/\-._]{2,}/i.exec(t);
  return m ? m[0].replace(/[.]$/, '') : null;
}

/** The amount in cents; a bare number is accepted only when written with a comma ("34,90"). */
export function parseAmount(text: string): number | null {
  return parseEuroCents(text) ?? (/\d,\d{2}\b/.test(text) ? parseEuroCents(text, { bare: true }) : null);
}

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
