/**
 * One phone line, as a carrier portal could show it: the base plan, the credit, a usage counter, paid extras
 * (from the catalog and unknown third-party ones, one billed by use), included and free items, promotions;
 * and its invoices. The corpus renders this same model in many markup styles (services-styles.ts,
 * invoice-styles.ts), so what the extension reads can be compared with what it should read, exactly.
 */

export type PricePeriod = 'month' | 'week' | 'four-weeks' | 'per-use';

export interface ModelPrice {
  cents: number;
  period: PricePeriod;
  /** The unit of a price billed by use ("200 MB", "giorno di utilizzo"). */
  unit?: string;
}

export interface ModelExtra {
  /** The catalog id the extension must report, or "unknown". */
  id: string;
  name: string;
  /** A one-line description some portals print under the name. */
  description: string;
  price: ModelPrice;
}

export interface ModelItem {
  name: string;
  description: string;
  /** What the portal prints in place of a price. */
  note: string;
  /** Whether the portal still offers a "Disattiva" control for it (a free item can be switched off too). */
  switchOff: boolean;
}

export interface ModelPromo {
  name: string;
  text: string;
  price: ModelPrice;
  cta: string;
}

export interface ModelLine {
  number: string;
  plan: { name: string; price: ModelPrice; renewal: string };
  credit: string;
  usage: string;
  extras: ModelExtra[];
  included: ModelItem[];
  promos: ModelPromo[];
}

export const line: ModelLine = {
  number: '333 123 4567',
  plan: { name: 'TIM Start Plus', price: { cents: 999, period: 'month' }, renewal: '02/12/2026' },
  credit: '3,20 €',
  usage: '12,3 GB utilizzati su 100 GB',
  extras: [
    { id: 'tim-prime-go', name: 'TIM Prime Go', description: 'Sconti e vantaggi dei partner', price: { cents: 199, period: 'month' } },
    { id: 'tim-losai', name: 'LoSai', description: 'Ti avvisa con un SMS di chi ti ha cercato', price: { cents: 90, period: 'four-weeks' } },
    { id: 'unknown', name: 'Oroscopo Premium', description: 'Il tuo oroscopo ogni mattina via SMS', price: { cents: 499, period: 'week' } },
    { id: 'tim-giga-di-scorta', name: 'Giga di Scorta', description: 'Navigazione a pacchetti quando finiscono i Giga', price: { cents: 190, period: 'per-use', unit: '200 MB' } },
    { id: 'unknown', name: 'Meteo Sempre', description: 'Previsioni con avvisi di allerta', price: { cents: 25, period: 'per-use', unit: 'giorno di utilizzo' } },
  ],
  included: [
    { name: 'Giga illimitati di notte', description: 'Dalle 00 alle 07', note: 'Incluso', switchOff: false },
    { name: 'Segreteria telefonica', description: 'Ascolta i messaggi al 40916', note: 'Gratuito', switchOff: true },
  ],
  promos: [
    { name: 'TIM Prime Go', text: 'Sconti dei partner per te', price: { cents: 49, period: 'week' }, cta: 'Scopri' },
    { name: 'Più Giga', text: '10 Giga in più ogni mese', price: { cents: 299, period: 'month' }, cta: 'Attiva ora' },
  ],
};

export interface ModelInvoice {
  number: string;
  /** YYYY-MM-DD */
  issueDate: string;
  dueDate: string;
  amountCents: number;
  status: 'paid' | 'unpaid';
  /** Path of the PDF on the portal's origin. */
  document: string;
}

/** `count` invoices of the line, newest first, one a month from November 2026 back. */
export function invoices(count: number): ModelInvoice[] {
  const out: ModelInvoice[] = [];
  for (let i = 0; i < count; i++) {
    const months = 2026 * 12 + 10 - i;
    const month = months % 12;
    const year = Math.floor(months / 12);
    const mm = String(month + 1).padStart(2, '0');
    const cents = 2990 + ((i * 137) % 900) + (i % 7 === 3 ? 120000 : 0);
    out.push({
      number: `RA${String(40812345 + i * 7919).padStart(8, '0')}`,
      issueDate: `${year}-${mm}-06`,
      dueDate: `${year}-${mm}-${i % 2 ? '25' : '28'}`,
      amountCents: cents,
      status: i === 0 ? 'unpaid' : 'paid',
      document: `/mytim/fatture/documento?numero=RA${String(40812345 + i * 7919).padStart(8, '0')}`,
    });
  }
  return out;
}
