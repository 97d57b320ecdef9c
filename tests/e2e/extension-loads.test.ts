/** The pipeline: the built extension loads in Chromium and runs on a TIM page served under its real host name. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { chromiumOrSkip } from '../support/browser.ts';
import { launchWithExtension, type ExtensionSession } from '../support/launch.ts';
import { startPortal, type PortalServer } from '../support/portal-server.ts';

const chrome = chromiumOrSkip();

describe('built extension on a carrier page', { skip: chrome.skip }, () => {
  let portal: PortalServer;
  let session: ExtensionSession;
  before(async () => {
    portal = await startPortal();
    session = await launchWithExtension(chrome.path!);
  });
  after(async () => {
    await session?.close();
    await portal?.close();
  });

  test('the content script runs on https://www.tim.it and marks the page', async () => {
    const page = await session.context.newPage();
    await page.goto(`${portal.origin('www.tim.it')}/`);
    await page.waitForSelector('html[data-sentinella="active"]', { timeout: 10_000 });
    assert.equal(await page.title(), 'TIM | Offerte Fibra, Mobile e Smartphone');
  });

  test('the content script does not run on a host that is not a carrier portal', async () => {
    const page = await session.context.newPage();
    await page.goto(`https://localhost:${portal.port}/`);
    await page.waitForTimeout(500);
    assert.equal(await page.getAttribute('html', 'data-sentinella'), null);
  });

  test('the manifest asks only for storage and the carrier hosts', async () => {
    const page = await session.context.newPage();
    await page.goto(session.extensionUrl('popup.html'));
    const manifest: { permissions?: string[]; host_permissions?: string[] } = await page.evaluate(() => (globalThis as any).chrome.runtime.getManifest());
    assert.deepEqual(manifest.permissions, ['storage']);
    assert.ok(manifest.host_permissions!.length > 0);
    for (const pattern of manifest.host_permissions!) assert.match(pattern, /^https:\/\/([*a-z0-9-]+\.)*tim\.it\/\*$/);
    await page.getByText('Portali supportati').waitFor();
  });
});
