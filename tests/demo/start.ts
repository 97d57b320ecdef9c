/**
 * `npm start`: builds both faces, serves the site and the demo carrier portal (the test fixtures),
 * and tells how to load the extension. Ports: SITE_PORT (4321) and PORTAL_PORT (8443).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { startSite } from '../support/site-server.ts';
import { startPortal } from '../support/portal-server.ts';
import { serveInvoiceDocuments } from '../support/invoice-documents.ts';
import { findChromium } from '../support/browser.ts';

const ROOT = join(import.meta.dirname, '..', '..');

if (!process.argv.includes('--no-build')) {
  const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const site = await startSite(Number(process.env.SITE_PORT ?? 4321));
const portal = await startPortal(Number(process.env.PORTAL_PORT ?? 8443));
serveInvoiceDocuments(portal);
const extension = join(ROOT, '.output', 'chrome-mv3');
const chrome = findChromium() ?? 'chromium';

console.log(`
Sentinella is running.

  Site:          ${site.url}/
  Demo portal:   ${portal.origin('www.tim.it')}/  (TIM pages from tests/fixtures/portal, on 127.0.0.1)
  Extension:     ${extension}

Load the extension:
  Chrome/Chromium: open chrome://extensions, switch on "Developer mode", "Load unpacked", choose the folder above.
  Firefox:         about:debugging → This Firefox → "Load Temporary Add-on" → .output/firefox-mv2/manifest.json

The demo portal answers under the carriers' real host names, so open it in a browser that maps them here:
  ${chrome} --user-data-dir=/tmp/sentinella-demo \\
    --host-resolver-rules="MAP *.tim.it 127.0.0.1, EXCLUDE localhost" --ignore-certificate-errors \\
    --load-extension=${extension} ${portal.origin('www.tim.it')}/

Press Ctrl+C to stop.`);

const stop = async () => {
  await Promise.all([site.close(), portal.close()]);
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
