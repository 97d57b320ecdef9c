/**
 * What a service page and a service card show about cost and switch-off ways, computed from the content:
 * the reference price (the first listed) as monthly and yearly figures, and the free ways before the costly ones.
 */
import type { Service, ServicePrice, SwitchOffWay } from '../../shared/schemas/index.ts';
import { formatEuro, monthlyCents, periodLabel, toCents, yearlyCents } from '../../shared/money.ts';

export interface PriceView {
  /** "0,49 € a settimana", or "da 1,49 a 2,49 € al mese" for a range. */
  stated: string;
  /** Monthly equivalent ("2,12 €"), null when the price does not repeat. */
  monthly: string | null;
  /** Yearly cost ("25,48 €"), null when the price does not repeat. */
  yearly: string | null;
  /** Yearly cost in cents (the lower end of a range), null when the price does not repeat. */
  yearlyCents: number | null;
  /** For one-off and per-use prices: what to say instead of a yearly figure. */
  nonRecurring: string | null;
  /** The day the source says the price held: staleness counts from it. */
  asOf: string;
  /** The day an editor last checked the price against the source. */
  checked: string;
  source: string;
}

/** How a price is stated in a sentence: "0,49 € a settimana", "da 1,49 € a 2,49 € al mese". */
export function statedPrice(p: Pick<ServicePrice, 'amount' | 'amountMax' | 'period'>): string {
  const low = formatEuro(toCents(p.amount));
  const amount = p.amountMax !== undefined && p.amountMax > p.amount ? `da ${low} a ${formatEuro(toCents(p.amountMax))}` : low;
  return `${amount} ${periodLabel(p.period)}`;
}

function range(cents: (c: number) => number | null, p: ServicePrice): string | null {
  const low = cents(toCents(p.amount));
  if (low === null) return null;
  if (p.amountMax === undefined || p.amountMax <= p.amount) return formatEuro(low);
  return `da ${formatEuro(low)} a ${formatEuro(cents(toCents(p.amountMax))!)}`;
}

export function priceView(p: ServicePrice): PriceView {
  const monthly = range((c) => monthlyCents(c, p.period), p);
  const yearly = range((c) => yearlyCents(c, p.period), p);
  let nonRecurring: string | null = null;
  if (p.period === 'per-use') nonRecurring = 'Si paga a consumo, ogni volta che il servizio scatta: non c\u2019è una cifra annuale fissa.';
  if (p.period === 'one-off') nonRecurring = 'Si paga una volta sola: non è un addebito che si ripete.';
  return {
    stated: statedPrice(p),
    monthly,
    yearly,
    yearlyCents: yearlyCents(toCents(p.amount), p.period),
    nonRecurring,
    asOf: p.asOf,
    checked: p.checked,
    source: p.source,
  };
}

/** The reference price: the first listed (content lists prices newest first). */
export function referencePrice(service: Pick<Service, 'prices'>): PriceView {
  return priceView(service.prices[0]!);
}

/** Switch-off ways split into free ones and costly ones, each in content order. */
export function splitWays(ways: readonly SwitchOffWay[]): { free: SwitchOffWay[]; costly: SwitchOffWay[] } {
  return { free: ways.filter((w) => w.cost === 0), costly: ways.filter((w) => w.cost > 0) };
}
