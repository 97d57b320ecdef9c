import { defineContentScript } from 'wxt/utils/define-content-script';
import { invoiceCapture } from '../../carrier-page/features/invoice-capture.ts';
import { startLoadedFeature } from '../../carrier-page/run-features.ts';

export default defineContentScript({
  // Not in the manifest: the background runs it in a carrier tab's frame once that page is an invoice list
  // (carrier-page/features/invoice-capture-loader.ts). No match patterns: the carrier hosts are already granted.
  registration: 'runtime',
  matches: [],
  main: () => startLoadedFeature('invoice-capture', invoiceCapture),
});
