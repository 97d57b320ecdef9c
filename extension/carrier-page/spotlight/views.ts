/**
 * What the spotlight shows of each detected service, as plain data: no page elements, no catalog
 * objects, no signals. The light content script computes it on every scan; the panel script and the
 * popup's answer read it. Kept free of heavy imports so it costs the light script almost nothing.
 */
import type { Period } from '../../../shared/money.ts';
import type { DetectedService } from '../services/detect-services.ts';

/** One paid extra on screen: enough for the badge, the popup and the panel (which adds the catalog's ways out by id). */
export interface ShownService {
  /** The catalog id, or "unknown". */
  id: string;
  key: string;
  name: string;
  priceText: string | null;
  priceFromCatalog: boolean;
  period: Period | null;
  monthlyCents: number | null;
  yearlyCents: number | null;
}

export function toShown(d: DetectedService): ShownService {
  return {
    id: d.id,
    key: d.key,
    name: d.name,
    priceText: d.price?.text ?? null,
    priceFromCatalog: d.price?.fromCatalog ?? false,
    period: d.price?.period ?? null,
    monthlyCents: d.monthlyCents,
    yearlyCents: d.yearlyCents,
  };
}

/** Yearly cost of the services not marked as wanted, in cents. */
export function yearlyTotal(services: readonly ShownService[], wanted: ReadonlySet<string>): number {
  return services.reduce((sum, s) => (wanted.has(s.key) ? sum : sum + (s.yearlyCents ?? 0)), 0);
}

/** Same list of services (by key, name and price): lets the spotlight skip needless updates. */
export function sameServices(a: readonly ShownService[], b: readonly ShownService[]): boolean {
  return a.length === b.length && a.every((s, i) => s.key === b[i]!.key && s.name === b[i]!.name && s.priceText === b[i]!.priceText && s.yearlyCents === b[i]!.yearlyCents);
}
