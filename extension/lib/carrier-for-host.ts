/** Which carrier a portal host belongs to, from content/operators: an exact host wins over a wildcard ("*.example.it"). */
import type { CatalogOperator } from '../../shared/catalog/catalog.ts';

export function carrierForHost(host: string, operators: Pick<CatalogOperator, 'id' | 'hosts'>[]): string | null {
  const h = host.toLowerCase();
  const exact = operators.find((o) => o.hosts.includes(h));
  if (exact) return exact.id;
  const wild = operators
    .flatMap((o) => o.hosts.filter((p) => p.startsWith('*.')).map((p) => ({ id: o.id, suffix: p.slice(1) })))
    // Like the manifest's match pattern, "*.example.it" covers example.it itself too.
    .filter((w) => h.endsWith(w.suffix) || h === w.suffix.slice(1))
    .sort((a, b) => b.suffix.length - a.suffix.length)[0];
  return wild?.id ?? null;
}
