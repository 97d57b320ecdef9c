/**
 * Site benchmark, printed as figures:
 *  1. search time per query (median of many runs) on the real index, and on it grown by 1,000 and 5,000
 *     generated offers, beside the 16 ms frame budget and a naive substring scan measured in the same run;
 *  2. site build time with 100, 1,000 and 5,000 generated offers (a copy of content/ in a temp folder,
 *     built in isolation), as seconds and as ratios against the 100-offer build of this run.
 * SITE_BENCH_SIZES=100,1000 overrides the build sizes; SITE_BENCH_KEEP=1 keeps the temp folders.
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from '../../shared/content/load.ts';
import { buildSearchDocs } from '../../site/lib/search-index.ts';
import { createSearch, type SearchDoc } from '../../site/lib/site-search.ts';
import { addGeneratedOffers, contentWithGeneratedOffers, ROOT } from '../support/offer-fixtures.ts';
import { buildIsolatedSite, isolatedSiteRoot } from '../support/isolated-site.ts';
import { today } from '../../shared/dates.ts';

const FRAME_MS = 16;
const RUNS = 200;
const TIME_BOX_MS = 1500;
// What readers type, typos included, and the keystrokes on the way to a word.
const QUERIES = ['prme go', 'lo sai chiamate perse', 'p', 'pr', 'pri', 'prim', 'prime', 'fibra', 'disattivare servizi a pagamento', 'rimodulazone', 'iliad 5g', 'zzqxjw'];

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

/** The simplest search there is, as a baseline: every doc whose text contains the query. */
function naive(docs: SearchDoc[]): (q: string) => SearchDoc[] {
  const hay = docs.map((d) => [d.title, ...d.names, d.summary, ...d.headings, d.text].join(' ').toLowerCase());
  return (q) => {
    const needle = q.toLowerCase();
    return docs.filter((_, i) => hay[i]!.includes(needle));
  };
}

const pad = (s: string, n: number) => s.padEnd(n);
const ms = (x: number) => `${x.toFixed(3)} ms`;

function benchSearch(label: string, docs: SearchDoc[]): void {
  const fuzzy = createSearch(docs);
  const plain = naive(docs);
  const bytes = Buffer.byteLength(JSON.stringify(docs));
  console.log(`\nSearch on ${label}: ${docs.length} documents, index ${(bytes / 1024).toFixed(0)} KB of JSON (median of up to ${RUNS} runs)`);
  console.log(`  ${pad('query', 34)}${pad('fuse.js', 13)}${pad('of 16 ms', 10)}${pad('substring', 13)}ratio`);
  let worst = 0;
  for (const q of QUERIES) {
    const f = time(() => fuzzy(q));
    const n = time(() => plain(q));
    worst = Math.max(worst, f);
    console.log(`  ${pad(JSON.stringify(q), 34)}${pad(ms(f), 13)}${pad(`${((f / FRAME_MS) * 100).toFixed(1)}%`, 10)}${pad(ms(n), 13)}${(f / Math.max(n, 1e-6)).toFixed(1)}×`);
  }
  console.log(`  slowest query ${ms(worst)}: ${worst <= FRAME_MS ? 'within' : 'OVER'} the ${FRAME_MS} ms frame budget`);
}

// 1. Search.
const day = today();
const content = loadContent(ROOT);
benchSearch('the real index', buildSearchDocs(content, day));
for (const extra of [1000, 5000]) {
  const dir = contentWithGeneratedOffers(extra);
  try {
    benchSearch(`the real index + ${extra.toLocaleString('en')} generated offers`, buildSearchDocs(loadContent(dir), day));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// 2. Build time.
function countPages(dir: string): number {
  let n = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) n += countPages(p);
    else if (name.endsWith('.html')) n++;
  }
  return n;
}

const sizes = (process.env.SITE_BENCH_SIZES ?? '100,1000,5000').split(',').map(Number);
console.log(`\nSite build (astro build of an isolated temp copy; ratios against the first size of this run)`);
console.log(`  ${pad('offers', 9)}${pad('pages', 8)}${pad('seconds', 10)}${pad('× 100', 8)}${pad('/offerte/ HTML', 16)}search index`);
let baseline: number | undefined;
for (const n of sizes) {
  const root = isolatedSiteRoot();
  try {
    addGeneratedOffers(root, n);
    const b = buildIsolatedSite(root);
    if (b.status !== 0) {
      console.log(`  ${pad(String(n), 9)}build FAILED:\n${b.output.split('\n').filter((l) => !/├─|└─/.test(l)).slice(-15).join('\n')}`);
      process.exitCode = 1;
      continue;
    }
    baseline ??= b.ms;
    const kb = (f: string) => `${(statSync(join(b.outDir, f)).size / 1024).toFixed(0)} KB`;
    console.log(`  ${pad(n.toLocaleString('en'), 9)}${pad(String(countPages(b.outDir)), 8)}${pad((b.ms / 1000).toFixed(1), 10)}${pad(`${(b.ms / baseline).toFixed(2)}×`, 8)}${pad(kb('offerte/index.html'), 16)}${kb('cerca/indice.json')}`);
  } finally {
    if (!process.env.SITE_BENCH_KEEP) rmSync(root, { recursive: true, force: true });
  }
}

