import { defineContentScript } from 'wxt/utils/define-content-script';
import { paidExtrasSpotlight } from '../../carrier-page/features/paid-extras-spotlight.ts';
import { startLoadedFeature } from '../../carrier-page/run-features.ts';

export default defineContentScript({
  // Not in the manifest: the background runs it in a carrier tab's frame once that page shows something a paid
  // extra's row starts from (carrier-page/features/paid-extras-spotlight-loader.ts). No match patterns: the
  // carrier hosts are already granted.
  registration: 'runtime',
  matches: [],
  main: () => startLoadedFeature('paid-extras-spotlight', paidExtrasSpotlight),
});
