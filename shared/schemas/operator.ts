/** A carrier (operatore): who it is, where its customer portal lives, how to reach it. */
import { z } from 'zod';
import { source, sources } from './common.ts';

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

/** A host name as the manifest matches it: "www.iliad.it", or "*.tim.it" for every subdomain. */
const hostName = z.string().regex(/^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+$/, { error: 'expected a host name such as www.tim.it or *.tim.it' });

/** One web address of the customer area, and the public page that shows it. */
export const portalArea = z.strictObject({
  /** The host, one of `portal.hosts` (e.g. "www.iliad.it"). */
  host: hostName,
  /**
   * The path the customer area lives under when the same host also serves the carrier's shop and marketing
   * pages (e.g. "/account/" on www.iliad.it): the extension then runs only below it. Starts and ends with "/".
   * Left out when the whole host is the customer area (e.g. timbusiness.tim.it).
   */
  path: z.string().regex(/^\/([a-z0-9._-]+\/)+$/, { error: 'expected a path that starts and ends with "/", such as /account/' }).optional(),
  /** The public page (the carrier's help pages, a guide) that shows the customer area at this address, and when. */
  source,
});
export type PortalArea = z.infer<typeof portalArea>;

export const portalSchema = z
  .strictObject({
    /** Its name (e.g. "MyTIM"). */
    name: z.string().min(1),
    /** Its home page. */
    url: z.url(),
    /**
     * Host names the extension runs on (e.g. "www.tim.it", "*.tim.it"). Only HTTPS is ever matched.
     * Empty for carriers whose portal the extension does not support yet, or whose customer area is app-only.
     * Each host needs at least one entry in `areas` saying where a public source shows it.
     */
    hosts: z.array(hostName).default([]),
    /** Where each host (and path) comes from: one entry per address of the customer area, with its source. */
    areas: z.array(portalArea).default([]),
    /** True when the customer area exists only in the carrier's app: there is no web page to run on, so `hosts` is empty. */
    appOnly: z.boolean().default(false),
    /** A short Italian note on what is and is not supported, shown on the carrier's page (e.g. why a host is not listed yet). */
    note: z.string().optional(),
  })
  .superRefine((portal, ctx) => {
    portal.hosts.forEach((host, i) => {
      if (!portal.areas.some((a) => a.host === host)) {
        ctx.addIssue({ code: 'custom', path: ['hosts', i], message: `host "${host}" has no entry in portal.areas with the source that shows it` });
      }
    });
    portal.areas.forEach((area, i) => {
      if (!portal.hosts.includes(area.host)) {
        ctx.addIssue({ code: 'custom', path: ['areas', i, 'host'], message: `"${area.host}" is not listed in portal.hosts` });
      }
    });
    if (portal.appOnly && portal.hosts.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['appOnly'], message: 'an app-only customer area has no web hosts: empty portal.hosts or drop appOnly' });
    }
  });

export const operatorSchema = z.strictObject({
  /** The name customers know (e.g. "TIM", "TIM Business"). */
  name: z.string().min(1),
  /** The brands sold under this carrier, if more than the name (e.g. Wind and Tre for WindTre). */
  brands: z.array(z.string().min(1)).default([]),
  /** Consumer or business customers. */
  segment: z.enum(['consumer', 'business']).default('consumer'),
  /** The online customer area. */
  portal: portalSchema,
  /** Customer-service numbers. */
  customerService: z.array(contactNumber).default([]),
  /**
   * Free codes that switch off paid extras or block them. 800 44 22 99 may appear only as what it is: the Call
   * Center Unico for third-party premium subscriptions, never as a way to switch off the carrier's own options.
   */
  freeCodes: z.array(contactNumber).default([]),
  /** Whether the carrier blocks premium third-party services by default, in Italian, if known. */
  premiumBlock: z.string().optional(),
  /** Where these facts come from. */
  sources,
});
export type Operator = z.infer<typeof operatorSchema>;
