/**
 * Tells the page's own accessibility tree nothing and changes nothing visible: it records on <html>
 * that Sentinella is watching this carrier page (data-sentinella="active"), which the popup and the
 * browser tests use to know the content script runs here.
 */
import type { Feature } from '../feature.ts';

export const carrierPageMarker: Feature = {
  id: 'carrier-page-marker',
  start() {
    document.documentElement.setAttribute('data-sentinella', 'active');
  },
};
