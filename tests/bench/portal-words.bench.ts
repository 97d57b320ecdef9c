/**
 * What the portal words (extension/carrier-page/portal/selectors.ts) cost a carrier page to compile, in
 * Chromium: V8 compiles a regex on its first use and again, to machine code, on its second, on every page
 * load, on the page's own main thread. Each pattern is compiled in a fresh page and tested on a few lines of
 * a line page; printed: the total per group of words, the costliest patterns, and, as the baseline measured
 * in the same run, the same patterns written with Unicode property classes (`\p{L}`), as they are in the
 * source before shared/latin-letters.ts reads them as the Latin script's. Medians over 5 pages. Figures only.
 *
 * Environment: CHROME_PATH.
 */
import type { Page } from 'playwright-core';
import { invoicePageHeading, invoicesPage, servicesPage } from '../../extension/carrier-page/portal/selectors.ts';
import { LATIN } from '../../shared/latin-letters.ts';
import { findChromium } from '../support/browser.ts';
import { portalRegexes } from '../support/portal-patterns.ts';
import { launchPlain } from '../support/launch.ts';

const PAGES = 5;
/** Lines of a line page and of an invoice list, each pattern's subjects. */
const LINES = ['TIM Prime Go', 'Attivo', '1,99 €/mese', 'Disattiva', 'Offerta · TIM Power 9,99 € al mese', 'Le tue opzioni', 'Fattura n. RA40812345', 'Scadenza 26/11/2026'];

type Source = { name: string; source: string; flags: string };

/** Every regex of a group of words, as source and flags. */
const patternsOf = (prefix: string, group: object): Source[] => portalRegexes(group, prefix).map(({ name, re }) => ({ name, source: re.source, flags: re.flags }));

/** A pattern as written: its Latin classes back to the Unicode property classes they read. */
function asWritten(p: Source): Source {
  let source = p.source;
  for (const [property, latin] of Object.entries(LATIN)) {
    source = source.replaceAll(`[${latin}]`, `\\p{${property}}`).replaceAll(latin, `\\p{${property}}`);
  }
  return { ...p, source };
}

/** Milliseconds to compile and run each pattern on the lines, in one fresh page. */
async function timeInPage(page: Page, patterns: Source[]): Promise<number[]> {
  await page.goto('about:blank');
  return page.evaluate(
    ([list, lines]) =>
      list.map(({ source, flags }) => {
        // A fresh source each time: V8 keeps compiled regexes per source and flags for the whole process.
        const re = new RegExp(`${source}|\\u0000${Math.random().toString(36).slice(2)}`, flags);
        const start = performance.now();
        for (const line of lines) {
          re.lastIndex = 0;
          re.test(line);
        }
        return performance.now() - start;
      }),
    [patterns, LINES] as const,
  );
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${x.toFixed(1)} ms`;

const executablePath = findChromium();
console.log('Portal words: what compiling them costs a carrier page, in Chromium (medians of 5 fresh pages)');
if (!executablePath) {
  console.log('  skipped: no Chromium (set CHROME_PATH or install chromium)');
} else {
  const groups: [string, Source[]][] = [
    ['servicesPage (the spotlight)', patternsOf('servicesPage', servicesPage)],
    ['invoicesPage (the invoice capture)', [...patternsOf('invoicesPage', invoicesPage), { name: 'invoicePageHeading', source: invoicePageHeading.re.source, flags: invoicePageHeading.re.flags }]],
  ];
  const browser = await launchPlain(executablePath);
  try {
    const page = await browser.newPage();
    for (const [label, built] of groups) {
      const written = built.map(asWritten);
      const builtRuns: number[][] = [];
      const writtenRuns: number[][] = [];
      for (let i = 0; i < PAGES; i++) {
        builtRuns.push(await timeInPage(page, built));
        writtenRuns.push(await timeInPage(page, written));
      }
      const each = built.map((_, k) => median(builtRuns.map((run) => run[k]!)));
      const total = median(builtRuns.map((run) => run.reduce((a, b) => a + b, 0)));
      const baseline = median(writtenRuns.map((run) => run.reduce((a, b) => a + b, 0)));
      console.log(`\n  ${label}: ${built.length} patterns, ${ms(total)} to compile and first run; written with \\p{…} classes ${ms(baseline)} (${(total / Math.max(baseline, 0.001)).toFixed(2)}×)`);
      const costliest = built.map((p, k) => [p, each[k]!] as const).sort((a, b) => b[1] - a[1]).slice(0, 5);
      for (const [p, t] of costliest) console.log(`    ${ms(t).padStart(8)}  ${p.name} (${p.source.length} characters, /${p.flags})`);
    }
  } finally {
    await browser.close();
  }
}
