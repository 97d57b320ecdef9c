/**
 * /cerca/ searches in Web Workers over the index built at build time: the page's own scripts carry no fuse.js,
 * the index file is already an index (Fuse.createIndex), results come back from the workers as readers type,
 * and without the worker the box says search is unavailable instead of freezing the page.
 * Run after `npm run build:site` (SENTINELLA_SITE_DIR points at another build).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { chromiumOrSkip } from '../support/browser.ts';
import { launchPlain } from '../support/launch.ts';
import { SITE_DIR, startSite } from '../support/site-server.ts';
import { resolveFile } from '../support/static-files.ts';

const chrome = chromiumOrSkip();
const SITE = process.env.SENTINELLA_SITE_DIR ?? SITE_DIR;
// A name fuse.js keeps in any build: its option for token search.
const FUSE_MARK = 'useTokenSearch';

describe('search from the worker', { skip: chrome.skip }, () => {
  let browser: Browser;
  let site: Awaited<ReturnType<typeof startSite>>;
  before(async () => {
    site = await startSite(0, SITE);
    browser = await launchPlain(chrome.path!);
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });

  test('the index file is a prebuilt fuse.js index beside the documents results show', () => {
    const file = JSON.parse(readFileSync(resolveFile(SITE, '/cerca/indice.json')!, 'utf8'));
    assert.ok(Array.isArray(file.docs) && file.docs.length > 0);
    assert.ok(Array.isArray(file.index.keys) && Array.isArray(file.index.records));
    assert.equal(file.index.records.length, file.docs.length);
  });

  test('typing finds results through workers; fuse.js runs only there, never in the page', async () => {
    const context = await browser.newContext({ locale: 'it-IT' });
    const page = await context.newPage();
    const workers: string[] = [];
    const pageScripts: string[] = [];
    const errors: string[] = [];
    page.on('worker', (w) => workers.push(new URL(w.url()).pathname));
    page.on('request', (r) => {
      if (r.resourceType() === 'script' && r.frame() === page.mainFrame()) pageScripts.push(new URL(r.url()).pathname);
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${site.url}/cerca/`);
    await page.waitForSelector('.site-search[data-state="ready"]');
    assert.ok(workers.length >= 1, 'at least one search worker started');
    for (const w of workers) assert.match(w, /search\.worker/);
    for (const w of new Set(workers)) assert.ok(readFileSync(resolveFile(SITE, w)!, 'utf8').includes(FUSE_MARK), `${w} carries fuse.js`);
    for (const s of pageScripts.filter((s) => !workers.includes(s))) {
      assert.ok(!readFileSync(resolveFile(SITE, s)!, 'utf8').includes(FUSE_MARK), `${s}, loaded by the page, carries fuse.js`);
    }

    await page.locator('#cerca-q').pressSequentially('prme go', { delay: 15 });
    await page.waitForSelector('.site-search[data-answered="prme go"]');
    const first = page.locator('.search-results li a').first();
    assert.equal(await first.getAttribute('href'), '/servizi-a-pagamento/tim-prime-go/');
    // A newer query replaces the answer to an older one.
    await page.locator('#cerca-q').fill('lo sai chiamate perse');
    await page.waitForSelector('.site-search[data-answered="lo sai chiamate perse"]');
    assert.match(await page.locator('.search-results li a').first().innerText(), /LoSai/);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('without its worker the search says it is unavailable', async () => {
    const context = await browser.newContext({ locale: 'it-IT' });
    await context.route(/search\.worker/, (route) => route.abort());
    const page = await context.newPage();
    await page.goto(`${site.url}/cerca/?q=prime`);
    await page.waitForSelector('.site-search[data-state="error"]');
    assert.match(await page.locator('.search-status').innerText(), /non è disponibile/);
    await context.close();
  });
});
