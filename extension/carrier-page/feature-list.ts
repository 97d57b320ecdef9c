/**
 * Every content-script feature, in start order. To add one: a file in features/, a line here.
 * To remove one: delete both. The invoice capture itself is loaded on demand (see invoice-capture-loader.ts).
 */
import type { Feature } from './feature-types.ts';
import { invoiceCaptureLoader } from './features/invoice-capture-loader.ts';
import { paidExtrasSpotlight } from './features/paid-extras-spotlight.ts';

export const features: Feature[] = [invoiceCaptureLoader, paidExtrasSpotlight];
