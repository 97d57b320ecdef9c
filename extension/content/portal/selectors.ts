/**
 * Everything Sentinella knows about the carrier portals' markup and wording, in one place.
 * Features recognise things by meaning first (visible Italian text, headings, amounts, dates); the words
 * and the few structural hints below are what they look for. When a portal changes, this is the file to edit.
 */

/** Words and hints for the paid-extras spotlight (the line's options and services). */
export const servicesPage = {} as const;

/** Words and hints for the invoice archive (MyTIM "La Mia Fattura", TIM Business "Fatture"). */
export const invoicesPage = {} as const;
