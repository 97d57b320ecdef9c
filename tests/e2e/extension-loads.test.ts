/**
 * The pipeline: the built extension loads in Chromium and in Firefox ESR and runs on a carrier page served
 * under its real host name, only there, asking only for storage (and scripting in Chromium) and the carrier hosts of content/operators.
 */
import { after, before, describe, test } from 'node:test';
import { READY_ATTR } from '../../extension/carrier-page/run-features.ts';
import assert from 'node:assert/strict';
import { extensionTargets, type ExtensionBrowser } from '../support/browsers.ts';
import { carrierHosts, isCarrierHost } from '../support/carrier-hosts.ts';
import { startPortal, type PortalServer } from '../support/portal-server.ts';

for (const target of extensionTargets()) {
  describe(`built extension on a carrier page, in ${target.label}`, { skip: target.skip }, () => {
    let portal: PortalServer;
    let browser: ExtensionBrowser;
    before(async () => {
      portal = await startPortal();
      browser = await target.launch();
    });
    after(async () => {
      await browser?.close();
      await portal?.close();
    });

    test('the content script runs on https://www.tim.it and finishes its first pass', async () => {
      const page = await browser.newPage();
      await page.goto(`${portal.origin('www.tim.it')}/`);
      await page.waitForSelector(`html[${READY_ATTR}]`, { timeout: 10_000 });
      assert.equal(await page.title(), 'TIM | Offerte Fibra, Mobile e Smartphone');
      await page.close();
    });

    test('the content script does not run on a host that is not a carrier portal', async () => {
      // First the same page on a carrier host, timed: the script runs there and says so within `took` ms.
      const page = await browser.newPage();
      const started = Date.now();
      await page.goto(`${portal.origin('www.tim.it')}/`);
      await page.waitForSelector(`html[${READY_ATTR}]`, { timeout: 10_000 });
      const took = Date.now() - started;
      // Then the same file from localhost: given several times as long, it never says so.
      await page.goto(`https://localhost:${portal.port}/`);
      await page.waitForTimeout(Math.max(1_000, 3 * took));
      assert.equal(await page.getAttribute('html', READY_ATTR), null);
      await page.close();
    });

    test("extension pages run their own scripts only and connect nowhere, not even to a carrier host they may read", async () => {
      const page = await browser.newPage();
      await page.goto(browser.extensionUrl('archive.html'));
      await page.waitForSelector('h1');
      const manifest: { content_security_policy?: string | { extension_pages?: string } } = await page.evaluate(() => (globalThis as any).chrome.runtime.getManifest());
      const csp = typeof manifest.content_security_policy === 'string' ? manifest.content_security_policy : manifest.content_security_policy?.extension_pages;
      assert.match(csp ?? '', /script-src 'self';/);
      assert.match(csp ?? '', /object-src 'none'/);
      const before = portal.requests.length;
      const outcome = await page.evaluate(async (url) => {
        try {
          await fetch(url);
          return 'fetched';
        } catch (error) {
          return `refused: ${(error as Error).name}`;
        }
      }, `${portal.origin('www.tim.it')}/`);
      assert.match(outcome, /^refused/);
      assert.equal(portal.requests.length, before);
      await page.close();
    });

    test('the manifest asks only for storage, the carrier hosts and, in Chromium, scripting and offscreen', async () => {
      const page = await browser.newPage();
      await page.goto(browser.extensionUrl('popup.html'));
      const manifest: { manifest_version: number; permissions?: string[]; host_permissions?: string[] } = await page.evaluate(() => (globalThis as any).chrome.runtime.getManifest());
      // Manifest V2 (Firefox) lists host patterns among the permissions; V3 (Chromium) apart.
      const all = [...(manifest.permissions ?? []), ...(manifest.host_permissions ?? [])];
      const patterns = all.filter((p) => p.includes('://'));
      // Chromium (MV3) also needs scripting, to run the spotlight panel's script only when there is something to show,
      // and offscreen, for the document where the detector reads a copy of the page off its main thread.
      assert.deepEqual(all.filter((p) => !p.includes('://')), manifest.manifest_version === 3 ? ['storage', 'scripting', 'offscreen'] : ['storage']);
      assert.ok(patterns.length > 0);
      for (const pattern of patterns) {
        // A customer area under a path of a wider host is matched only below it ("https://www.iliad.it/account/*").
        const m = /^https:\/\/([^/]+)\/(?:[a-z0-9._-]+\/)*\*$/.exec(pattern);
        assert.ok(m && carrierHosts().includes(m[1]!), `${pattern} is not a carrier host of content/operators`);
      }
      // Every carrier host is covered by one of them.
      const hosts = patterns.map((p) => /^https:\/\/([^/]+)\//.exec(p)![1]!);
      for (const host of carrierHosts()) assert.ok(isCarrierHost(host.replace(/^\*\./, 'x.'), hosts), `${host} has no host permission`);
      await page.getByText('Portali supportati').waitFor();
      await page.close();
    });
  });
}
