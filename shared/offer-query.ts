/**
 * The /offerte/ filters as a URL query (?tipo=fisso&tecnologia=FTTH&operatore=tim&vincolo=no&max=30&ordine=mensile):
 * the site's filter island reads and writes it, and the extension writes it to open the ranking with filters set.
 */

export type OfferKind = 'fixed' | 'mobile';
export type OfferSort = 'totale' | 'mensile' | 'prestazioni';

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

/** The site's ranking page (site/lib/paths.ts paths.offers), for links from outside the site. */
export const OFFER_LIST_PATH = '/offerte/';

/** The ranking on the site at `siteUrl`, opened with filters `f` set. */
export function offerListUrl(siteUrl: string, f: Partial<OfferFilters>): string {
  return `${siteUrl}${OFFER_LIST_PATH}${filtersToQuery({ ...DEFAULT_FILTERS, ...f })}`;
}
