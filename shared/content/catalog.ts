/**
 * The slice of content/ the extension bundles: services and carriers, only the fields it shows.
 * Built at build time from the validated content, so the extension never fetches anything.
 */
import type { Content } from './load.ts';
import type { Operator, Service } from '../schemas/index.ts';

export interface CatalogService extends Pick<Service, 'name' | 'carrier' | 'aliases' | 'summary' | 'prices' | 'onByDefault' | 'switchOff' | 'lines'> {
  id: string;
}

export interface CatalogOperator extends Pick<Operator, 'name' | 'segment' | 'customerService' | 'freeCodes'> {
  id: string;
  hosts: string[];
  portalName: string;
}

export interface Catalog {
  services: CatalogService[];
  operators: CatalogOperator[];
}

export function buildCatalog(content: Content): Catalog {
  return {
    services: content.services.map(({ id, data }) => ({
      id,
      name: data.name,
      carrier: data.carrier,
      aliases: data.aliases,
      summary: data.summary,
      prices: data.prices,
      onByDefault: data.onByDefault,
      switchOff: data.switchOff,
      lines: data.lines,
    })),
    operators: content.operators.map(({ id, data }) => ({
      id,
      name: data.name,
      segment: data.segment,
      customerService: data.customerService,
      freeCodes: data.freeCodes,
      hosts: data.portal.hosts,
      portalName: data.portal.name,
    })),
  };
}

/**
 * What the spotlight in the carrier page needs of a service: how it is named, its reference price, how
 * to switch it off. Sources, summaries and price notes stay out of the content script (size budget).
 */
export interface SpotlightService extends Pick<CatalogService, 'id' | 'name' | 'aliases' | 'switchOff'> {
  prices: Pick<Service['prices'][number], 'amount' | 'period'>[];
}

export function spotlightServices(catalog: Catalog): SpotlightService[] {
  return catalog.services.map(({ id, name, aliases, prices, switchOff }) => ({
    id,
    name,
    aliases,
    prices: prices.slice(0, 1).map(({ amount, period }) => ({ amount, period })),
    switchOff,
  }));
}

/**
 * Match patterns for the carrier portals: HTTPS only, one per host ("https://*.tim.it/*"), or one per path
 * when content/operators says the customer area lives under a path of a wider host
 * ("https://www.iliad.it/account/*").
 */
export function hostMatchPatterns(content: Content): string[] {
  const portals = content.operators.map((o) => o.data.portal);
  const hosts = [...new Set(portals.flatMap((p) => p.hosts))];
  const wildcards = hosts.filter((h) => h.startsWith('*.')).map((h) => h.slice(1));
  // A host already covered by a wildcard ("www.tim.it" under "*.tim.it") adds nothing.
  const needed = hosts.filter((h) => h.startsWith('*.') || !wildcards.some((w) => h.endsWith(w)));
  const patterns = needed.flatMap((h) => {
    const areas = portals.flatMap((p) => p.areas ?? []).filter((a) => a.host === h);
    // A host with any area that has no path is matched whole; otherwise only below its paths.
    const paths = areas.length > 0 && areas.every((a) => a.path) ? [...new Set(areas.map((a) => a.path!))] : ['/'];
    return paths.map((path) => `https://${h}${path}*`);
  });
  return [...new Set(patterns)].sort();
}
