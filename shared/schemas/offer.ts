/** A fixed or mobile offer, as the carrier published it, for the honest comparison. */
import { z } from 'zod';
import { euros, isoDate, slug, source } from './common.ts';

/** A one-off cost that may be spread over monthly instalments. */
export const spreadCost = z.strictObject({
  /** The whole amount in euros. */
  amount: euros,
  /** Over how many monthly instalments it is charged; 1 means all at once. */
  instalments: z.number().int().min(1).default(1),
});

const unlimited = z.union([z.number().min(0), z.literal('illimitati')], {
  error: 'expected a number or "illimitati"',
});

export const offerSchema = z
  .strictObject({
    /** The offer's commercial name (e.g. "TIM Wifi Power Smart"). */
    name: z.string().min(1),
    /** The carrier id (a file name in content/operators without .md). */
    carrier: slug,
    /** Fixed (home internet) or mobile. */
    kind: z.enum(['fixed', 'mobile']),
    /** Access technology: FTTH, FTTC, FWA, ADSL for fixed lines; 4G or 5G for mobile. */
    technology: z.enum(['FTTH', 'FTTC', 'FWA', 'ADSL', '4G', '5G']),
    /** Top download speed in Mbit/s (fixed). */
    speedMbps: z.number().positive().optional(),
    /** Data included per month, in GB, or "illimitati" (mobile; fixed lines are unlimited). */
    dataGB: unlimited.optional(),
    /** Minutes per month, or "illimitati". */
    minutes: unlimited.optional(),
    /** SMS per month, or "illimitati". */
    sms: unlimited.optional(),
    /** The monthly price once any promotion is over, in euros. */
    monthlyPrice: euros,
    /** A promotional monthly price and how many months it lasts, if any. */
    promo: z
      .strictObject({
        /** The promotional monthly price in euros. */
        monthlyPrice: euros,
        /** How many months the promotional price lasts. */
        months: z.number().int().min(1),
      })
      .optional(),
    /** Activation cost (attivazione), possibly spread over months. */
    activation: spreadCost.default({ amount: 0, instalments: 1 }),
    /** Modem or SIM cost, possibly spread over months; zero when included. */
    device: spreadCost.default({ amount: 0, instalments: 1 }),
    /** Minimum term in months (vincolo); 0 for none. */
    lockInMonths: z.number().int().min(0).default(0),
    /** What leaving early costs, in euros, as published (besides unpaid instalments). */
    exitCost: euros.default(0),
    /** Conditions that change the price (sales channel, payment method, number portability), in Italian. */
    conditions: z.string().optional(),
    /** The first day the offer can be taken, YYYY-MM-DD, if known. */
    validFrom: isoDate.optional(),
    /** The last day the offer can be taken, YYYY-MM-DD, if known: afterwards it is shown as expired. */
    validUntil: isoDate.optional(),
    /** Where the offer was published and the day it was checked. */
    source,
  })
  .superRefine((o, ctx) => {
    if (o.kind === 'fixed' && !['FTTH', 'FTTC', 'FWA', 'ADSL'].includes(o.technology)) {
      ctx.addIssue({ code: 'custom', path: ['technology'], message: 'expected FTTH, FTTC, FWA or ADSL for a fixed offer' });
    }
    if (o.kind === 'mobile' && !['4G', '5G'].includes(o.technology)) {
      ctx.addIssue({ code: 'custom', path: ['technology'], message: 'expected 4G or 5G for a mobile offer' });
    }
    if (o.validFrom && o.validUntil && o.validUntil < o.validFrom) {
      ctx.addIssue({ code: 'custom', path: ['validUntil'], message: 'expected a date on or after validFrom' });
    }
  });
export type Offer = z.infer<typeof offerSchema>;
