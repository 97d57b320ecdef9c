/** A paid extra (servizio a pagamento, VAS) that a carrier may switch on for its customers. */
import { z } from 'zod';
import { euros, isoDate, period, slug, sources } from './common.ts';

/** One price seen for the service, with its source: sources over the years may disagree. */
export const servicePrice = z.strictObject({
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
  /** The day this price was published or checked, YYYY-MM-DD. */
  checked: isoDate,
});
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
  /** Ways to switch it off; free ones are shown first. */
  switchOff: z.array(switchOffWay).min(1, { error: 'expected at least one way to switch it off' }),
  /** Sources for the facts that are not prices. */
  sources,
});
export type Service = z.infer<typeof serviceSchema>;
