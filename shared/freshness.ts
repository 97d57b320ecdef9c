/**
 * How old a sourced figure may be before readers are warned: any figure of content/ (a price, a fact, an
 * offer), counted from the day its source says it held (`asOf`), never from the day an editor last read it.
 */
import { daysBetween } from './dates.ts';

/** Days after which a figure is shown with a warning, counted from the day its source says it held (asOf). */
export const STALE_AFTER_DAYS = 180;

/** True when a figure that held on `asOf` is older than STALE_AFTER_DAYS on `day` (both YYYY-MM-DD). */
export function isStale(asOf: string, day: string): boolean {
  return daysBetween(asOf, day) > STALE_AFTER_DAYS;
}
