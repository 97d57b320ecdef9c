/**
 * The spotlight's state as small signal stores: what is on screen now, what the user wants to keep,
 * whether the panel is open. Rendering (panel, popup answer) reads these; the feature writes them.
 */
import { computed, signal } from '@preact/signals';
import type { SpotlightService } from '../../../shared/content/catalog.ts';
import type { Period } from '../../../shared/money.ts';
import type { DetectedService } from '../services/detect-services.ts';

/** A detected service without its page elements: what the panel shows. */
export interface ServiceView {
  id: string;
  key: string;
  name: string;
  service: SpotlightService | undefined;
  priceText: string | null;
  priceFromCatalog: boolean;
  period: Period | null;
  monthlyCents: number | null;
  yearlyCents: number | null;
}

export function toView(d: DetectedService): ServiceView {
  return {
    id: d.id,
    key: d.key,
    name: d.name,
    service: d.service,
    priceText: d.price?.text ?? null,
    priceFromCatalog: d.price?.fromCatalog ?? false,
    period: d.price?.period ?? null,
    monthlyCents: d.monthlyCents,
    yearlyCents: d.yearlyCents,
  };
}

/** Yearly cost of the services not marked as wanted, in cents. */
export function yearlyTotal(services: readonly ServiceView[], wanted: ReadonlySet<string>): number {
  return services.reduce((sum, s) => (wanted.has(s.key) ? sum : sum + (s.yearlyCents ?? 0)), 0);
}

/** Same list of services (by key, name and price): lets the feature skip needless re-renders. */
export function sameServices(a: readonly ServiceView[], b: readonly ServiceView[]): boolean {
  return a.length === b.length && a.every((s, i) => s.key === b[i]!.key && s.name === b[i]!.name && s.priceText === b[i]!.priceText && s.yearlyCents === b[i]!.yearlyCents);
}

export function createSpotlightStore() {
  const services = signal<ServiceView[]>([]);
  const wanted = signal<ReadonlySet<string>>(new Set());
  // Collapsed at first: a small summary that never covers the portal's own controls; the rows are highlighted anyway.
  const expanded = signal(false);
  const total = computed(() => yearlyTotal(services.value, wanted.value));
  return {
    services,
    wanted,
    expanded,
    total,
    /** Replaces the list when it changed; returns whether it did. */
    show(next: ServiceView[]): boolean {
      if (sameServices(services.value, next)) return false;
      services.value = next;
      return true;
    },
  };
}

export type SpotlightStore = ReturnType<typeof createSpotlightStore>;
