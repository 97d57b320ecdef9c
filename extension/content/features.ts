/**
 * Every content-script feature, in start order. To add one: a file in features/, a line here.
 * To remove one: delete both.
 */
import type { Feature } from './feature.ts';
import { carrierPageMarker } from './features/carrier-page-marker.ts';
import { invoiceCapture } from './features/invoice-capture.ts';
import { paidExtrasSpotlight } from './features/paid-extras-spotlight.ts';

export const features: Feature[] = [carrierPageMarker, invoiceCapture, paidExtrasSpotlight];
