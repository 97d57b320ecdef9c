import { defineContentScript } from 'wxt/utils/define-content-script';
import { features } from '../../content/features.ts';
import { runFeatures } from '../../content/run-features.ts';

export default defineContentScript({
  // Replaced at build time by the carrier hosts in content/operators (see wxt.config.ts).
  matches: ['https://www.tim.it/*'],
  runAt: 'document_idle',
  main(ctx) {
    void runFeatures(ctx, features);
  },
});
