/** What the spotlight tells the archive about the paid extras on screen: only what the page shows, no elements. */
import type { SeenExtra } from '../../lib/archive/types.ts';
import type { DetectedService } from '../services/detect-services.ts';

/** The detector's key travels as is; whether the user keeps it is not sent (the archive reads the one wanted list). */
export function toSeenExtras(found: readonly DetectedService[]): SeenExtra[] {
  return found.map((d) => ({
    serviceId: d.id,
    key: d.key,
    name: d.name,
    priceCents: d.price?.cents ?? null,
    period: d.price?.period ?? null,
    priceFromCatalog: d.price?.fromCatalog ?? false,
    line: d.line,
  }));
}
