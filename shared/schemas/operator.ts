/** A carrier (operatore): who it is, where its customer portal lives, how to reach it. */
import { z } from 'zod';
import { sources } from './common.ts';

/** A phone number or SMS short code with what it is for. */
export const contactNumber = z.strictObject({
  /** The number as dialled, digits only or with spaces (e.g. "119", "800 44 22 99"). */
  number: z.string().regex(/^[0-9 +]+$/, { error: 'expected digits (spaces allowed)' }),
  /** What the number is for, in Italian (e.g. "Assistenza clienti mobile"). */
  label: z.string().min(1),
  /** Whether it is a call or an SMS code. */
  kind: z.enum(['call', 'sms']).default('call'),
  /** Whether calling or texting it is free of charge. */
  free: z.boolean().optional(),
});

export const operatorSchema = z.strictObject({
  /** The name customers know (e.g. "TIM", "TIM Business"). */
  name: z.string().min(1),
  /** The brands sold under this carrier, if more than the name (e.g. Wind and Tre for WindTre). */
  brands: z.array(z.string().min(1)).default([]),
  /** Consumer or business customers. */
  segment: z.enum(['consumer', 'business']).default('consumer'),
  /** The online customer area. */
  portal: z.strictObject({
    /** Its name (e.g. "MyTIM"). */
    name: z.string().min(1),
    /** Its home page. */
    url: z.url(),
    /**
     * Host names the extension runs on (e.g. "www.tim.it", "*.tim.it"). Only HTTPS is ever matched.
     * Empty for carriers whose portal the extension does not support yet.
     */
    hosts: z.array(z.string().regex(/^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+$/, { error: 'expected a host name such as www.tim.it or *.tim.it' })).default([]),
  }),
  /** Customer-service numbers. */
  customerService: z.array(contactNumber).default([]),
  /** Free codes that switch off paid extras or block them. */
  freeCodes: z.array(contactNumber).default([]),
  /** Whether the carrier blocks premium third-party services by default, in Italian, if known. */
  premiumBlock: z.string().optional(),
  /** Where these facts come from. */
  sources,
});
export type Operator = z.infer<typeof operatorSchema>;
