/**
 * Where invoices may come from: a carrier's customer area as content/operators names it, a host written out
 * in full (never a wildcard such as "*.tim.it", which any shop, promo or forum page of the carrier matches)
 * and, where the customer area shares its host with the shop, only below its path ("www.iliad.it/account/").
 * The spotlight may run on every carrier page; archiving is tied to the pages that really are the customer's.
 */
import type { CatalogOperator } from '../../../shared/catalog/catalog.ts';

interface Area {
  carrier: string;
  host: string;
  /** "/" for the whole host, else the area's path, starting and ending with "/". */
  path: string;
}

/** The customer areas of every carrier, from the catalog's addresses ("host/path/"), wildcards left out. */
export function customerAreas(operators: Pick<CatalogOperator, 'id' | 'addresses'>[]): Area[] {
  const areas: Area[] = [];
  for (const o of operators) {
    for (const address of o.addresses) {
      const slash = address.indexOf('/');
      const host = (slash < 0 ? address : address.slice(0, slash)).toLowerCase();
      const path = slash < 0 ? '/' : address.slice(slash);
      if (host.includes('*')) continue;
      areas.push({ carrier: o.id, host, path: path.endsWith('/') ? path : `${path}/` });
    }
  }
  return areas;
}

/** The carrier whose customer area `url` is in (HTTPS only), or null. */
export function customerAreaCarrier(url: string, operators: Pick<CatalogOperator, 'id' | 'addresses'>[]): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:') return null;
  const host = parsed.hostname.toLowerCase();
  const match = customerAreas(operators)
    .filter((a) => a.host === host && (a.path === '/' || parsed.pathname.startsWith(a.path)))
    .sort((a, b) => b.path.length - a.path.length)[0];
  return match?.carrier ?? null;
}
