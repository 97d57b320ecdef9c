/**
 * Site benchmark (`npm run bench -- site`), printed as figures beside their budgets and beside the figures
 * measured before issue 11 (search on the main thread, one /offerte/ page holding every offer):
 *  1. search time per query in the worker's code (fuse.js over the index built with Fuse.createIndex and
 *     loaded with Fuse.parseIndex), median of many runs, on the real index and on it grown by 1,000 and 5,000
 *     generated offers;
 *  2. for 100, 1,000 and 5,000 generated offers, a site built in isolation (a temp copy): build time, the
 *     heaviest offers page (any page under /offerte/: the ranking's pages and each offer's) and
 *     /offerte/offerte.json gzipped, and in
 *     Chromium on that build the /cerca/ box typed key by key: the page's main-thread time per keystroke (CDP
 *     TaskDuration: everything the page ran for that key, the results' rendering included, less what a key
 *     that types nothing costs the same measurement) and the time from the key to its results on screen; each
 *     key typed three times, keeping its lowest figures (a busy machine only ever adds time).
 * SITE_BENCH_SIZES=100,1000 overrides the build sizes; SITE_BENCH_KEEP=1 keeps the temp folders. Without
 * Chromium the browser figures are left out, loudly.
 */
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { loadContent } from '../../shared/catalog/load.ts';
import { buildSearchDocs } from '../../site/lib/search-index.ts';
import { buildSearchIndex, createShardSearch, type SearchDoc } from '../../site/lib/site-search.ts';
import { addGeneratedOffers, contentWithGeneratedOffers, ROOT } from '../support/offer-fixtures.ts';
import { buildIsolatedSite, isolatedSiteRoot } from '../support/isolated-site.ts';
import { findChromium } from '../support/browser.ts';
import { launchPlain } from '../support/launch.ts';
import { startSite } from '../support/site-server.ts';
import { today } from '../../shared/dates.ts';

const BUDGET = { keystrokeMs: 16, resultsMs: 50, htmlKB: 150, jsonKB: 300, buildS: 60 };
/**
 * Measured on this machine on 2026-12-01 before issue 11 (commit 7f4334f): search ran on the main thread, so
 * its time was the keystroke's main-thread time; /offerte/ held every offer; there was no offers JSON.
 */
const BEFORE: Record<number, { slowestSearchMs: number; buildS: number; htmlKB: number; htmlRawKB: number; indexGzKB: number }> = {
  100: { slowestSearchMs: 5.5, buildS: 5.0, htmlKB: 22, htmlRawKB: 261, indexGzKB: 16 },
  1000: { slowestSearchMs: 37.7, buildS: 6.6, htmlKB: 90, htmlRawKB: 2043, indexGzKB: 29 },
  5000: { slowestSearchMs: 150.5, buildS: 17.9, htmlKB: 376, htmlRawKB: 9984, indexGzKB: 80 },
};
const RUNS = 200;
const TIME_BOX_MS = 1500;
// What readers type, typos included, and the keystrokes on the way to a word.
const QUERIES = ['prme go', 'lo sai chiamate perse', 'p', 'pr', 'pri', 'prim', 'prime', 'fibra', 'disattivare servizi a pagamento', 'rimodulazone', 'iliad 5g', 'zzqxjw'];
// Typed key by key in the browser.
const TYPED = ['prime go', 'disattivare servizi a pagamento', 'iliad 5g'];
const ROUNDS = 3;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Median time of `fn` over up to RUNS runs, stopping early after TIME_BOX_MS (big indexes are slow). */
function time(fn: () => unknown): number {
  for (let i = 0; i < 3; i++) fn();
  const samples: number[] = [];
  const start = performance.now();
  while (samples.length < RUNS && (samples.length < 5 || performance.now() - start < TIME_BOX_MS)) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  return median(samples);
}

const pad = (s: string, n: number) => s.padEnd(n);
const ms = (x: number) => `${x.toFixed(1)} ms`;
const verdict = (value: number, budget: number) => (value <= budget ? 'ok' : 'OVER');

function benchSearch(label: string, docs: SearchDoc[], before?: number): void {
  const file = buildSearchIndex(docs);
  const whole = createShardSearch(file);
  const halves = [createShardSearch(file, 0, 2), createShardSearch(file, 1, 2)];
  console.log(`\nSearch in the workers' code on ${label}: ${docs.length} documents, ms per query, median of up to ${RUNS} runs (budget for results ${BUDGET.resultsMs} ms)`);
  let worstWhole = 0;
  let worstHalf = 0;
  const row: string[] = [];
  for (const q of QUERIES) {
    const one = time(() => whole(q));
    // Two workers search their halves at the same time: the answer waits for the slower one.
    const two = Math.max(...halves.map((h) => time(() => h(q))));
    worstWhole = Math.max(worstWhole, one);
    worstHalf = Math.max(worstHalf, two);
    row.push(`${JSON.stringify(q)} ${one.toFixed(1)}/${two.toFixed(1)}`);
  }
  console.log(`  one worker/two workers: ${row.join(' · ')}`);
  const was = before === undefined ? '' : `; before: ${ms(before)}, on the main thread`;
  console.log(`  slowest: ${ms(worstWhole)} with one worker, ${ms(worstHalf)} with two (${verdict(worstHalf, BUDGET.resultsMs)}), off the main thread${was}`);
}

// 1. Search, in Node: the worker's own code.
const day = today();
benchSearch('the real index', buildSearchDocs(loadContent(ROOT), day));
for (const extra of [1000, 5000]) {
  const dir = contentWithGeneratedOffers(extra);
  try {
    benchSearch(`the real index + ${extra.toLocaleString('en')} generated offers`, buildSearchDocs(loadContent(dir), day), BEFORE[extra]?.slowestSearchMs);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// 2. Builds, sizes and the search box in Chromium.
function files(dir: string, keep: (path: string) => boolean, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) files(p, keep, out);
    else if (keep(p)) out.push(p);
  }
  return out;
}

const gzKB = (path: string) => gzipSync(readFileSync(path)).length / 1024;

interface Typing {
  keystrokeMs: number[];
  resultsMs: number[];
}

/** Types each of TYPED into /cerca/ key by key, measuring each key. */
async function typeInSearch(page: Page, url: string): Promise<Typing> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const taskSeconds = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')!.value;
  await page.goto(`${url}/cerca/`);
  await page.waitForSelector('.site-search[data-state="ready"]', { timeout: 60_000 });
  // In the page: when the key went down, and when the box last showed the answer to what it holds.
  await page.evaluate(() => {
    const w = window as unknown as { keyAt: number; answeredAt: number };
    addEventListener('keydown', () => (w.keyAt = performance.now()), { capture: true });
    const box = document.querySelector<HTMLElement>('.site-search')!;
    new MutationObserver(() => {
      if (box.dataset.answered !== undefined) w.answeredAt = performance.now();
    }).observe(box, { attributes: true, attributeFilter: ['data-answered'] });
  });
  const out: Typing = { keystrokeMs: [], resultsMs: [] };
  const settle = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  // What measuring costs the page by itself: a key that types nothing (Shift), then the same wait for a frame.
  const idle: number[] = [];
  for (let i = 0; i < 10; i++) {
    const before = await taskSeconds();
    await page.keyboard.press('Shift');
    await settle();
    idle.push(((await taskSeconds()) - before) * 1000);
  }
  const baseline = median(idle);
  const input = page.locator('#cerca-q');
  // Each text is typed ROUNDS times and each key keeps its lowest figures: other processes on the machine can
  // only add time (a busy core delays a task), never remove it, so the minimum is what the page itself costs.
  for (const text of TYPED) {
    const keys: { main: number; results: number }[][] = [];
    for (let round = 0; round < ROUNDS; round++) {
      await input.fill('');
      await page.waitForTimeout(50);
      for (let i = 1; i <= text.length; i++) {
        const before = await taskSeconds();
        await page.keyboard.press(text[i - 1] === ' ' ? 'Space' : text[i - 1]!);
        const want = text.slice(0, i).trim();
        await page.waitForFunction((q) => document.querySelector<HTMLElement>('.site-search')!.dataset.answered === q, want, { timeout: 10_000, polling: 10 });
        // Let the frame that shows the results finish before reading the main thread's time.
        await settle();
        const main = Math.max(0, ((await taskSeconds()) - before) * 1000 - baseline);
        const results = await page.evaluate(() => {
          const w = window as unknown as { keyAt: number; answeredAt: number };
          return w.answeredAt - w.keyAt;
        });
        (keys[i - 1] ??= []).push({ main, results });
      }
    }
    for (const k of keys) {
      out.keystrokeMs.push(Math.min(...k.map((x) => x.main)));
      out.resultsMs.push(Math.min(...k.map((x) => x.results)));
    }
  }
  await cdp.detach();
  return out;
}

const sizes = (process.env.SITE_BENCH_SIZES ?? '100,1000,5000').split(',').map(Number);
const chromium = findChromium();
if (!chromium) console.log('\nNO CHROMIUM: the keystroke and results figures are left out (set CHROME_PATH or apt-get install -y chromium).');
const browser = chromium ? await launchPlain(chromium) : undefined;

/** What a key costs the main thread in a bare <input> on an empty page, measured the same way: the floor here. */
async function bareInputKeyMs(): Promise<number> {
  const context = await browser!.newContext();
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const taskSeconds = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')!.value;
    await page.setContent('<input id="q" type="search">');
    await page.focus('#q');
    const cost = async (key: string) => {
      const before = await taskSeconds();
      await page.keyboard.press(key);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
      return ((await taskSeconds()) - before) * 1000;
    };
    const typing: number[] = [];
    const idle: number[] = [];
    for (let i = 0; i < 20; i++) {
      typing.push(await cost(i % 2 ? 'Backspace' : 'x'));
      idle.push(await cost('Shift'));
    }
    return Math.max(0, median(typing) - median(idle));
  } finally {
    await context.close();
  }
}
if (browser) console.log(`\nA key in a bare <input> on an empty page costs this browser ${ms(await bareInputKeyMs())} of main-thread time (the floor of the keystroke figures below).`);

console.log(`\nSite builds (isolated temp copies), each with the budget and, in brackets, the figure before issue 11`);
console.log(
  `  ${pad('offers', 8)}${pad('build s', 16)}${pad('pages', 7)}${pad('HTML gz, heaviest offers page', 32)}${pad('offerte.json gz', 18)}${pad('index gz', 16)}${pad('main thread/key', 30)}key → results`,
);
try {
  for (const n of sizes) {
    const root = isolatedSiteRoot();
    try {
      addGeneratedOffers(root, n);
      const b = buildIsolatedSite(root);
      if (b.status !== 0) {
        console.log(`  ${pad(String(n), 8)}build FAILED:\n${b.output.split('\n').filter((l) => !/├─|└─/.test(l)).slice(-15).join('\n')}`);
        process.exitCode = 1;
        continue;
      }
      const was = BEFORE[n];
      const pages = files(b.outDir, (p) => p.endsWith('.html')).length;
      // Every page under /offerte/: the ranking's pages and each offer's own page.
      const listing = files(join(b.outDir, 'offerte'), (p) => p.endsWith('.html'));
      const heaviest = Math.max(...listing.map(gzKB));
      const json = gzKB(join(b.outDir, 'offerte', 'offerte.json'));
      const index = gzKB(join(b.outDir, 'cerca', 'indice.json'));
      let typing = '(no browser)';
      let results = '';
      if (browser) {
        const site = await startSite(0, b.outDir);
        const context = await browser.newContext({ locale: 'it-IT' });
        try {
          const t = await typeInSearch(await context.newPage(), site.url);
          const worstKey = Math.max(...t.keystrokeMs);
          const worstResults = Math.max(...t.resultsMs);
          typing = `${ms(median(t.keystrokeMs))} med, ${ms(worstKey)} max ${verdict(worstKey, BUDGET.keystrokeMs)}`;
          results = `${ms(median(t.resultsMs))} med, ${ms(worstResults)} max ${verdict(worstResults, BUDGET.resultsMs)} (${t.resultsMs.length} keys)`;
        } finally {
          await context.close();
          await site.close();
        }
      }
      const beforeNote = (x: number | undefined, unit: string) => (x === undefined ? '' : ` [${x}${unit}]`);
      console.log(
        `  ${pad(n.toLocaleString('en'), 8)}` +
          `${pad(`${(b.ms / 1000).toFixed(1)} ${verdict(b.ms / 1000, BUDGET.buildS)}${beforeNote(was?.buildS, '')}`, 16)}` +
          `${pad(String(pages), 7)}` +
          `${pad(`${heaviest.toFixed(0)} KB of ${listing.length} ${verdict(heaviest, BUDGET.htmlKB)}${beforeNote(was?.htmlKB, ' KB')}`, 32)}` +
          `${pad(`${json.toFixed(0)} KB ${verdict(json, BUDGET.jsonKB)} [none]`, 18)}` +
          `${pad(`${index.toFixed(0)} KB${beforeNote(was?.indexGzKB, ' KB')}`, 16)}` +
          `${pad(typing, 30)}${results}`,
      );
    } finally {
      if (!process.env.SITE_BENCH_KEEP) rmSync(root, { recursive: true, force: true });
    }
  }
} finally {
  await browser?.close();
}
console.log(`\nBudgets: main thread per keystroke ≤ ${BUDGET.keystrokeMs} ms, results ≤ ${BUDGET.resultsMs} ms, offers page HTML ≤ ${BUDGET.htmlKB} KB gz, offerte.json ≤ ${BUDGET.jsonKB} KB gz, build ≤ ${BUDGET.buildS} s.`);
console.log(`Before issue 11 the main-thread time per keystroke was the search itself (the slowest query at 5,000 offers: ${BEFORE[5000]!.slowestSearchMs} ms), and /offerte/ weighed ${BEFORE[5000]!.htmlRawKB} KB of HTML at 5,000 offers.`);
