/**
 * The panel's state as small signal stores: what is on screen now, what the user wants to keep, whether
 * the panel is open. Lives in the panel script only (signals stay out of the light content script); the
 * light script's snapshots are copied in through the bridge.
 */
import { computed, signal } from '@preact/signals';
import type { SpotlightService } from '../../../shared/catalog/catalog.ts';
import { sameServices, yearlyTotal, type ShownService } from './views.ts';

export { yearlyTotal } from './views.ts';

/** A shown service with its catalog entry (ways out, site page), or undefined for an unknown one. */
export interface ServiceView extends ShownService {
  service: SpotlightService | undefined;
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
