/** A paid extra (servizio a pagamento, VAS) that a carrier may switch on for its customers. */
import { z } from 'zod';
import { datedSources, euros, isoDate, period, slug } from './common.ts';

/** One price seen for the service, with its source: sources over the years may disagree. */
export const servicePrice = z
  .strictObject({
  /** The amount in euros (the lower end when sources give a range). */
  amount: euros,
  /** The upper end of a range, in euros, when sources give one (e.g. 1.49 to 2.49). */
  amountMax: euros.optional(),
  /** How often it is charged. */
  period,
  /** When this price applied, as sources say it (e.g. "2018", "dal 2019"). */
  when: z.string().optional(),
  /** A short Italian note (e.g. "per 200 MB, fino a 1 GB"). */
  note: z.string().optional(),
  /** The page this price was read on. */
  source: z.url({ error: 'expected a full web address (https://...)' }),
  /** The day on which the source says this price held (its publication date), YYYY-MM-DD: staleness counts from it. */
  asOf: isoDate,
  /** The day an editor last checked this price against the source, YYYY-MM-DD. */
  checked: isoDate,
  })
  .refine((p) => p.asOf <= p.checked, { error: 'expected asOf on or before checked: a source cannot be read before it says the price held', path: ['asOf'] });
export type ServicePrice = z.infer<typeof servicePrice>;

/** A way to switch the service off. */
export const switchOffWay = z.strictObject({
  /** Through the portal or app, by SMS code, or by a phone call. */
  method: z.enum(['portal', 'app', 'sms', 'call']),
  /** What to do, in Italian, in one line (e.g. "Invia un SMS con testo NO al 40920"). */
  label: z.string().min(1),
  /** The number to call or text, if any. */
  number: z.string().regex(/^[0-9 +]+$/, { error: 'expected digits (spaces allowed)' }).optional(),
  /** The text of the SMS, if the code needs one. */
  smsText: z.string().optional(),
  /** Steps in Italian, for portal and app ways. */
  steps: z.array(z.string().min(1)).default([]),
  /** What it costs, in euros; 0 for free ways. */
  cost: euros.default(0),
  /** A short Italian note on the cost or the way (e.g. "addebito dal credito residuo"). */
  note: z.string().optional(),
});
export type SwitchOffWay = z.infer<typeof switchOffWay>;

export const serviceSchema = z.strictObject({
  /** The name as the carrier uses it now (e.g. "TIM Prime Go"). */
  name: z.string().min(1),
  /** The carrier id (a file name in content/operators without .md). */
  carrier: slug,
  /** Other names and spellings under which it appears on a portal or an invoice (e.g. "TIM Prime", "Lo Sai"). */
  aliases: z.array(z.string().min(1)).default([]),
  /** What the service does, in one Italian sentence. */
  summary: z.string().min(1),
  /** Prices seen over time, newest first; the first is the reference price. */
  prices: z.array(servicePrice).min(1, { error: 'expected at least one price' }),
  /** Whether the carrier switches it on by default (e.g. on new SIMs). */
  onByDefault: z.boolean(),
  /** Which lines it concerns. */
  lines: z.array(z.enum(['mobile', 'fixed', 'business'])).min(1).default(['mobile']),
  /**
   * Ways to switch it off; free ones are shown first. Never 800 44 22 99: that number is the industry's Call
   * Center Unico for third-party premium subscriptions (CASP 4.0, Delibera 108/19/CONS) and does not switch
   * off a carrier's own option.
   */
  switchOff: z
    .array(switchOffWay)
    .min(1, { error: 'expected at least one way to switch it off' })
    .superRefine((ways, ctx) => {
      ways.forEach((w, i) => {
        const digits = `${w.number ?? ''} ${w.label}`.replace(/\D/g, '');
        if (digits.includes('800442299')) {
          ctx.addIssue({ code: 'custom', path: [i], message: "800 44 22 99 does not switch off a carrier's own option (it is the Call Center Unico for third-party premium subscriptions): list the portal and the carrier's free codes instead" });
        }
      });
    }),
  /** Sources for the facts that are not prices, each with the day it says they held (asOf) and the day it was checked. */
  sources: datedSources,
});
export type Service = z.infer<typeof serviceSchema>;
