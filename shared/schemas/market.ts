/**
 * A market average: what offers of one kind cost on average at one moment, as a published survey measured it.
 * The extension compares a line's own invoices with it ("paghi circa X € l'anno in più della media").
 */
import { z } from 'zod';
import { datedSource, euros } from './common.ts';

export const marketAverageSchema = z
  .strictObject({
    /** What the average covers, in Italian, as readers see it after "la media delle" (e.g. "offerte in fibra FTTH"). */
    label: z.string().min(1),
    /** Fixed (home internet) or mobile. */
    kind: z.enum(['fixed', 'mobile'], { error: 'expected fixed or mobile' }),
    /** The access technology the average is about; leave it out when it covers every technology of the kind. */
    technology: z.enum(['FTTH', 'FTTC', 'FWA', 'ADSL', '4G', '5G']).optional(),
    /**
     * Also used for lines of this kind whose technology the invoices do not tell (one entry per kind should say
     * so, typically the most common technology).
     */
    forUnknownTechnology: z.boolean().default(false),
    /** The average monthly price in euros, VAT included, as the source gives it. */
    monthlyPrice: euros,
    /** True when the source gives the figure as an approximation ("intorno ai 10 euro"). */
    approximate: z.boolean().default(false),
    /** How precise the source's date is: a day (an article's date) or a month ("a luglio 2025", asOf its first day). */
    asOfPrecision: z.enum(['day', 'month']).default('day'),
    /** What was averaged, in Italian: which offers, which price (first year, promotions, discounts left out). */
    method: z.string().min(1),
    /** Where the figure was published, the day the source says it held (asOf) and the day an editor checked it. */
    source: datedSource,
  })
  .superRefine((m, ctx) => {
    const fixed = ['FTTH', 'FTTC', 'FWA', 'ADSL'];
    if (m.technology && (m.kind === 'fixed') !== fixed.includes(m.technology)) {
      ctx.addIssue({ code: 'custom', path: ['technology'], message: m.kind === 'fixed' ? 'expected FTTH, FTTC, FWA or ADSL for a fixed average' : 'expected 4G or 5G for a mobile average' });
    }
  });
export type MarketAverage = z.infer<typeof marketAverageSchema>;
