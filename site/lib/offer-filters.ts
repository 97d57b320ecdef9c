/**
 * Filtering and sorting of the offer list, and how that state reads and writes the URL query
 * (?tipo=fisso&tecnologia=FTTH&operatore=tim&vincolo=no&max=30&ordine=mensile).
 * Plain data in, plain data out: the /offerte/ island applies it to the server-rendered list.
 */

export type OfferKind = 'fixed' | 'mobile';
export type OfferSort = 'totale' | 'mensile' | 'prestazioni';

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

export interface OfferFilters {
  kind: OfferKind | null;
  technology: string | null;
  carrier: string | null;
  noLockIn: boolean;
  /** Highest acceptable effective monthly cost, in cents. */
  maxMonthlyCents: number | null;
  sort: OfferSort;
}

export const DEFAULT_FILTERS: OfferFilters = { kind: null, technology: null, carrier: null, noLockIn: false, maxMonthlyCents: null, sort: 'totale' };

const KIND_PARAM: Record<OfferKind, string> = { fixed: 'fisso', mobile: 'mobile' };
const SORTS: OfferSort[] = ['totale', 'mensile', 'prestazioni'];
const TOKEN = /^[A-Za-z0-9-]{1,40}$/;

/** Reads euros as a reader types them ("30", "29,90", "29.9") into cents; null when it is not an amount. */
export function eurosToCents(text: string): number | null {
  const t = text.trim().replace(',', '.');
  if (!/^\d{1,4}(\.\d{1,2})?$/.test(t)) return null;
  return Math.round(Number(t) * 100);
}

/** The filters named in a URL query; anything unknown or malformed is ignored. */
export function filtersFromQuery(query: string | URLSearchParams): OfferFilters {
  const p = typeof query === 'string' ? new URLSearchParams(query) : query;
  const kindText = p.get('tipo');
  const kind = (Object.keys(KIND_PARAM) as OfferKind[]).find((k) => KIND_PARAM[k] === kindText) ?? null;
  const token = (name: string) => {
    const v = p.get(name);
    return v && TOKEN.test(v) ? v : null;
  };
  const sortText = p.get('ordine') as OfferSort | null;
  return {
    kind,
    technology: token('tecnologia'),
    carrier: token('operatore'),
    noLockIn: p.get('vincolo') === 'no',
    maxMonthlyCents: p.get('max') ? eurosToCents(p.get('max')!) : null,
    sort: sortText && SORTS.includes(sortText) ? sortText : 'totale',
  };
}

/** The URL query for `f` ("" when every filter is at its default), in a stable order. */
export function filtersToQuery(f: OfferFilters): string {
  const p = new URLSearchParams();
  if (f.kind) p.set('tipo', KIND_PARAM[f.kind]);
  if (f.technology) p.set('tecnologia', f.technology);
  if (f.carrier) p.set('operatore', f.carrier);
  if (f.noLockIn) p.set('vincolo', 'no');
  if (f.maxMonthlyCents !== null) p.set('max', (f.maxMonthlyCents / 100).toString());
  if (f.sort !== 'totale') p.set('ordine', f.sort);
  const s = p.toString();
  return s ? `?${s}` : '';
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
