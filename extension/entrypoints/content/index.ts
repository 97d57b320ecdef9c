import { defineContentScript } from 'wxt/utils/define-content-script';
import { features } from '../../carrier-page/feature-list.ts';
import { runFeatures } from '../../carrier-page/run-features.ts';

export default defineContentScript({
  // Replaced at build time by the carrier hosts in content/operators (see wxt.config.ts).
  matches: ['https://www.tim.it/*'],
  runAt: 'document_idle',
  main(ctx) {
    void runFeatures(ctx, features);
  },
});
