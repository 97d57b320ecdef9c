/** Which figures are old enough to warn readers about, relative to the build day: age counts from asOf. */
import { isStale } from '../../shared/freshness.ts';
import { BUILD_DAY } from './build-day.ts';

/** True when a figure that held on `asOf` (YYYY-MM-DD) is stale on the build day. */
export function isStaleNow(asOf: string, day: string = BUILD_DAY): boolean {
  return isStale(asOf, day);
}

/** The most recent asOf among some dated items (YYYY-MM-DD strings sort like dates); undefined for none. */
export function newestAsOf(items: readonly { asOf?: string }[]): string | undefined {
  let newest: string | undefined;
  for (const { asOf } of items) if (asOf !== undefined && (newest === undefined || asOf > newest)) newest = asOf;
  return newest;
}

/** The most recent checked date among some sources; kept for pages that still show the day of the last check. */
export function newestChecked(items: readonly { checked: string }[]): string | undefined {
  let newest: string | undefined;
  for (const { checked } of items) if (newest === undefined || checked > newest) newest = checked;
  return newest;
}
