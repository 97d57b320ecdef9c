/** Which figures are old enough to warn readers about, relative to the build day. */
import { isStale } from '../../shared/offer-cost.ts';
import { BUILD_DAY } from './build-day.ts';

/** True when a figure checked on `checked` (YYYY-MM-DD) is stale on the build day. */
export function isStaleNow(checked: string, day: string = BUILD_DAY): boolean {
  return isStale(checked, day);
}

/** The most recent of some checked dates (YYYY-MM-DD strings sort like dates); undefined for none. */
export function newestChecked(items: readonly { checked: string }[]): string | undefined {
  let newest: string | undefined;
  for (const { checked } of items) if (newest === undefined || checked > newest) newest = checked;
  return newest;
}
