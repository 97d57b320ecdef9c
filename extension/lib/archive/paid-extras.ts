/**
 * Paid extras seen on archived invoices: detail lines whose name matches a service in the catalog,
 * with what they have cost so far and on which invoices.
 */
import { createServiceMatcher } from '../match-service.ts';
import { t } from '../i18n.ts';
import type { InvoiceRecord } from './types.ts';
import rules from 'virtual:sentinella-catalog/rules';

export interface ServiceName {
  id: string;
  name: string;
  aliases: string[];
}

export interface ExtraSeen {
  serviceId: string;
  name: string;
  totalCents: number;
  invoices: { id: string; number: string; issueDate: string | null; amountCents: number }[];
}

export function paidExtrasOnInvoices(invoices: InvoiceRecord[], services: ServiceName[]): ExtraSeen[] {
  // The spotlight's matcher: an invoice line names a service the same way a portal row does.
  const match = createServiceMatcher(services);
  const found = new Map<string, ExtraSeen>();
  for (const inv of invoices) {
    for (const item of inv.items) {
      const hit = item.amountCents > 0 ? match(item.label) : undefined;
      if (!hit) continue;
      const entry = found.get(hit.id) ?? { serviceId: hit.id, name: hit.name, totalCents: 0, invoices: [] };
      entry.totalCents += item.amountCents;
      entry.invoices.push({ id: inv.id, number: inv.number, issueDate: inv.issueDate, amountCents: item.amountCents });
      found.set(hit.id, entry);
    }
  }
  return [...found.values()].sort((a, b) => b.totalCents - a.totalCents);
}

const { refund, conciliation } = rules;

/**
 * How to get the money back: a written complaint first, then the free conciliation. The months and the
 * conciliation's name are facts from content/rules/diritti.md; the words around them come from the locales.
 */
export function refundPath(): string {
  return t('archiveRefundPath', [String(refund.months), conciliation.name]);
}

/** The same path in one line, under each paid extra. */
export function refundShort(): string {
  return t('archiveRefundShort', [String(refund.months), conciliation.name]);
}
