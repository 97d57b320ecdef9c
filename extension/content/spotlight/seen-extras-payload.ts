/** What the spotlight tells the archive about the paid extras on screen: only what the page shows, no elements. */
import type { SeenExtra } from '../../lib/archive/types.ts';
import type { DetectedService } from '../services/detect-services.ts';
import { rowLine } from '../services/row-line.ts';

export function toSeenExtras(found: readonly DetectedService[], wanted: ReadonlySet<string>): SeenExtra[] {
  return found.map((d) => ({
    serviceId: d.id,
    name: d.name,
    priceCents: d.price?.cents ?? null,
    period: d.price?.period ?? null,
    priceFromCatalog: d.price?.fromCatalog ?? false,
    // A service listed on several lines gets "#2", "#3" after its key: each line is kept, or not, on its own.
    wanted: wanted.has(d.key),
    line: rowLine(d.row),
  }));
}
