/**
 * The catalog services the paid-extras detector looks for on a carrier host: where it reads the page's copy (the
 * offscreen document, Firefox's background page) and where its answer is mapped back to the catalog (the spotlight).
 */
import services from 'virtual:sentinella-catalog/detector';
import carrierHosts from 'virtual:sentinella-catalog/carrier-hosts';
import type { SpotlightService } from '../../shared/catalog/catalog.ts';
import { servicesForHost } from '../carrier-page/services/carrier-services.ts';

/**
 * The detector reads a service's id, names and reference price only (see detect-services.ts); the ways out
 * are the panel's and stay out of its scripts. Its parameter is still typed with the panel's fuller entry,
 * hence the cast: to drop once detectServices takes Omit<SpotlightService, 'switchOff'>.
 */
const catalogServices = services as unknown as readonly SpotlightService[];
const byHost = new Map<string, readonly SpotlightService[]>();

export function detectorServicesFor(host: string): readonly SpotlightService[] {
  let found = byHost.get(host);
  if (!found) byHost.set(host, (found = servicesForHost(catalogServices, carrierHosts, host)));
  return found;
}
