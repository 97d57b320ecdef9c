/**
 * Building blocks shared by every content schema: dates, money, periods, sources.
 * Field docs are written for editors: they show up in build errors and in the README.
 */
import { z } from 'zod';

import { isCalendarDate } from '../calendar-date.ts';

export { isCalendarDate };

/**
 * A day, written YYYY-MM-DD. YAML turns unquoted dates into Date objects: both forms are accepted
 * and the result is always the YYYY-MM-DD string, so pages never shift a day across time zones.
 */
export const isoDate = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z
    .string({ error: 'expected a date written as YYYY-MM-DD' })
    .refine(isCalendarDate, { error: 'expected a real date written as YYYY-MM-DD' }),
);

/** An amount in euros, such as 1.99 (a plain number: no currency sign, dot as decimal separator). */
export const euros = z
  .number({ error: 'expected an amount in euros as a number, such as 1.99' })
  .finite()
  .min(0, { error: 'expected an amount of zero or more euros' });

/** How often a price is charged. */
export const period = z.enum(
  ['day', 'week', 'four-weeks', 'month', 'two-months', 'four-months', 'year', 'one-off', 'per-use'],
  { error: 'expected one of: day, week, four-weeks, month, two-months, four-months, year, one-off, per-use' },
);
export type Period = z.infer<typeof period>;

/** Where a fact comes from, and when it was published or last checked. */
export const source = z.strictObject({
  /** Who published it, as readers know them (e.g. "tim.it", "AGCOM", "dday.it"). */
  title: z.string().min(1),
  /** The page the fact was read on. */
  url: z.url({ error: 'expected a full web address (https://...)' }),
  /** The day the fact was published or checked, YYYY-MM-DD. */
  checked: isoDate,
});
export type Source = z.infer<typeof source>;

/** At least one source: every figure that reaches users carries one. */
export const sources = z.array(source).min(1, { error: 'expected at least one source' });

/**
 * A source for a figure that can go out of date (a price, an offer, a price change): besides the day an editor
 * checked it (`checked`), the day on which the source says the figure held (`asOf`), usually its publication
 * date. Staleness warnings and rankings count from `asOf`: a 2019 article read today is still a 2019 figure.
 */
export const datedSource = z
  .strictObject({
    /** Who published it, as readers know them (e.g. "tim.it", "AGCOM", "dday.it"). */
    title: z.string().min(1),
    /** The page the figure was read on. */
    url: z.url({ error: 'expected a full web address (https://...)' }),
    /** The day on which the source says the figure held (its publication or update date), YYYY-MM-DD. */
    asOf: isoDate,
    /** The day an editor last read the source and checked the figure against it, YYYY-MM-DD. */
    checked: isoDate,
  })
  .refine((s) => s.asOf <= s.checked, { error: 'expected asOf on or before checked: a source cannot be read before it says the figure held', path: ['asOf'] });
export type DatedSource = z.infer<typeof datedSource>;

/** At least one dated source. */
export const datedSources = z.array(datedSource).min(1, { error: 'expected at least one source' });

/** A stable identifier: lower case words joined by dashes (e.g. tim-prime-go). */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'expected lower case words joined by dashes, e.g. tim-prime-go' });
