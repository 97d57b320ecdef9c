/**
 * Paid-extras spotlight benchmark, printed as figures with budgets and ratios against baselines measured
 * in the same run:
 *  1. the content script's size, gzipped (budget 30 KB), from the built extension;
 *  2. the scan time of the detector on a generated 20,000-node portal page, without and with a services
 *     list (budgets 2 ms and 10 ms), in a real Chromium page (the detector bundled with esbuild), else in
 *     happy-dom; beside it the light check every carrier page runs first (may-show-extras.ts; budget 16 ms,
 *     one frame); baseline: a plain querySelectorAll('*') walk of the same page;
 *  3. the time from a services list appearing in the page to the spotlight on its rows, with the built
 *     extension in Chromium; baseline: the page watcher's debounce (150 ms), which it includes.
 * Parts 2 (Chromium) and 3 need a Chromium and a built extension (.output/chrome-mv3 or
 * SENTINELLA_EXTENSION_DIR); without them they say so and are skipped.
 */
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Window } from 'happy-dom';
import { loadContent } from '../../shared/catalog/load.ts';
import { buildCatalog, spotlightServices } from '../../shared/catalog/catalog.ts';
import { detectServices } from '../../extension/carrier-page/services/detect-services.ts';
import { createServiceMatcher } from '../../extension/lib/match-service.ts';
import { mayShowExtras } from '../../extension/carrier-page/services/may-show-extras.ts';
import { findChromium } from '../support/browser.ts';
import { EXTENSION_DIR, launchPlain, launchWithExtension } from '../support/launch.ts';
import { startPortal } from '../support/portal-server.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const extensionDir = process.env.SENTINELLA_EXTENSION_DIR ?? EXTENSION_DIR;
const services = spotlightServices(buildCatalog(loadContent(ROOT)));
const chromium = findChromium();
const KB = 1024;
const ms = (x: number) => `${x.toFixed(2)} ms`;
const ratio = (a: number, b: number) => `${(a / Math.max(b, 0.0001)).toFixed(1)}×`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
/** The light check runs on every carrier page, before anything is shown: it must fit in one frame. */
const CHECK_BUDGET = 16;
const verdict = (value: number, budget: number) => (value <= budget ? 'within budget' : 'OVER BUDGET');

// ── 1. Size ──────────────────────────────────────────────────────────────────────────────────────────
function benchSize(): void {
  console.log('1. Content script size, gzipped (budget 30 KB)');
  const file = join(extensionDir, 'content-scripts', 'content.js');
  if (!existsSync(file)) {
    console.log(`   skipped: ${file} not found (run npm run build:chrome first)`);
    return;
  }
  const raw = readFileSync(file);
  const gz = gzipSync(raw, { level: 9 }).length;
  console.log(`   content.js: ${(raw.length / KB).toFixed(1)} KB raw, ${(gz / KB).toFixed(1)} KB gzipped — ${ratio(gz, 30 * KB)} of the budget, ${verdict(gz, 30 * KB)}`);
}

// ── 2. Scan time ─────────────────────────────────────────────────────────────────────────────────────
/** A portal-like page of about `nodes` elements: header, menus, promo cards, news, a footer; optionally the line's options. */
function portalPage(nodes: number, withList: boolean): string {
  const parts: string[] = ['<header><nav><ul>'];
  for (let i = 0; i < 40; i++) parts.push(`<li><a href="/menu/${i}">Voce ${i}</a></li>`);
  parts.push('</ul></nav></header><main>');
  let count = 90;
  let i = 0;
  while (count < nodes - 200) {
    // A promo card: 9 elements, with prices and calls to action, as a carrier home page has many.
    parts.push(`<div class="card"><h3>Offerta ${i}</h3><p>Giga e minuti <strong>illimitati</strong></p><p><span>${(i % 20) + 5},99 €/mese</span></p><a href="/o/${i}">Scopri</a><button type="button">Attiva ora</button></div>`);
    count += 7;
    if (i % 10 === 0) {
      parts.push(`<section><h2>Novità ${i}</h2><p>Testo <em>informativo</em> <a href="/n/${i}">leggi</a></p></section>`);
      count += 5;
    }
    i++;
  }
  if (withList) {
    const rows = [
      ['TIM PRIME GO', '0,49 €/settimana'], ['Lo Sai', '1,59 € al mese'], ['Giga di Scorta', '1,90 € ogni 4 settimane'], ['Oroscopo Premium', '4,99 €/settimana'],
      ['Giochi Mania', '3,00 €/mese'], ['Segreteria', 'Gratuito'], ['Giga notte', 'Incluso'], ['Meteo Plus', '0,99 €/mese'],
    ];
    parts.push('<section><h2>Le tue opzioni</h2><table><tbody>');
    for (const [name, price] of rows) parts.push(`<tr><td>${name}</td><td>${price}</td><td><span>Attivo</span></td><td><button type="button">Disattiva</button></td></tr>`);
    parts.push('</tbody></table></section>');
  }
  parts.push('</main><footer><h4>Servizi</h4><ul>');
  for (let k = 0; k < 30; k++) parts.push(`<li><a href="/f/${k}">Link ${k}</a></li>`);
  parts.push('</ul></footer>');
  return parts.join('');
}

async function detectorBundle(): Promise<string | null> {
  try {
    const { build } = await import('esbuild');
    const result = await build({
      stdin: {
        contents: `import { detectServices } from './extension/carrier-page/services/detect-services.ts';
import { createServiceMatcher } from './extension/lib/match-service.ts';
import { mayShowExtras } from './extension/carrier-page/services/may-show-extras.ts';
globalThis.__sentinellaBench = { detectServices, createServiceMatcher, mayShowExtras };`,
        resolveDir: ROOT,
        loader: 'ts',
      },
      bundle: true,
      format: 'iife',
      write: false,
      minify: true,
      target: 'es2022',
    });
    return result.outputFiles[0]!.text;
  } catch (error) {
    console.log(`   (esbuild unavailable: ${(error as Error).message.split('\n')[0]})`);
    return null;
  }
}

interface ScanFigures {
  nodes: number;
  found: number;
  scan: number;
  walk: number;
  /** The light check of every carrier page (may-show-extras.ts): whether the detector is loaded at all. */
  check: number;
  loads: boolean;
}

async function scanInChromium(bundle: string, withList: boolean): Promise<ScanFigures> {
  const browser = await launchPlain(chromium!);
  try {
    const page = await browser.newPage();
    await page.setContent(`<!doctype html><html lang="it"><body>${portalPage(20_000, withList)}</body></html>`);
    // In <head>: the detector reads the body's words, as a content script (never in the page) would see them.
    await page.evaluate((code) => {
      const script = document.createElement('script');
      script.textContent = code;
      document.head.append(script);
    }, bundle);
    return await page.evaluate((svc) => {
      const { detectServices, createServiceMatcher, mayShowExtras } = (globalThis as any).__sentinellaBench;
      const matcher = createServiceMatcher(svc);
      const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
      const scans: number[] = [];
      const walks: number[] = [];
      const checks: number[] = [];
      let found = 0;
      let loads = false;
      for (let run = 0; run < 41; run++) {
        let t = performance.now();
        loads = mayShowExtras(document);
        checks.push(performance.now() - t);
        t = performance.now();
        found = detectServices(document, svc, matcher).length;
        scans.push(performance.now() - t);
        t = performance.now();
        let n = 0;
        for (const el of document.querySelectorAll('*')) if (el.tagName) n++;
        walks.push(performance.now() - t);
      }
      return { nodes: document.getElementsByTagName('*').length, found, scan: med(scans.slice(1)), walk: med(walks.slice(1)), check: med(checks.slice(1)), loads };
    }, services);
  } finally {
    await browser.close();
  }
}

function scanInHappyDom(withList: boolean): ScanFigures {
  const win = new Window({ url: 'https://www.tim.it/' });
  win.document.body.innerHTML = portalPage(20_000, withList);
  const doc = win.document as unknown as Document;
  const matcher = createServiceMatcher(services);
  const scans: number[] = [];
  const walks: number[] = [];
  let found = 0;
  const checks: number[] = [];
  let loads = false;
  for (let run = 0; run < 11; run++) {
    let t = performance.now();
    loads = mayShowExtras(doc);
    checks.push(performance.now() - t);
    t = performance.now();
    found = detectServices(doc, services, matcher).length;
    scans.push(performance.now() - t);
    t = performance.now();
    let n = 0;
    for (const el of doc.querySelectorAll('*')) if (el.tagName) n++;
    walks.push(performance.now() - t);
  }
  return { nodes: doc.getElementsByTagName('*').length, found, scan: median(scans.slice(1)), walk: median(walks.slice(1)), check: median(checks.slice(1)), loads };
}

async function benchScan(): Promise<void> {
  console.log('2. Scan time on a generated 20,000-node portal page (budgets: 2 ms without a services list, 10 ms with one),');
  console.log(`   and the light check every carrier page runs before the detector is loaded (budget ${CHECK_BUDGET} ms, one frame)`);
  const bundle = chromium ? await detectorBundle() : null;
  const where = bundle ? 'Chromium' : 'happy-dom (no Chromium or no esbuild: figures are far slower than a browser)';
  console.log(`   measured in ${where}; median of the runs; baseline = querySelectorAll('*') walk of the same page`);
  // Absolute times swing with other work on the machine; the ratio to the baseline is the steadier figure.
  console.log(`   machine: ${availableParallelism()} CPUs, load average ${loadavg()[0]!.toFixed(1)}`);
  for (const [withList, budget] of [[false, 2], [true, 10]] as const) {
    const f = bundle ? await scanInChromium(bundle, withList) : scanInHappyDom(withList);
    console.log(
      `   ${withList ? 'with a services list   ' : 'without a services list'}: ${f.nodes} elements, ${f.found} services found, scan ${ms(f.scan)} (baseline walk ${ms(f.walk)}, ${ratio(f.scan, f.walk)}) — ${verdict(f.scan, budget)}`,
    );
    console.log(
      `     light check: ${ms(f.check)} (${ratio(f.check, f.walk)} the walk), ${f.loads ? 'loads the detector' : 'the detector is not loaded'} — ${verdict(f.check, CHECK_BUDGET)}`,
    );
  }
}

// ── 3. From a list's appearance to the spotlight ─────────────────────────────────────────────────────
const LATE_PAGE = `<!doctype html><html lang="it"><head><meta charset="utf-8"><title>MyTIM</title></head><body><main id="app"><h1>La tua linea</h1></main>
<script>
  window.__showList = () => {
    const section = document.createElement('section');
    section.id = 'opts';
    const h = document.createElement('h2'); h.textContent = 'Le tue opzioni'; section.append(h);
    const table = document.createElement('table');
    for (const [name, price] of [['TIM PRIME GO', '0,49 €/settimana'], ['Oroscopo Premium', '4,99 €/settimana']]) {
      const tr = table.insertRow();
      tr.insertCell().textContent = name; tr.insertCell().textContent = price; tr.insertCell().textContent = 'Attivo';
      const b = document.createElement('button'); b.textContent = 'Disattiva'; tr.insertCell().append(b);
    }
    section.append(table);
    return new Promise((resolve) => {
      const t0 = performance.now();
      const done = () => document.querySelectorAll('[data-sentinella-service]').length === 2 && document.querySelector('iframe[data-sentinella-frame]');
      const obs = new MutationObserver(() => { if (done()) { obs.disconnect(); resolve(performance.now() - t0); } });
      obs.observe(document.documentElement, { subtree: true, childList: true, attributes: true });
      document.getElementById('app').append(section);
    });
  };
  window.__hideList = () => document.getElementById('opts')?.remove();
</script></body></html>`;

async function benchLatency(): Promise<void> {
  console.log("3. From a services list's appearance to the spotlight (built extension in Chromium); baseline: the watcher's 150 ms debounce");
  if (!chromium || !existsSync(join(extensionDir, 'manifest.json'))) {
    console.log('   skipped: needs Chromium and a built extension');
    return;
  }
  const portal = await startPortal();
  portal.route('/bench/late.html', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(LATE_PAGE);
  });
  const session = await launchWithExtension(chromium, extensionDir);
  try {
    const page = await session.context.newPage();
    await page.goto(`${portal.origin('mytim.tim.it')}/bench/late.html`);
    await page.waitForSelector('html[data-sentinella-ready]');
    const times: number[] = [];
    for (let run = 0; run < 7; run++) {
      times.push(await page.evaluate(() => (window as any).__showList() as Promise<number>));
      await page.evaluate(() => (window as any).__hideList());
      await page.waitForFunction(() => !document.querySelector('[data-sentinella-service]') && !document.querySelector('iframe[data-sentinella-frame]'));
    }
    const m = median(times);
    console.log(`   median ${ms(m)} over ${times.length} appearances (min ${ms(Math.min(...times))}, max ${ms(Math.max(...times))}); ${ratio(m, 150)} the debounce, so ${ms(m - 150)} of work after it`);
  } finally {
    await session.close();
    await portal.close();
  }
}

benchSize();
await benchScan();
await benchLatency();
