/** A fixed or mobile offer, as the carrier published it, for the honest comparison. */
import { z } from 'zod';
import { datedSource, euros, isoDate, slug } from './common.ts';

/** A one-off cost that may be spread over monthly instalments. */
export const spreadCost = z.strictObject({
  /** The whole amount in euros. */
  amount: euros,
  /** Over how many monthly instalments it is charged; 1 means all at once. */
  instalments: z.number().int().min(1).default(1),
});

/**
 * The 5G label of AGCOM Delibera 106/25/CONS (in force for offers from about November 2025): a square mark
 * that says how fast the 5G of the offer can go.
 */
export const fiveGLabel = z.strictObject({
  /**
   * green: no speed cap, the label shows the top speed the network allows; yellow: capped at 20 Mbit/s or
   * more; red: capped below 20 Mbit/s.
   */
  color: z.enum(['green', 'yellow', 'red'], { error: 'expected green, yellow or red' }),
  /** The top download speed the label shows, in Mbit/s (green labels). */
  maxMbps: z.number().positive().optional(),
  /** The speed cap in Mbit/s (yellow and red labels). */
  capMbps: z.number().positive().optional(),
});
export type FiveGLabel = z.infer<typeof fiveGLabel>;

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
    /** Who can take it: consumer (privati) or business (partite IVA e aziende). Business offers are never ranked with consumer ones. */
    customers: z.enum(['consumer', 'business'], { error: 'expected consumer or business' }).default('consumer'),
    /** Whether the prices include VAT (IVA) as published: consumer prices always do; business ones often do not. */
    vat: z.enum(['included', 'excluded'], { error: 'expected included or excluded' }).default('included'),
    /** The 5G label of Delibera 106/25/CONS, when the carrier published one (5G offers only). */
    fiveGLabel: fiveGLabel.optional(),
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
    /** Where the offer was published, the day the source says it held (asOf) and the day an editor checked it. */
    source: datedSource,
    /** Other sources for figures the main one leaves out (a SIM cost, an exit cost), each dated the same way. */
    moreSources: z.array(datedSource).default([]),
  })
  .superRefine((o, ctx) => {
    if (o.kind === 'fixed' && !['FTTH', 'FTTC', 'FWA', 'ADSL'].includes(o.technology)) {
      ctx.addIssue({ code: 'custom', path: ['technology'], message: 'expected FTTH, FTTC, FWA or ADSL for a fixed offer' });
    }
    if (o.kind === 'mobile' && !['4G', '5G'].includes(o.technology)) {
      ctx.addIssue({ code: 'custom', path: ['technology'], message: 'expected 4G or 5G for a mobile offer' });
    }
    if (o.customers === 'consumer' && o.vat === 'excluded') {
      ctx.addIssue({ code: 'custom', path: ['vat'], message: 'expected included: prices for consumers are published with VAT (set customers: business for an ex-VAT business offer)' });
    }
    if (o.fiveGLabel) {
      const l = o.fiveGLabel;
      if (o.technology !== '5G') ctx.addIssue({ code: 'custom', path: ['fiveGLabel'], message: 'expected a 5G label only on a 5G offer' });
      if (l.color === 'green' && l.maxMbps === undefined) ctx.addIssue({ code: 'custom', path: ['fiveGLabel', 'maxMbps'], message: 'expected the top speed in Mbit/s that a green label shows' });
      if (l.color === 'green' && l.capMbps !== undefined) ctx.addIssue({ code: 'custom', path: ['fiveGLabel', 'capMbps'], message: 'expected no cap on a green label (green means not capped)' });
      if (l.color !== 'green' && l.capMbps === undefined) ctx.addIssue({ code: 'custom', path: ['fiveGLabel', 'capMbps'], message: `expected the speed cap in Mbit/s that a ${l.color} label shows` });
      if (l.color === 'yellow' && l.capMbps !== undefined && l.capMbps < 20) ctx.addIssue({ code: 'custom', path: ['fiveGLabel', 'capMbps'], message: 'expected a cap of 20 Mbit/s or more on a yellow label (below 20 the label is red)' });
      if (l.color === 'red' && l.capMbps !== undefined && l.capMbps >= 20) ctx.addIssue({ code: 'custom', path: ['fiveGLabel', 'capMbps'], message: 'expected a cap below 20 Mbit/s on a red label (20 or more is yellow)' });
    }
    if (o.validFrom && o.validUntil && o.validUntil < o.validFrom) {
      ctx.addIssue({ code: 'custom', path: ['validUntil'], message: 'expected a date on or after validFrom' });
    }
  });
export type Offer = z.infer<typeof offerSchema>;
