/**
 * What the extension costs the carrier pages it runs on, where users feel it: the renderer's main-thread
 * time (CDP Performance.getMetrics: TaskDuration, less DevToolsCommandDuration so this bench's own probes do
 * not count) of a real page load in Chromium, in three browsers launched alike: with the built extension;
 * "without", where the same extension has no content script, so nothing of it runs in the page; and with an
 * "empty" extension (a content script that does nothing) as the floor. Each page is loaded in all three,
 * alternating, round after round; printed: the medians, the median of the per-round ratios with/without and
 * empty/without, the time added per load, and the targets of issue 8:
 *   ≤ 1.15× on a line page (MyTIM options) and on a 1,000-invoice page with capture included,
 *   ≤ 1.05× on a carrier page with nothing to show.
 * Then the gzipped size of every script of the Chrome build; the content script that runs on every carrier
 * page has a target of 15 KB. Figures only: the bench never fails a run on a target.
 *
 * A load is measured once it has settled: the page's load event, then, with an extension, the content
 * script's own signal that every feature finished its first pass (html[data-sentinella-ready], set after the
 * first scan, the panel when there is one, the first invoice batch and its documents), then a quiet spell
 * with no main-thread work. The extension's archive lives in its browser profile for the whole run, so round
 * 1 of the invoice pages archives every invoice and fetches its documents, and later rounds are return
 * visits; the first visit is printed apart and the medians use the later rounds. The 1,000-invoice page comes
 * twice: unchanged (a return visit finds its fingerprint known and does not load the reader) and with one
 * invoice never seen before on every visit (all 1,000 rows read, one invoice archived, one document fetched).
 *
 * Environment: PAGE_COST_ROUNDS (default 7), PAGE_COST_PAGES (a comma list of substrings of page names),
 * PAGE_COST_PROFILE=N (a CPU profile of N more loads with the extension, per page; PAGE_COST_PROFILE_TOP=K
 * lists its K costliest functions, default 12), PAGE_COST_SETTLE_MS (the
 * longest a load may take to settle, default 120000),
 * PAGE_COST_DEBUG=1 (every load's figures, per variant: main thread, layout, style, script),
 * SENTINELLA_EXTENSION_DIR (default .output/chrome-mv3), CHROME_PATH.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, CDPSession } from 'playwright-core';
import { READY_ATTR } from '../../extension/carrier-page/run-features.ts';
import { FRAME_ATTR, SHOWN_ATTR } from '../../extension/lib/spotlight-frame.ts';
import { findChromium } from '../support/browser.ts';
import { serveInvoiceDocuments } from '../support/invoice-documents.ts';
import { EXTENSION_DIR, launchWithExtension } from '../support/launch.ts';
import { startPortal, type PortalServer } from '../support/portal-server.ts';
import { amountForms, dateForms, invoiceStyles } from '../corpus/invoice-styles.ts';
import { invoices, line } from '../corpus/line-model.ts';
import { priceForms } from '../corpus/forms.ts';
import { serviceStyles, type RenderedPage } from '../corpus/services-styles.ts';

const extensionDir = process.env.SENTINELLA_EXTENSION_DIR ?? EXTENSION_DIR;
const rounds = Math.max(1, Number(process.env.PAGE_COST_ROUNDS ?? 7));
const onlyPages = (process.env.PAGE_COST_PAGES ?? '').split(',').map((s) => s.trim()).filter(Boolean);
const KB = 1024;
const CONTENT_SCRIPT_TARGET = 15 * KB;

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const ms = (seconds: number) => `${(seconds * 1000).toFixed(1)} ms`;
const times = (x: number) => `${x.toFixed(2)}×`;
const signed = (seconds: number) => `${seconds < 0 ? '−' : '+'}${ms(Math.abs(seconds))}`;
/** The longest a load may take to settle (a first visit to the 1,000-invoice page archives every document). */
const settleLimit = Number(process.env.PAGE_COST_SETTLE_MS) || 120_000;

// ── Sizes ───────────────────────────────────────────────────────────────────────────────────────────
function scripts(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? scripts(path) : name.endsWith('.js') ? [path] : [];
  });
}

const ON_DEMAND: Record<string, string> = {
  'content-scripts/paid-extras-spotlight.js': 'loaded only where a paid extra may be shown (a status saying on, a switch, a switch-off, a services heading): copies the page for the detector, highlights the rows, opens the panel',
  'chunks/spotlight-frame': 'the panel page, in an iframe where the spotlight has paid extras to show: runs in the extension\'s process, not the page\'s',
  'content-scripts/invoice-capture.js': 'loaded only on invoice pages',
  'chunks/detector': 'the paid-extras detector, in Chrome\'s offscreen document: reads a copy of the page in the extension\'s process, not the page\'s',
};

function printSizes(): void {
  console.log(`\nScripts of the Chrome build (${relative(process.cwd(), extensionDir) || extensionDir}), gzipped (level 9):`);
  for (const file of scripts(extensionDir).sort()) {
    const raw = readFileSync(file);
    const gz = gzipSync(raw, { level: 9 }).length;
    const name = relative(extensionDir, file);
    let note = ON_DEMAND[name] ?? Object.entries(ON_DEMAND).find(([prefix]) => name.startsWith(prefix))?.[1] ?? '';
    if (name === 'content-scripts/content.js') note = `runs on every carrier page; target ≤ ${CONTENT_SCRIPT_TARGET / KB} KB: ${gz <= CONTENT_SCRIPT_TARGET ? 'met' : 'NOT MET'}`;
    console.log(`  ${name.padEnd(44)} ${(raw.length / KB).toFixed(1).padStart(6)} KB raw ${(gz / KB).toFixed(1).padStart(6)} KB gzipped  ${note}`);
  }
}

// ── Generated pages, from the variant corpus (tests/corpus/) ──────────────────────────────────────────
/** A corpus page as the portal would serve it: its title and body, the portal's stylesheet, the session cookie its documents need. */
function corpusPage({ title, body, script }: RenderedPage): string {
  return `<!doctype html><html lang="it"><head><meta charset="utf-8"><title>${title}</title><link rel="stylesheet" href="/portal.css">
<script>document.cookie = 'mytim_session=demo-bench; path=/; Secure; SameSite=Lax';</script></head><body>${body}${script ? `<script>${script}</script>` : ''}</body></html>`;
}

/** MyTIM-like: the number and its month on two lines in the number cell, a PDF link in every row, a totals row. */
const invoicePage = (list: ReturnType<typeof invoices>) => corpusPage(invoiceStyles['table-two-line-number']!(list, { amount: amountForms['euro-after']!, date: dateForms.slash! }));
/** Each request of the changing page shows one invoice never shown before, on top of 999 the archive holds. */
let visits = 0;
/** Generated pages: rendered once, unless `perRequest`. */
const GENERATED: Record<string, { render: () => string; perRequest?: boolean }> = {
  '/bench/fatture-1000.html': { render: () => invoicePage(invoices(1000)) },
  '/bench/fatture-1000-nuova.html': {
    perRequest: true,
    render: () => {
      const number = `RB${String(50000000 + ++visits).padStart(8, '0')}`;
      const [newest, ...rest] = invoices(1000);
      return invoicePage([{ ...newest!, number, document: `/mytim/fatture/documento?numero=${number}` }, ...rest]);
    },
  },
  // The corpus line (paid extras, base plan, included items, promotions) as div rows.
  '/bench/linea-div-rows.html': { render: () => corpusPage(serviceStyles['div-rows']!(line, priceForms['euro-slash']!)) },
};

// ── Pages ───────────────────────────────────────────────────────────────────────────────────────────
interface BenchPage {
  name: string;
  host: string;
  path: string;
  /** The target ratio with/without, when issue 8 sets one. */
  target?: number;
  /** The spotlight panel is expected on it (checked, so a page that silently lost its panel is noticed). */
  panel?: boolean;
}

const PAGES: BenchPage[] = [
  { name: 'index.html (carrier home, nothing to show)', host: 'www.tim.it', path: '/', target: 1.05 },
  { name: 'marketing.html (offers, nothing to show)', host: 'www.tim.it', path: '/marketing.html', target: 1.05 },
  { name: 'mytim/linea/opzioni.html (line page)', host: 'www.tim.it', path: '/mytim/linea/opzioni.html', target: 1.15, panel: true },
  { name: 'generated: line page in div rows (corpus)', host: 'www.tim.it', path: '/bench/linea-div-rows.html', target: 1.15, panel: true },
  { name: 'mytim/spa.html', host: 'mytim.tim.it', path: '/mytim/spa.html' },
  { name: 'mytim/fatture.html (8 invoices)', host: 'www.tim.it', path: '/mytim/fatture.html' },
  { name: 'mytim/fatture-300.html (300 invoices)', host: 'www.tim.it', path: '/mytim/fatture-300.html' },
  // Unchanged since the first visit archived it in full: its fingerprint is known, the reader is not loaded.
  { name: 'generated: 1,000 invoices, unchanged (capture included)', host: 'www.tim.it', path: '/bench/fatture-1000.html', target: 1.15 },
  // One new invoice on every visit: all 1,000 rows are read, the new one archived and its document fetched.
  { name: 'generated: 1,000 invoices, one new each visit (capture included)', host: 'www.tim.it', path: '/bench/fatture-1000-nuova.html', target: 1.15 },
  { name: 'business/servizi.html', host: 'timbusiness.tim.it', path: '/business/servizi.html', panel: true },
  { name: 'business/fatture.html', host: 'timbusiness.tim.it', path: '/business/fatture.html' },
];

// ── Measuring ───────────────────────────────────────────────────────────────────────────────────────
type Variant = 'without' | 'with' | 'empty';

interface Load {
  /** TaskDuration less DevToolsCommandDuration: the main thread's work, without this bench's own probes. */
  task: number;
  /** ThreadTime: the main thread's CPU time (probes included); steadier than wall time on a busy machine. */
  cpu: number;
  script: number;
  compile: number;
  layout: number;
  style: number;
}

async function metrics(cdp: CDPSession): Promise<Load> {
  const { metrics: list } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const get = (name: string) => list.find((m) => m.name === name)?.value ?? 0;
  return {
    task: get('TaskDuration') - get('DevToolsCommandDuration'),
    cpu: get('ThreadTime'),
    script: get('ScriptDuration'),
    compile: get('V8CompileDuration'),
    layout: get('LayoutDuration'),
    style: get('RecalcStyleDuration'),
  };
}

const sleep = (millis: number) => new Promise((resolve) => setTimeout(resolve, millis));

/**
 * Waits until the load has settled and returns its metrics: every 100 ms, one tiny expression in the page
 * (the same in every variant, so each pays the same) asks whether the extension's ready signal is there, and
 * the metrics say whether the main thread worked; settled = ready (or no extension) and 300 ms without work.
 * No Playwright selector waits: they run Playwright's own script in the page, which would count.
 */
async function settle(cdp: CDPSession, needReady: boolean, panel: boolean): Promise<Load> {
  const probe = `document.documentElement.hasAttribute(${JSON.stringify(READY_ATTR)})` + (panel ? ` && !!document.querySelector('iframe[${FRAME_ATTR}][${SHOWN_ATTR}]')` : '');
  const deadline = Date.now() + settleLimit;
  let last = await metrics(cdp);
  let quietSince = Date.now();
  for (;;) {
    await sleep(100);
    const answer = (await cdp.send('Runtime.evaluate', { expression: probe, returnByValue: true })) as { result: { value?: unknown } };
    const now = await metrics(cdp);
    // The probe and the metrics themselves cost a fraction of a millisecond.
    if (now.task - last.task > 0.001) quietSince = Date.now();
    last = now;
    if ((!needReady || answer.result.value === true) && Date.now() - quietSince >= 300) return now;
    if (Date.now() > deadline) throw new Error(`the page did not settle in ${settleLimit / 1000} s${needReady ? ` (no ${READY_ATTR}${panel ? ' or no spotlight panel' : ''})` : ''}`);
  }
}

/** An older build (measured through SENTINELLA_EXTENSION_DIR) may not say when it is ready: then settled = quiet only. */
const buildSignalsReady = (() => {
  const file = join(extensionDir, 'content-scripts', 'content.js');
  return existsSync(file) && readFileSync(file, 'utf8').includes(READY_ATTR);
})();

async function loadOnce(context: BrowserContext, url: string, variant: Variant, page: BenchPage): Promise<Load> {
  const tab = await context.newPage();
  try {
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Performance.enable');
    await tab.goto(url, { waitUntil: 'load' });
    const needReady = variant === 'empty' || (variant === 'with' && buildSignalsReady);
    return await settle(cdp, needReady, variant === 'with' && buildSignalsReady && page.panel === true);
  } finally {
    await tab.close();
  }
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

/**
 * PAGE_COST_PROFILE=N (1 if just set): N more loads with the extension under the CPU profiler; prints the mean
 * self time per load of the extension's scripts, by script and by function (line:column in the built file;
 * build with SENTINELLA_UNMINIFIED=1 for readable names), then by function with its callees (the browser's own
 * work it asks for, a regex compiled, a style computed, included). Anonymous functions show as "(anonymous)".
 */
async function profileLoads(context: BrowserContext, url: string, page: BenchPage, loads: number): Promise<void> {
  const byScript = new Map<string, number>();
  const byFunction = new Map<string, number>();
  /** Time with the function anywhere on the stack (its callees included), counted once per sample. */
  const inclusive = new Map<string, number>();
  for (let round = 0; round < loads; round++) {
    const tab = await context.newPage();
    try {
      const cdp = await context.newCDPSession(tab);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Performance.enable');
      await cdp.send('Profiler.start');
      await tab.goto(url, { waitUntil: 'load' });
      await settle(cdp, buildSignalsReady, buildSignalsReady && page.panel === true);
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
      const frames = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
      const parents = new Map<number, number>();
      for (const n of profile.nodes) for (const child of n.children ?? []) parents.set(child, n.id);
      const name = (frame: CpuProfile['nodes'][number]['callFrame']) =>
        `${frame.functionName || '(anonymous)'} ${frame.url.replace(/^chrome-extension:\/\/[^/]+\//, '')}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
      profile.samples.forEach((id, i) => {
        const frame = frames.get(id);
        const micros = (profile.timeDeltas[i] ?? 0) / loads;
        const onStack = new Set<string>();
        for (let node: number | undefined = id; node !== undefined; node = parents.get(node)) {
          const f = frames.get(node)!;
          if (f.url.startsWith('chrome-extension://')) onStack.add(name(f));
        }
        for (const fn of onStack) inclusive.set(fn, (inclusive.get(fn) ?? 0) + micros);
        if (!frame?.url.startsWith('chrome-extension://')) return;
        const script = frame.url.replace(/^chrome-extension:\/\/[^/]+\//, '');
        byScript.set(script, (byScript.get(script) ?? 0) + micros);
        const fn = name(frame);
        byFunction.set(fn, (byFunction.get(fn) ?? 0) + micros);
      });
    } finally {
      await tab.close();
    }
  }
  const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n);
  console.log(`    profile (mean of ${loads} load${loads > 1 ? 's' : ''}), self time in the extension's scripts: ${top(byScript, 5).map(([k, v]) => `${k} ${(v / 1000).toFixed(1)} ms`).join(', ') || 'none sampled'}`);
  for (const [fn, micros] of top(byFunction, Number(process.env.PAGE_COST_PROFILE_TOP) || 12)) console.log(`      ${(micros / 1000).toFixed(2).padStart(6)} ms  ${fn}`);
  console.log('    with their callees (inclusive), costliest first:');
  for (const [fn, micros] of top(inclusive, Number(process.env.PAGE_COST_PROFILE_TOP) || 12)) console.log(`      ${(micros / 1000).toFixed(2).padStart(6)} ms  ${fn}`);
}

/**
 * A copy of the built extension, changed only where said: the "empty" one has a content script that just says
 * it is ready; the one for "without" has no content script at all, so nothing of it runs in the page. All three
 * browsers are then launched the same way (a browser launched differently measured 10 to 50 ms apart by itself).
 */
function extensionCopy(kind: 'empty' | 'none'): string {
  const dir = mkdtempSync(join(tmpdir(), `sentinella-${kind}-extension-`));
  cpSync(extensionDir, dir, { recursive: true });
  if (kind === 'empty') {
    writeFileSync(join(dir, 'content-scripts', 'content.js'), `document.documentElement.setAttribute(${JSON.stringify(READY_ATTR)}, '');\n`);
  } else {
    const manifestFile = join(dir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { content_scripts?: unknown };
    delete manifest.content_scripts;
    writeFileSync(manifestFile, JSON.stringify(manifest));
  }
  return dir;
}

async function openContexts(chromium: string): Promise<{ contexts: Record<Variant, BrowserContext>; close: () => Promise<void> }> {
  const dirs = { without: extensionCopy('none'), with: extensionDir, empty: extensionCopy('empty') };
  const sessions = {
    without: await launchWithExtension(chromium, dirs.without),
    with: await launchWithExtension(chromium, dirs.with),
    empty: await launchWithExtension(chromium, dirs.empty),
  };
  return {
    contexts: { without: sessions.without.context, with: sessions.with.context, empty: sessions.empty.context },
    close: async () => {
      await Promise.allSettled(Object.values(sessions).map((s) => s.close()));
      for (const dir of [dirs.without, dirs.empty]) rmSync(dir, { recursive: true, force: true });
    },
  };
}

interface PageFigures {
  page: BenchPage;
  loads: Record<Variant, Load[]>;
}

async function measurePages(chromium: string, portal: PortalServer): Promise<PageFigures[]> {
  const { contexts, close } = await openContexts(chromium);
  const pages = PAGES.filter((p) => onlyPages.length === 0 || onlyPages.some((w) => p.name.includes(w)));
  const figures: PageFigures[] = [];
  const order: Variant[] = ['without', 'with', 'empty'];
  try {
    for (const page of pages) {
      const fig: PageFigures = { page, loads: { without: [], with: [], empty: [] } };
      const url = `${portal.origin(page.host)}${page.path}`;
      try {
        for (let round = 0; round < rounds; round++) {
          // Alternating: each round starts with a different variant, so drift on the machine hits all three.
          for (let k = 0; k < order.length; k++) {
            const variant = order[(round + k) % order.length]!;
            fig.loads[variant].push(await loadOnce(contexts[variant], url, variant, page));
          }
        }
      } catch (error) {
        // A page that never settles (no ready signal, a panel that never came) is reported, and the others measured.
        console.log(`\n  ${page.name}\n    NOT MEASURED: ${(error as Error).message}`);
        continue;
      }
      figures.push(fig);
      report(fig);
      const profileLoadsWanted = process.env.PAGE_COST_PROFILE ? Math.max(1, Number(process.env.PAGE_COST_PROFILE) || 1) : 0;
      if (profileLoadsWanted) await profileLoads(contexts.with, url, page, profileLoadsWanted);
    }
  } finally {
    await close();
  }
  return figures;
}

interface PageStats {
  withRatio: number;
  emptyRatio: number;
  cpuRatio: number;
  added: number;
}

/** Medians over the return visits (round 1 with the extension archives everything: printed apart). */
function stats({ loads }: PageFigures): PageStats & { pick: (v: Variant) => Load[] } {
  const skip = rounds > 2 ? 1 : 0;
  const pick = (v: Variant) => loads[v].slice(skip);
  const base = pick('without');
  const ratio = (v: Variant, key: 'task' | 'cpu') => median(pick(v).map((l, i) => l[key] / Math.max(base[i]![key], 1e-6)));
  return {
    pick,
    withRatio: ratio('with', 'task'),
    emptyRatio: ratio('empty', 'task'),
    cpuRatio: ratio('with', 'cpu'),
    added: median(pick('with').map((l, i) => l.task - base[i]!.task)),
  };
}

const verdict = (page: BenchPage, ratio: number) => (page.target === undefined ? '' : `target ≤ ${times(page.target)}: ${ratio <= page.target ? 'met' : 'NOT MET'}`);

function report(fig: PageFigures): void {
  const { page, loads } = fig;
  const s = stats(fig);
  const med = (v: Variant, key: keyof Load) => ms(median(s.pick(v).map((l) => l[key])));
  const perRound = s.pick('with').map((l, i) => (l.task / Math.max(s.pick('without')[i]!.task, 1e-6)).toFixed(2));
  console.log(`\n  ${page.name}`);
  if (process.env.PAGE_COST_DEBUG) {
    const each = (v: Variant, key: keyof Load) => loads[v].map((l) => (l[key] * 1000).toFixed(0)).join(' ');
    for (const v of ['with', 'without', 'empty'] as Variant[]) console.log(`    ${v}, ms per load: main thread ${each(v, 'task')}; layout ${each(v, 'layout')}; style ${each(v, 'style')}; script ${each(v, 'script')}`);
  }
  console.log(`    main thread: without ${med('without', 'task')}, with ${med('with', 'task')}, empty ${med('empty', 'task')} → with/without ${times(s.withRatio)}, empty/without ${times(s.emptyRatio)}  ${verdict(page, s.withRatio)}`);
  console.log(`    the extension adds ${signed(s.added)} a load (median); its per-round ratios ${perRound.join(' ')}; main-thread CPU time with/without ${times(s.cpuRatio)}`);
  console.log(`    script ${med('with', 'script')} / ${med('without', 'script')}, compile ${med('with', 'compile')} / ${med('without', 'compile')}, style ${med('with', 'style')} / ${med('without', 'style')}, layout ${med('with', 'layout')} / ${med('without', 'layout')} (with / without); first visit with the extension ${ms(loads.with[0]!.task)}`);
}

function summary(figures: PageFigures[]): void {
  console.log('\nSummary: median ratio of main-thread time with the extension / without (floor: the empty extension)');
  for (const fig of figures) {
    const s = stats(fig);
    console.log(`  ${fig.page.name.padEnd(48)} ${times(s.withRatio).padStart(6)}  floor ${times(s.emptyRatio)}, ${signed(s.added)} a load  ${verdict(fig.page, s.withRatio) || '(no target)'}`);
  }
}

// ── Run ─────────────────────────────────────────────────────────────────────────────────────────────
const chromium = findChromium();
console.log('Page cost: renderer main-thread time in Chromium, with the built extension, without, and with an empty extension (the floor)');
console.log(`  ${rounds} rounds per page, alternating; medians over rounds 2..${rounds} (return visits); machine: ${availableParallelism()} CPUs, load average ${loadavg()[0]!.toFixed(1)}`);
if (!existsSync(join(extensionDir, 'manifest.json'))) {
  console.log(`  skipped: no built extension in ${extensionDir} (run npm run build:chrome first)`);
} else {
  printSizes();
  if (!buildSignalsReady) console.log(`\n  note: this build sets no ${READY_ATTR}; its loads count as settled after 300 ms without main-thread work`);
  if (!chromium) {
    console.log('\n  page loads skipped: no Chromium (set CHROME_PATH or install chromium)');
  } else {
    const portal = await startPortal();
    serveInvoiceDocuments(portal);
    for (const [path, { render, perRequest }] of Object.entries(GENERATED)) {
      const once = perRequest ? undefined : render();
      portal.route(path, (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(once ?? render());
      });
    }
    try {
      summary(await measurePages(chromium, portal));
    } finally {
      await portal.close();
    }
  }
}
