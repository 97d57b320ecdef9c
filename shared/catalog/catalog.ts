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
  /** The customer area's addresses as people read them ("www.iliad.it/account/"), from content/operators. */
  addresses: string[];
  /** True when the customer area exists only in an app. */
  appOnly: boolean;
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
      addresses: portalAddresses(data.portal),
      appOnly: data.portal.appOnly ?? false,
    })),
  };
}

/**
 * The addresses the extension runs on for one carrier, as people read them: host and path
 * ("www.iliad.it/account/", "timbusiness.tim.it/", "*.tim.it/"), one per host or per path of a host.
 */
export function portalAddresses(portal: Pick<Operator['portal'], 'hosts' | 'areas'>): string[] {
  return [
    ...new Set(
      portal.hosts.flatMap((host) => {
        const areas = (portal.areas ?? []).filter((a) => a.host === host);
        const paths = areas.length > 0 && areas.every((a) => a.path) ? areas.map((a) => a.path!) : ['/'];
        return paths.map((path) => `${host}${path}`);
      }),
    ),
  ];
}

/**
 * What the spotlight in the carrier page needs of a service: how it is named, its reference price, how
 * to switch it off. Sources, summaries and price notes stay out of the content script (size budget).
 */
export interface SpotlightService extends Pick<CatalogService, 'id' | 'name' | 'carrier' | 'aliases' | 'switchOff'> {
  prices: Pick<Service['prices'][number], 'amount' | 'period'>[];
}

export function spotlightServices(catalog: Catalog): SpotlightService[] {
  return catalog.services.map(({ id, name, carrier, aliases, prices, switchOff }) => ({
    id,
    name,
    carrier,
    aliases,
    prices: prices.slice(0, 1).map(({ amount, period }) => ({ amount, period })),
    switchOff,
  }));
}

/**
 * Match patterns for the carrier portals: HTTPS only, one per address ("https://*.tim.it/*"), so a customer
 * area that lives under a path of a wider host is matched only below it ("https://www.iliad.it/account/*").
 */
export function hostMatchPatterns(content: Content): string[] {
  const addresses = [...new Set(content.operators.flatMap((o) => portalAddresses(o.data.portal)))];
  const hostOf = (address: string) => address.slice(0, address.indexOf('/'));
  const wildcards = addresses.map(hostOf).filter((h) => h.startsWith('*.')).map((h) => h.slice(1));
  // An address already covered by a wildcard ("www.tim.it/" under "*.tim.it/") adds nothing.
  const needed = addresses.filter((a) => hostOf(a).startsWith('*.') || !wildcards.some((w) => hostOf(a).endsWith(w)));
  return needed.sort().map((a) => `https://${a}*`);
}
