/**
 * The offers as the pages list them, from the content collection: ranked by the 24-month total on the
 * build day (shared/offer-cost.ts rankOffers), expired ones apart, and carrier names at hand.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { isConsumerOffer, isCurrentOffer, isExpired, rankOffers } from '../../shared/offer-cost.ts';
import { BUILD_DAY } from './build-day.ts';

export type OfferEntry = CollectionEntry<'offers'>;

export interface OfferCatalog {
  /**
   * Consumer offers that can be taken on the build day: those verified within a year first (cheapest 24-month
   * total first), then older ones as history (same order).
   */
  ranked: OfferEntry[];
  /** Business offers that can be taken on the build day (prices often ex-VAT): never ranked with consumer ones. */
  business: OfferEntry[];
  /** Offers whose validUntil is before the build day, newest expiry first; never ranked. */
  expired: OfferEntry[];
  /** Carrier id → name, for every carrier in content/operators. */
  carrierName: Map<string, string>;
}

let cached: Promise<OfferCatalog> | undefined;

async function load(): Promise<OfferCatalog> {
  const [offers, operators] = await Promise.all([getCollection('offers'), getCollection('operators')]);
  const expired = offers
    .filter((o) => isExpired(o.data, BUILD_DAY))
    .sort((a, b) => (b.data.validUntil ?? '').localeCompare(a.data.validUntil ?? '') || a.data.name.localeCompare(b.data.name, 'it'));
  return {
    ranked: rankOffers(offers, BUILD_DAY),
    business: offers.filter((o) => !isExpired(o.data, BUILD_DAY) && !isConsumerOffer(o.data)).sort((a, b) => a.data.name.localeCompare(b.data.name, 'it')),
    expired,
    carrierName: new Map(operators.map((o) => [o.id, o.data.name])),
  };
}

/** The offer catalog, computed once per build (every time in dev, where content changes under the server). */
export function offerCatalog(): Promise<OfferCatalog> {
  if (import.meta.env.DEV) return load();
  cached ??= load();
  return cached;
}

/**
 * The best `count` ranked offers of one kind (fixed or mobile) among those whose source says they held within
 * a year of `day`: an older offer is never presented as one of the best, however cheap it was.
 */
export function topOffers(catalog: Pick<OfferCatalog, 'ranked'>, kind: 'fixed' | 'mobile', count = 3, day: string = BUILD_DAY): OfferEntry[] {
  return catalog.ranked.filter((o) => o.data.kind === kind && isCurrentOffer(o.data, day)).slice(0, count);
}
