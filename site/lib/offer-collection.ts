/**
 * The offers as the pages list them, from the content collection: ranked by the 24-month total on the
 * build day (shared/offer-cost.ts rankOffers), expired ones apart, and carrier names at hand.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { isExpired, rankOffers } from '../../shared/offer-cost.ts';
import { BUILD_DAY } from './build-day.ts';

export type OfferEntry = CollectionEntry<'offers'>;

export interface OfferCatalog {
  /** Offers that can be taken on the build day, cheapest 24-month total first. */
  ranked: OfferEntry[];
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

/** The best `count` ranked offers of one kind (fixed or mobile). */
export function topOffers(catalog: OfferCatalog, kind: 'fixed' | 'mobile', count = 3): OfferEntry[] {
  return catalog.ranked.filter((o) => o.data.kind === kind).slice(0, count);
}
