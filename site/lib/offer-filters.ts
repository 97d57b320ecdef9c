/**
 * Filtering and sorting of the offer list; the URL form of that state is in shared/offer-query.ts (the
 * extension links to the ranking with it). Plain data in, plain data out: the /offerte/ island applies it.
 */
import type { OfferFilters, OfferKind, OfferSort } from '../../shared/offer-query.ts';

export { DEFAULT_FILTERS, eurosToCents, filtersFromQuery, filtersToQuery, type OfferFilters, type OfferKind, type OfferSort } from '../../shared/offer-query.ts';

/** What a filter or a sort needs to know about one offer (the list items carry it as data attributes). */
export interface OfferFacets {
  id: string;
  kind: OfferKind;
  technology: string;
  carrier: string;
  lockInMonths: number;
  /** The 24-month total, everything included, in cents: the default ranking. */
  totalCents: number;
  /** The total spread over 24 months, in cents: what the maximum price filter compares. */
  effectiveMonthlyCents: number;
  /** The monthly price once the promotion is over, in cents. */
  monthlyAfterCents: number;
  /** Top speed in Mbit/s (fixed); 0 when unknown. */
  speedMbps: number;
  /** GB per month (mobile), Infinity for unlimited; 0 when unknown. */
  dataGB: number;
}

/** True when the offer passes every active filter. */
export function matchesFilters(o: OfferFacets, f: OfferFilters): boolean {
  return (
    (f.kind === null || o.kind === f.kind) &&
    (f.technology === null || o.technology === f.technology) &&
    (f.carrier === null || o.carrier === f.carrier) &&
    (!f.noLockIn || o.lockInMonths === 0) &&
    (f.maxMonthlyCents === null || o.effectiveMonthlyCents <= f.maxMonthlyCents)
  );
}

/** Speed for fixed offers, GB for mobile ones; fixed offers come first when both kinds are listed. */
function performance(a: OfferFacets, b: OfferFacets): number {
  if (a.kind !== b.kind) return a.kind === 'fixed' ? -1 : 1;
  const [x, y] = a.kind === 'fixed' ? [a.speedMbps, b.speedMbps] : [a.dataGB, b.dataGB];
  return x === y ? 0 : y > x ? 1 : -1;
}

const COMPARE: Record<OfferSort, (a: OfferFacets, b: OfferFacets) => number> = {
  totale: () => 0,
  mensile: (a, b) => a.monthlyAfterCents - b.monthlyAfterCents,
  prestazioni: performance,
};

/**
 * The offers that pass `f`, in the order it asks for. Ties keep the input order, which is the ranking
 * by 24-month total: pass the list as the page renders it.
 */
export function applyFilters<T extends OfferFacets>(offers: readonly T[], f: OfferFilters): T[] {
  const cmp = COMPARE[f.sort];
  return offers
    .map((o, i) => ({ o, i }))
    .filter(({ o }) => matchesFilters(o, f))
    .sort((a, b) => cmp(a.o, b.o) || a.i - b.i)
    .map(({ o }) => o);
}

/** "1 offerta", "7 offerte", with "su N" when some are hidden. */
export function countLabel(shown: number, total: number): string {
  const word = shown === 1 ? 'offerta' : 'offerte';
  return shown === total ? `${shown} ${word}` : `${shown} ${word} su ${total}`;
}

/** The data attributes a list item carries so the island can filter and sort without other data. */
export function facetAttributes(f: OfferFacets): Record<string, string> {
  return {
    'data-kind': f.kind,
    'data-technology': f.technology,
    'data-carrier': f.carrier,
    'data-lock-in': String(f.lockInMonths),
    'data-monthly-cents': String(f.effectiveMonthlyCents),
    'data-after-cents': String(f.monthlyAfterCents),
    'data-speed': String(f.speedMbps),
    'data-gb': f.dataGB === Number.POSITIVE_INFINITY ? 'illimitati' : String(f.dataGB),
  };
}

/** Reads back what facetAttributes wrote (plus data-offer-id and data-total-cents) from an element's dataset. */
export function facetsFromDataset(d: Record<string, string | undefined>): OfferFacets {
  return {
    id: d.offerId ?? '',
    kind: d.kind === 'mobile' ? 'mobile' : 'fixed',
    technology: d.technology ?? '',
    carrier: d.carrier ?? '',
    lockInMonths: Number(d.lockIn ?? 0),
    totalCents: Number(d.totalCents ?? 0),
    effectiveMonthlyCents: Number(d.monthlyCents ?? 0),
    monthlyAfterCents: Number(d.afterCents ?? 0),
    speedMbps: Number(d.speed ?? 0),
    dataGB: d.gb === 'illimitati' ? Number.POSITIVE_INFINITY : Number(d.gb ?? 0),
  };
}
