/**
 * The catalog services the spotlight looks for on a page: those of the carrier whose customer area it is. A
 * Vodafone option named on a TIM page is not on that TIM line (names such as "Giga Extra" or "Segreteria" are
 * used by several carriers for different things); on a host of no known carrier, every service counts.
 */
import { carrierForHost } from '../../lib/carrier-for-host.ts';

export function servicesForHost<S extends { carrier: string }>(services: readonly S[], operators: readonly { id: string; hosts: string[] }[], host: string): readonly S[] {
  const carrier = carrierForHost(host, [...operators]);
  return carrier === null ? services : services.filter((s) => s.carrier === carrier);
}
