/**
 * Paid extras seen on archived invoices: detail lines whose name matches a service in the catalog,
 * with what they have cost so far and on which invoices.
 */
import { createServiceMatcher } from '../match-service.ts';
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

/** How to get the money back, in Italian: a written complaint first, then the free conciliation (content/rules/diritti.md). */
export const REFUND_PATH = `Se non hai chiesto il servizio, disattivalo gratis e chiedi il rimborso con un reclamo scritto all'operatore (per i contenuti premium entro ${refund.months} mesi dall'addebito o dalla disattivazione; il rimborso è dovuto se l'operatore non prova il tuo consenso). Se il reclamo non basta, apri una conciliazione gratuita su ${conciliation.name} (AGCOM), gestita dal Corecom della tua regione.`;

/** The same path in one line, under each paid extra. */
export const REFUND_SHORT = `Rimborso: reclamo scritto all'operatore entro ${refund.months} mesi, poi ${conciliation.name}.`;
