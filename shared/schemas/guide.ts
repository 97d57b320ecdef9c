/** An Italian guide written by the editors. */
import { z } from 'zod';
import { isoDate, slug } from './common.ts';

export const guideSchema = z.strictObject({
  /** The title, in Italian, as a reader would search it. */
  title: z.string().min(1),
  /** One or two sentences for the guide list and the search-engine snippet (meta description). */
  description: z.string().min(20, { error: 'expected a description of at least 20 characters' }).max(200),
  /** The day the guide was last revised, YYYY-MM-DD. */
  updated: isoDate,
  /** The carrier id the guide is about, or "tutti" when it concerns every carrier. */
  carrier: z.union([slug, z.literal('tutti')]),
  /** Ids of the paid services the guide covers (file names in content/services). */
  services: z.array(slug).default([]),
  /** Slugs of related guides (file names in content/guides). */
  related: z.array(slug).default([]),
  /** Questions and short answers, shown at the end and published as FAQ structured data. */
  faq: z.array(z.strictObject({ q: z.string().min(1), a: z.string().min(1) })).default([]),
  /**
   * Sources for the facts in the guide: each with the day it says its facts held (asOf: an article's date, or
   * the day a living help page was read) when that is known, and the day an editor checked it. A 2019 article
   * read in 2026 keeps asOf 2019 and never looks current; without asOf the page says the source is undated.
   */
  sources: z
    .array(
      z
        .strictObject({
          /** Who published it, as readers know them. */
          title: z.string().min(1),
          /** The page the facts were read on. */
          url: z.url({ error: 'expected a full web address (https://...)' }),
          /** The day on which the source says its facts held (publication or update date), YYYY-MM-DD, if known. */
          asOf: isoDate.optional(),
          /** The day an editor last read the source, YYYY-MM-DD. */
          checked: isoDate,
        })
        .refine((s) => s.asOf === undefined || s.asOf <= s.checked, { error: 'expected asOf on or before checked', path: ['asOf'] }),
    )
    .min(1, { error: 'expected at least one source' }),
  /** Order in the guide list (lower first). */
  order: z.number().int().default(100),
});
export type Guide = z.infer<typeof guideSchema>;
