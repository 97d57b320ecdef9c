/**
 * A price change a carrier announced to its existing customers (rimodulazione): who it concerns, when it
 * starts, how much it adds, until when the customer can leave without penalty, and every free way to leave
 * or to refuse it, with the written channel a withdrawal letter goes to.
 */
import { z } from 'zod';
import { datedSources, euros, isoDate, slug } from './common.ts';

const phone = z.string().regex(/^[0-9 +]+$/, { error: 'expected digits (spaces allowed)' });

/** A way to keep the old conditions without leaving (an SMS code, a reserved offer), when the carrier gives one. */
export const refuseWay = z.strictObject({
  /** What it does, in Italian, in one line (e.g. "Mantieni costo e contenuti con 2 Giga in più"). */
  label: z.string().min(1),
  /** The number to text or call. */
  number: phone.optional(),
  /** The text of the SMS, exactly as the carrier asks for it (e.g. "CONFERMO ON"). */
  smsText: z.string().min(1).optional(),
  /** The last day the way works, if the source gives one. */
  by: isoDate.optional(),
});
export type RefuseWay = z.infer<typeof refuseWay>;

/** A free way to withdraw from the contract (or move to another carrier) without penalty. */
export const withdrawWay = z.strictObject({
  /** How: the customer area, a phone call, a PEC, a registered letter, a shop, an online form. */
  method: z.enum(['portal', 'call', 'pec', 'post', 'store', 'form'], { error: 'expected one of: portal, call, pec, post, store, form' }),
  /** What to do, in Italian, in one line. */
  label: z.string().min(1),
  /** The number to call (method call). */
  number: phone.optional(),
  /** The PEC address (method pec). */
  pec: z.email({ error: 'expected an e-mail address such as recesso@pec.example.it' }).optional(),
  /** The postal address, on one line (method post). */
  address: z.string().min(10).optional(),
});
export type WithdrawWay = z.infer<typeof withdrawWay>;

export const priceChangeSchema = z
  .strictObject({
    /** A short Italian title: carrier, lines and what changes (e.g. "TIM mobile: +1,99 € al mese da marzo 2025"). */
    title: z.string().min(1),
    /** The carrier id (a file name in content/operators without .md). */
    carrier: slug,
    /** Which lines it concerns: fixed (home) lines, mobile lines, or both. */
    lines: z.array(z.enum(['fixed', 'mobile'], { error: 'expected fixed or mobile' })).min(1, { error: 'expected fixed, mobile or both' }),
    /** Which customers and offers, in Italian, as the sources say (e.g. "alcune offerte ricaricabili non più in vendita"). */
    customers: z.string().min(1),
    /** How and from when customers were told (e.g. "SMS personalizzato dal 12 gennaio 2026"), if the sources say. */
    notice: z.string().min(1).optional(),
    /** The day the first notices went out, if known, YYYY-MM-DD. */
    announced: isoDate.optional(),
    /** The day the new price applies (the first charge on or after it), YYYY-MM-DD. */
    effective: isoDate,
    /**
     * How much it adds, in euros, as the sources give it: one amount, or a range from min to max. Leave it out
     * when the sources do not give the amount (each customer's notice says it): pages then say so.
     */
    increase: z
      .strictObject({
        /** The increase, or the lower end of the range, in euros. */
        min: euros,
        /** The upper end of the range, in euros, when the amount depends on the offer. */
        max: euros.optional(),
        /** month: added to every monthly charge; one-off: a single charge (e.g. a higher exit cost). */
        period: z.enum(['month', 'one-off'], { error: 'expected month or one-off' }).default('month'),
      })
      .refine((i) => i.max === undefined || i.max >= i.min, { error: 'expected max to be at least min', path: ['max'] })
      .optional(),
    /** What comes with it (more Giga, 5G), in Italian, one item each. */
    comesWith: z.array(z.string().min(1)).default([]),
    /**
     * The last day to withdraw or move without penalty, YYYY-MM-DD, as the sources give it. When they give only
     * the rule (60 days from the customer's notice), count from the first notice and say so in deadlineNote.
     */
    deadline: isoDate,
    /** A note on the deadline, in Italian, when it depends on the customer (e.g. "60 giorni dall'SMS ricevuto"). */
    deadlineNote: z.string().min(1).optional(),
    /** Ways to keep the old price or content without leaving, when the carrier offers them. */
    refuse: z.array(refuseWay).default([]),
    /** Every free way to withdraw the sources give; at least one. */
    withdraw: z.array(withdrawWay).min(1, { error: 'expected at least one way to withdraw' }),
    /** Where the ready withdrawal letter is addressed: one of the written channels listed in `withdraw`. */
    letter: z.strictObject({
      /** The addressee as the letter prints it (e.g. "TIM S.p.A. – Servizio Clienti"). */
      to: z.string().min(1),
      /** The PEC address the letter is sent to, if any. */
      pec: z.email({ error: 'expected an e-mail address such as recesso@pec.example.it' }).optional(),
      /** The postal address for a registered letter, if any. */
      address: z.string().min(10).optional(),
      /** The subject line the carrier asks for (e.g. "Modifica delle condizioni contrattuali"). */
      subject: z.string().min(1),
    }),
    /** Where every fact above comes from, with the day each source says it held and the day it was checked. */
    sources: datedSources,
  })
  .superRefine((c, ctx) => {
    if (c.announced && c.deadline < c.announced) {
      ctx.addIssue({ code: 'custom', path: ['deadline'], message: 'expected a deadline on or after the announcement' });
    }
    if (!c.letter.pec && !c.letter.address) {
      ctx.addIssue({ code: 'custom', path: ['letter'], message: 'expected a pec or an address for the withdrawal letter' });
    }
    const pecs = new Set(c.withdraw.map((w) => w.pec?.toLowerCase()).filter(Boolean));
    const addresses = new Set(c.withdraw.map((w) => w.address).filter(Boolean));
    if (c.letter.pec && !pecs.has(c.letter.pec.toLowerCase())) {
      ctx.addIssue({ code: 'custom', path: ['letter', 'pec'], message: 'expected the letter\'s PEC to be one of the withdraw ways (method pec)' });
    }
    if (c.letter.address && !addresses.has(c.letter.address)) {
      ctx.addIssue({ code: 'custom', path: ['letter', 'address'], message: 'expected the letter\'s address to be one of the withdraw ways (method post)' });
    }
    c.withdraw.forEach((w, i) => {
      if (w.method === 'pec' && !w.pec) ctx.addIssue({ code: 'custom', path: ['withdraw', i, 'pec'], message: 'expected the PEC address for a pec way' });
      if (w.method === 'post' && !w.address) ctx.addIssue({ code: 'custom', path: ['withdraw', i, 'address'], message: 'expected the postal address for a post way' });
      if (w.method === 'call' && !w.number) ctx.addIssue({ code: 'custom', path: ['withdraw', i, 'number'], message: 'expected the number to call' });
    });
  });
export type PriceChange = z.infer<typeof priceChangeSchema>;
