import { defineContentScript } from 'wxt/utils/define-content-script';
import { startPanel } from '../../carrier-page/spotlight/start-panel.ts';

export default defineContentScript({
  // Not in the manifest: the background runs it in a carrier tab's frame when the spotlight there has
  // something to show (background/inject-script.ts). No match patterns: the carrier hosts are already granted.
  registration: 'runtime',
  matches: [],
  // Returned, so the injection settles once the panel is mounted.
  main: (ctx) => startPanel(ctx),
});
