/**
 * The consumer rules Sentinella quotes on both faces (content/rules/diritti.md): how long a customer has to ask
 * for a refund of a paid service never asked for, where a dispute goes next, and the right to leave when a
 * carrier changes the contract. One file, so a change in the law is written once and reaches the site's pages,
 * the spotlight panel and the archive page at the next build.
 */
import { z } from 'zod';
import { datedSources } from './common.ts';

export const rulesSchema = z.strictObject({
  /** Money back for a paid service (premium content, third-party subscription) the customer never asked for. */
  refund: z.strictObject({
    /**
     * Months the customer has to ask the carrier or the provider for a refund, counted from the charge (a single
     * purchase) or from the day the subscription was switched off.
     */
    months: z.number().int().positive(),
    sources: datedSources,
  }),
  /** The free conciliation a customer opens when the carrier rejects a written complaint or does not answer. */
  conciliation: z.strictObject({
    /** The platform's name as customers know it (e.g. "ConciliaWeb"). */
    name: z.string().min(1),
    /** Its home page, linked from the panel and the archive. */
    url: z.url({ error: 'expected a full web address (https://...)' }),
    sources: datedSources,
  }),
  /** Leaving without penalty when a carrier changes the contract on its own (rimodulazione). */
  withdrawal: z.strictObject({
    /** Days the customer has to withdraw or move to another carrier, counted from the carrier's notice. */
    days: z.number().int().positive(),
    /** The article granting the right, in Italian, as a withdrawal letter cites it. */
    article: z.string().min(1),
    sources: datedSources,
  }),
});
export type Rules = z.infer<typeof rulesSchema>;
