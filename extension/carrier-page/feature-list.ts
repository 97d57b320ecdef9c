/**
 * Every content-script feature, in start order. To add one: a file in features/, a line here.
 * To remove one: delete both. Both heavy features are loaded on demand, each by a light loader listed here:
 * the invoice capture on invoice pages (invoice-capture-loader.ts), the paid-extras detector where a paid
 * extra may be shown (paid-extras-spotlight-loader.ts).
 */
import type { Feature } from './feature-types.ts';
import { invoiceCaptureLoader } from './features/invoice-capture-loader.ts';
import { paidExtrasSpotlightLoader } from './features/paid-extras-spotlight-loader.ts';

export const features: Feature[] = [invoiceCaptureLoader, paidExtrasSpotlightLoader];
