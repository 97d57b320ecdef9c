/**
 * /rincari/ and the price-change pages on the built site, in Chromium: the open changes first, each with
 * data-price-change-id, data-effective and data-deadline and the days left as of the build day; each page's
 * ready letter addressed to that carrier's PEC and postal address from content/price-changes; the RSS feed;
 * the guides on price changes and on leaving TIM linking to /rincari/; and every built page that names
 * 800 44 22 99 saying what it covers. Run after `npm run build:site`. SENTINELLA_SITE_DIR points elsewhere.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { chromiumOrSkip } from '../support/browser.ts';
import { launchPlain } from '../support/launch.ts';
import { SITE_DIR as BUILT_SITE, startSite } from '../support/site-server.ts';
import { loadContent } from '../../shared/catalog/load.ts';
import { daysLeft, isOpen, orderPriceChanges } from '../../shared/price-changes.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const AXE = join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');
const SITE_DIR = process.env.SENTINELLA_SITE_DIR ?? BUILT_SITE;
const chrome = chromiumOrSkip();
const content = loadContent(process.env.SENTINELLA_CONTENT_ROOT ?? ROOT);

/** The build day /rincari/ states. */
function buildDay(): string {
  const html = readFileSync(join(SITE_DIR, 'rincari', 'index.html'), 'utf8');
  const m = /restano al <time datetime="(\d{4}-\d{2}-\d{2})"/.exec(html);
  assert.ok(m, '/rincari/ states the day its days-left count from');
  return m[1]!;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? htmlFiles(p) : name.endsWith('.html') ? [p] : [];
  });
}

const visibleText = (html: string) =>
  html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/&nbsp;|\s+/g, ' ');

describe('built pages and the 800 number', () => {
  test('every page that names 800 44 22 99 says it covers third-party subscriptions', () => {
    const pages = htmlFiles(SITE_DIR).filter((f) => /800[\s ]?44[\s ]?22[\s ]?99|tel:800442299/.test(readFileSync(f, 'utf8')));
    assert.ok(pages.length > 5, 'the number appears on the site');
    for (const file of pages) {
      const text = visibleText(readFileSync(file, 'utf8'));
      assert.match(text, /terze parti|terzi/, `${file.slice(SITE_DIR.length)} names the number without saying what it covers`);
    }
  });
  test('the guides on price changes and on leaving TIM link to /rincari/', () => {
    for (const slug of ['rimodulazione-e-recesso', 'lasciare-tim']) {
      assert.match(readFileSync(join(SITE_DIR, 'guide', slug, 'index.html'), 'utf8'), /href="\/rincari\/"/, slug);
    }
  });
  test('the RSS feed lists every price change with its page', () => {
    const rss = readFileSync(join(SITE_DIR, 'rincari', 'rss.xml'), 'utf8');
    for (const c of content.priceChanges) assert.ok(rss.includes(`/rincari/${c.id}/`), c.id);
  });
});

describe('/rincari/ in Chromium', { skip: chrome.skip }, () => {
  let browser: Browser;
  let site: Awaited<ReturnType<typeof startSite>>;
  before(async () => {
    site = await startSite(0, SITE_DIR);
    browser = await launchPlain(chrome.path!);
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });

  test('open changes first (nearest deadline first), then past ones; each with its ISO dates and days left', async () => {
    const day = buildDay();
    const page = await browser.newPage({ locale: 'it-IT' });
    await page.goto(`${site.url}/rincari/`);
    const items: Record<string, string | undefined>[] = await page.$$eval('[data-price-change-id]', (els) => els.map((e) => ({ ...(e as HTMLElement).dataset, text: e.textContent ?? '' })));
    const expected = orderPriceChanges(content.priceChanges, day);
    assert.deepEqual(items.map((i) => i.priceChangeId), expected.map((c) => c.id));
    for (const [i, c] of expected.entries()) {
      assert.equal(items[i]!.effective, c.data.effective);
      assert.equal(items[i]!.deadline, c.data.deadline);
      assert.equal(Number(items[i]!.daysLeft), daysLeft(c.data, day));
      assert.match(items[i]!.text!, isOpen(c.data, day) ? /Mancan?o? \d+ giorn|Ultimo giorno/ : /Termine scaduto il/);
    }
    await page.close();
  });

  test('/rincari/ and a change page have no serious accessibility problems (axe-core)', async () => {
    const page = await browser.newPage({ locale: 'it-IT' });
    for (const path of ['/rincari/', `/rincari/${content.priceChanges[0]!.id}/`]) {
      await page.goto(site.url + path);
      await page.addScriptTag({ path: AXE });
      const found: { id: string; impact: string }[] = await page.evaluate(async () => {
        const r = await (globalThis as any).axe.run(document, { resultTypes: ['violations'] });
        return r.violations.map((v: any) => ({ id: v.id, impact: v.impact }));
      });
      assert.deepEqual(found.filter((v) => v.impact === 'serious' || v.impact === 'critical'), [], path);
    }
    await page.close();
  });

  test('each change page has the steps, the free ways and a letter to its own PEC and address', async () => {
    const page = await browser.newPage({ locale: 'it-IT' });
    for (const c of content.priceChanges) {
      await page.goto(`${site.url}/rincari/${c.id}/`);
      assert.equal(await page.locator(`article[data-price-change-id="${c.id}"]`).count(), 1);
      assert.equal(await page.locator('[data-withdraw-method]').count(), c.data.withdraw.length, c.id);
      const letter = (await page.locator('pre[data-letter]').textContent())!;
      assert.ok(letter.includes(`Spett.le ${c.data.letter.to}`), c.id);
      if (c.data.letter.pec) assert.ok(letter.includes(`PEC: ${c.data.letter.pec}`), `${c.id} letter PEC`);
      if (c.data.letter.address) assert.ok(letter.includes(c.data.letter.address), `${c.id} letter address`);
      assert.match(letter, /98-septiesdecies/);
      const href = await page.locator('a[download]').getAttribute('href');
      assert.ok(href?.startsWith('data:text/plain'), 'the letter downloads without JavaScript');
      for (const r of c.data.refuse.filter((x) => x.smsText)) assert.ok((await page.textContent('main'))!.includes(r.smsText!), `${c.id} ${r.smsText}`);
    }
    await page.close();
  });
});
