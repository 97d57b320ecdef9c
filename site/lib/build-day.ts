/**
 * The day the site is built, YYYY-MM-DD: stale-figure warnings and "expired" labels are computed against it.
 * SENTINELLA_BUILD_DATE pins it (tests, reproducible builds); otherwise it is today (the build machine's calendar).
 */
import { isCalendarDate } from '../../shared/schemas/common.ts';
import { today } from '../../shared/dates.ts';

function buildDay(): string {
  const pinned = process.env.SENTINELLA_BUILD_DATE;
  if (pinned === undefined || pinned === '') return today();
  if (!isCalendarDate(pinned)) throw new Error(`SENTINELLA_BUILD_DATE: expected a date written as YYYY-MM-DD (got "${pinned}")`);
  return pinned;
}

export const BUILD_DAY = buildDay();
