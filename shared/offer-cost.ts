/**
 * What an offer really costs: the number the comparison ranks by.
 * Total over a horizon (24 months by default) with everything included: the promotional months, the full
 * price after them, activation and device (modem, SIM) in full, even when spread over instalments, since
 * instalments still due are charged when leaving early. Exit costs are not added: whoever stays the whole
 * horizon does not pay them; they are shown beside the total.
 */
import type { Offer } from './schemas/offer.ts';
import { toCents } from './money.ts';
import { daysBetween } from './dates.ts';

export const HORIZON_MONTHS = 24;

export interface CostBreakdown {
  /** Months at the promotional price within the horizon. */
  promoMonths: number;
  /** Sum of the monthly fees over the horizon, in cents. */
  feesCents: number;
  activationCents: number;
  deviceCents: number;
  /** Everything over the horizon, in cents. */
  totalCents: number;
  /** The total spread over the horizon: the real monthly cost, in cents. */
  effectiveMonthlyCents: number;
}

/** The cost of an offer over `months` months, everything included. */
export function offerCost(offer: Pick<Offer, 'monthlyPrice' | 'promo' | 'activation' | 'device'>, months = HORIZON_MONTHS): CostBreakdown {
  const promoMonths = Math.min(offer.promo?.months ?? 0, months);
  const promoCents = offer.promo ? toCents(offer.promo.monthlyPrice) : 0;
  const feesCents = promoMonths * promoCents + (months - promoMonths) * toCents(offer.monthlyPrice);
  const activationCents = toCents(offer.activation?.amount ?? 0);
  const deviceCents = toCents(offer.device?.amount ?? 0);
  const totalCents = feesCents + activationCents + deviceCents;
  return { promoMonths, feesCents, activationCents, deviceCents, totalCents, effectiveMonthlyCents: Math.round(totalCents / months) };
}

/** True when the offer can no longer be taken on `day` (YYYY-MM-DD). */
export function isExpired(offer: Pick<Offer, 'validUntil'>, day: string): boolean {
  return offer.validUntil !== undefined && offer.validUntil < day;
}

/** Days within which an offer's source must say it held for the offer to be presented among the best ones. */
export const CURRENT_OFFER_DAYS = 365;

/**
 * True when the offer's source says it held no more than CURRENT_OFFER_DAYS before `day`: only such offers may
 * be called the cheapest; older ones are history, whatever day an editor last read their source.
 */
export function isCurrentOffer(offer: Pick<Offer, 'source'>, day: string): boolean {
  return daysBetween(offer.source.asOf, day) <= CURRENT_OFFER_DAYS;
}

/** True for offers ranked with consumer prices: consumer customers, VAT included. Business offers go apart. */
export function isConsumerOffer(offer: Pick<Offer, 'customers' | 'vat'>): boolean {
  return offer.customers === 'consumer' && offer.vat === 'included';
}

/**
 * The consumer offers that can be taken on `day`, for the ranking: current offers (asOf within
 * CURRENT_OFFER_DAYS) first, cheapest over the horizon first, then the older ones, listed as history, by the
 * same order. Business offers (often ex-VAT) and expired ones are never ranked. Ties broken by name.
 */
export function rankOffers<T extends { data: Offer; id: string }>(offers: T[], day: string): T[] {
  return offers
    .filter((o) => !isExpired(o.data, day) && isConsumerOffer(o.data))
    .map((o) => ({ o, current: isCurrentOffer(o.data, day), total: offerCost(o.data).totalCents }))
    .sort((a, b) => Number(b.current) - Number(a.current) || a.total - b.total || a.o.data.name.localeCompare(b.o.data.name, 'it'))
    .map(({ o }) => o);
}
