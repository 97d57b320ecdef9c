/**
 * The carrier portal hosts the tests serve the fixtures under, read from content/operators/*.md (the same
 * list the extension's manifest is built from), so a carrier added there is reachable in the browser tests
 * without editing any test: the certificate names them and both browsers send them to 127.0.0.1.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitFrontmatter } from '../../shared/catalog/load.ts';

const ROOT = join(import.meta.dirname, '..', '..');

/** Every `portal.hosts` entry of every operator ("www.tim.it", "*.tim.it", ...), sorted, without repeats. */
export function carrierHosts(root = ROOT): string[] {
  const dir = join(root, 'content', 'operators');
  const hosts = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.md'))) {
    const { data } = splitFrontmatter(readFileSync(join(dir, file), 'utf8'));
    const listed = (data as { portal?: { hosts?: unknown } } | null)?.portal?.hosts;
    if (Array.isArray(listed)) for (const h of listed) if (typeof h === 'string') hosts.add(h.toLowerCase());
  }
  if (hosts.size === 0) throw new Error(`No portal hosts found in ${dir}: the browser tests need at least one carrier host`);
  return [...hosts].sort();
}

/**
 * Hosts of a carrier that are not its customer area, served too so tests can show the extension leaves them
 * alone (a TIM promo page holding an invoice-like table).
 */
export const OUTSIDE_CUSTOMER_AREA = ['promo.tim.it'];

/** The names a certificate must cover: each host (and the hosts outside the customer areas), and for "*.example.it" also the bare "example.it". */
export function certificateNames(hosts = carrierHosts()): string[] {
  const names = new Set<string>(OUTSIDE_CUSTOMER_AREA);
  for (const h of hosts) {
    names.add(h);
    if (h.startsWith('*.')) names.add(h.slice(2));
  }
  return [...names].sort();
}

/** Chromium's --host-resolver-rules value: every carrier name to 127.0.0.1, the loopback names left alone. */
export function chromiumHostRules(hosts = carrierHosts()): string {
  const maps = certificateNames(hosts).map((n) => `MAP ${n} 127.0.0.1`);
  return [...maps, 'EXCLUDE localhost', 'EXCLUDE 127.0.0.1'].join(', ');
}

/** True when the tests' portal serves `hostname`: a carrier host or one outside a customer area. */
export function isServedHost(hostname: string): boolean {
  return isCarrierHost(hostname) || OUTSIDE_CUSTOMER_AREA.includes(hostname.toLowerCase());
}

/** True when `hostname` is one of the carrier hosts (a wildcard also covers its bare domain). */
export function isCarrierHost(hostname: string, hosts = carrierHosts()): boolean {
  const h = hostname.toLowerCase();
  return hosts.some((p) => (p.startsWith('*.') ? h === p.slice(2) || h.endsWith(p.slice(1)) : h === p));
}
