/**
 * The built site's own pages (everything but the offer comparison and search), in Chromium:
 * head tags, navigation, free-number and stale warnings on service pages, accessibility (axe-core),
 * no JavaScript on guide and service pages, no horizontal scroll at 320 px, light and dark screenshots.
 * Run after `npm run build:site`.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { chromiumOrSkip } from '../support/browser.ts';
import { launchPlain } from '../support/launch.ts';
import { SITE_DIR as BUILT_SITE, startSite } from '../support/site-server.ts';
import { loadContent } from '../../shared/catalog/load.ts';
import { formatEuro, toCents, yearlyCents } from '../../shared/money.ts';
import { SITE_URL } from '../../shared/config.ts';
import { isStale } from '../../shared/freshness.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const AXE = join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');
const SHOTS = join(ROOT, 'tests', 'screenshots');
/** The built site; SENTINELLA_SITE_DIR points elsewhere (a build made with `astro build --outDir`). */
const SITE_DIR = process.env.SENTINELLA_SITE_DIR ?? BUILT_SITE;
const chrome = chromiumOrSkip();
const content = loadContent(process.env.SENTINELLA_CONTENT_ROOT ?? ROOT);

/** Built guide slugs, the one with the most Markdown headings first (so it has a table of contents). */
function builtGuides(): string[] {
  const dir = join(SITE_DIR, 'guide');
  const slugs = readdirSync(dir).filter((d) => existsSync(join(dir, d, 'index.html')));
  const headings = (s: string) => (readFileSync(join(dir, s, 'index.html'), 'utf8').match(/<h[23] id=/g) ?? []).length;
  return slugs.sort((a, b) => headings(b) - headings(a));
}

const GUIDE = builtGuides()[0];
const PAGES: Record<string, string> = {
  home: '/',
  guides: '/guide/',
  guide: `/guide/${GUIDE}/`,
  services: '/servizi-a-pagamento/',
  service: '/servizi-a-pagamento/tim-prime-go/',
  operators: '/operatori/',
  operator: '/operatori/tim/',
  extension: '/estensione/',
  notFound: '/questa-pagina-non-esiste/',
};

/** Opens a page and records console errors and uncaught exceptions. */
async function open(browser: Browser, url: string, options: { width?: number; dark?: boolean } = {}) {
  const page = await browser.newPage({ viewport: { width: options.width ?? 1280, height: 900 }, locale: 'it-IT' });
  if (options.dark) await page.emulateMedia({ colorScheme: 'dark' });
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  const response = await page.goto(url);
  return { page, errors, status: response?.status() ?? 0 };
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const found: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] = await page.evaluate(async () => {
    const r = await (globalThis as any).axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v: any) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n: any) => ({ target: n.target })) }));
  });
  return found
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
}

describe('site pages: files in dist/site', () => {
  /** All index.html files under a folder of the built site. */
  function htmlFiles(dir: string): string[] {
    const out: string[] = [];
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) out.push(...htmlFiles(p));
      else if (name.endsWith('.html')) out.push(p);
    }
    return out;
  }

  test('guide and service pages ship no JavaScript (0 KB): no script but JSON-LD data, no module preloads', () => {
    const files = [...htmlFiles(join(SITE_DIR, 'guide')), ...htmlFiles(join(SITE_DIR, 'servizi-a-pagamento'))];
    assert.ok(files.length >= 4, `expected guide and service pages in ${SITE_DIR}, found ${files.length}`);
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      const scripts = [...html.matchAll(/<script\b([^>]*)>/gi)].map((m) => m[1]!);
      const code = scripts.filter((attrs) => !/type=["']?application\/ld\+json/i.test(attrs));
      assert.deepEqual(code, [], `${file} has a script`);
      assert.doesNotMatch(html, /rel=["']?modulepreload|\.m?js["'\s>]/i, `${file} references a JavaScript file`);
    }
  });

  test('every page of ours has lang="it", one h1, a title, a description, its own canonical URL and Open Graph tags', () => {
    const mine = ['guide', 'servizi-a-pagamento', 'operatori', 'estensione'].flatMap((d) => htmlFiles(join(SITE_DIR, d)));
    mine.push(join(SITE_DIR, 'index.html'), join(SITE_DIR, '404.html'));
    assert.ok(mine.length >= 10, `${mine.length} pages`);
    const attr = (html: string, re: RegExp) => re.exec(html)?.[1];
    for (const file of mine) {
      const html = readFileSync(file, 'utf8');
      const rel = file.slice(SITE_DIR.length).replace(/index\.html$/, '');
      assert.match(html, /<html lang="it">/, rel);
      assert.equal((html.match(/<h1[\s>]/g) ?? []).length, 1, `${rel}: one h1`);
      assert.ok((attr(html, /<title>([^<]+)<\/title>/) ?? '').length > 10, `${rel}: title`);
      assert.ok((attr(html, /<meta name="description" content="([^"]+)"/) ?? '').length >= 20, `${rel}: description`);
      const canonical = attr(html, /<link rel="canonical" href="([^"]+)"/);
      if (!rel.endsWith('404.html')) assert.equal(canonical, SITE_URL + rel, `${rel}: canonical`);
      assert.equal(attr(html, /<meta property="og:url" content="([^"]+)"/), canonical, `${rel}: og:url`);
      for (const p of ['og:title', 'og:description', 'og:type']) assert.match(html, new RegExp(`<meta property="${p}" content="[^"]+"`), `${rel}: ${p}`);
    }
  });

  test('every internal link on our pages leads to a built page, and every #fragment to an id on the page', () => {
    const mine = ['guide', 'servizi-a-pagamento', 'operatori', 'estensione'].flatMap((d) => htmlFiles(join(SITE_DIR, d)));
    mine.push(join(SITE_DIR, 'index.html'), join(SITE_DIR, '404.html'));
    const broken: string[] = [];
    let checked = 0;
    for (const file of mine) {
      const html = readFileSync(file, 'utf8');
      const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
      for (const [, href] of html.matchAll(/<a [^>]*href="([^"]+)"/g)) {
        checked++;
        if (href!.startsWith('#')) {
          if (!ids.has(decodeURIComponent(href!.slice(1)))) broken.push(`${file}: ${href}`);
        } else if (href!.startsWith('/')) {
          const path = href!.split(/[?#]/)[0]!;
          const target = path.endsWith('/') ? join(SITE_DIR, path, 'index.html') : join(SITE_DIR, path);
          if (!existsSync(target)) broken.push(`${file.slice(SITE_DIR.length)}: ${href}`);
        }
      }
    }
    assert.ok(checked > 100, `only ${checked} links found`);
    assert.deepEqual(broken, []);
  });

  test('robots.txt allows everything and names the sitemap; the guide feed lists every guide', () => {
    const robots = readFileSync(join(SITE_DIR, 'robots.txt'), 'utf8');
    assert.match(robots, /User-agent: \*\s+Allow: \//);
    assert.ok(robots.includes(`Sitemap: ${SITE_URL}/sitemap-index.xml`));
    assert.ok(existsSync(join(SITE_DIR, 'sitemap-index.xml')));
    const rss = readFileSync(join(SITE_DIR, 'guide', 'rss.xml'), 'utf8');
    assert.equal((rss.match(/<item>/g) ?? []).length, content.guides.length);
    for (const g of content.guides) assert.ok(rss.includes(`${SITE_URL}/guide/${g.id}/`), `feed lacks ${g.id}`);
  });

  test('a guide with questions publishes FAQPage structured data, the others an Article', () => {
    for (const g of content.guides) {
      const html = readFileSync(join(SITE_DIR, 'guide', g.id, 'index.html'), 'utf8');
      const types = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)].map((m) => JSON.parse(m[1]!)['@type']);
      assert.ok(types.includes(g.data.faq.length > 0 ? 'FAQPage' : 'Article'), `${g.id}: ${types.join(', ')}`);
      assert.ok(types.includes('BreadcrumbList'), `${g.id}: no breadcrumbs data`);
    }
  });
});

describe('site pages in Chromium', { skip: chrome.skip }, () => {
  let site: Awaited<ReturnType<typeof startSite>>;
  let browser: Browser;
  before(async () => {
    site = await startSite(0, SITE_DIR);
    browser = await launchPlain(chrome.path!);
    mkdirSync(SHOTS, { recursive: true });
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });

  for (const [kind, path] of Object.entries(PAGES)) {
    test(`${kind} (${path}): lang, title, description, canonical, Open Graph, no console errors, no serious axe violations`, async () => {
      const { page, errors, status } = await open(browser, site.url + path);
      assert.equal(status, kind === 'notFound' ? 404 : 200);
      assert.equal(await page.getAttribute('html', 'lang'), 'it');
      assert.ok((await page.title()).trim().length > 10, 'title');
      const description = await page.getAttribute('meta[name="description"]', 'content');
      assert.ok(description && description.length >= 20, `description: ${description}`);
      const canonical = await page.getAttribute('link[rel="canonical"]', 'href');
      if (kind !== 'notFound') assert.equal(canonical, SITE_URL + path);
      else assert.ok(canonical?.startsWith(SITE_URL));
      assert.ok(await page.getAttribute('meta[property="og:title"]', 'content'));
      assert.equal(await page.getAttribute('meta[property="og:url"]', 'content'), canonical);
      assert.equal(await page.locator('main#main h1').count(), 1, 'one h1 in main');
      // The 404 page is served with status 404, which Chromium reports as a console error.
      const real = kind === 'notFound' ? errors.filter((e) => !/status of 404/.test(e)) : errors;
      assert.deepEqual(real, []);
      assert.deepEqual(await axeViolations(page), []);
      await page.close();
    });
  }

  test('dark mode: every page type passes axe-core too (contrast in the dark palette)', async () => {
    for (const path of [PAGES.home!, PAGES.guide!, PAGES.service!, PAGES.operator!]) {
      const { page } = await open(browser, site.url + path, { dark: true });
      const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const [r, g, b] = bg.match(/\d+/g)!.map(Number);
      assert.ok(r! + g! + b! < 150, `dark background on ${path}: ${bg}`);
      assert.deepEqual(await axeViolations(page), [], path);
      await page.close();
    }
  });

  test('from the home page a reader reaches a guide and a service page by clicking', async () => {
    const { page, errors } = await open(browser, site.url + '/');
    await page.locator('main .guide-card a').first().click();
    await page.waitForURL(/\/guide\/[a-z0-9-]+\/$/);
    assert.ok(content.guides.some((g) => page.url().endsWith(`/guide/${g.id}/`)));
    assert.ok(await page.locator('main h1').textContent());
    await page.goBack();
    await page.locator('main .service-card a').first().click();
    await page.waitForURL(/\/servizi-a-pagamento\/[a-z0-9-]+\/$/);
    await page.locator('a[href="tel:800442299"]').first().waitFor();
    // And back to the catalog through the breadcrumbs, then to a carrier.
    await page.locator('nav.breadcrumbs a', { hasText: 'Servizi a pagamento' }).click();
    await page.waitForURL(/\/servizi-a-pagamento\/$/);
    await page.locator('main h2 a', { hasText: 'TIM' }).first().click();
    await page.waitForURL(/\/operatori\/tim(-business)?\/$/);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('the header search form sends the query to /cerca/?q=', async () => {
    const { page } = await open(browser, site.url + '/guide/');
    await page.fill('#header-search-q', 'prime go');
    await page.press('#header-search-q', 'Enter');
    await page.waitForURL((u) => u.pathname === '/cerca/' && u.searchParams.get('q') === 'prime go');
    await page.close();
  });

  for (const id of ['tim-prime-go', 'tim-losai']) {
    test(`/servizi-a-pagamento/${id}/: the carrier's own free ways first, 800 44 22 99 only as not covering it, yearly cost, stale warning`, async () => {
      const service = content.services.find((s) => s.id === id);
      assert.ok(service, `${id} is in content/services`);
      const { page } = await open(browser, `${site.url}/servizi-a-pagamento/${id}/`);
      // The first free way listed is the service's own (portal or the carrier's free code), not the 800 number.
      const firstWay = (await page.locator('section.free-ways ul.ways > li').first().textContent())!;
      assert.ok(firstWay.includes(service.data.switchOff[0]!.label), firstWay);
      assert.ok(!/800\s?44\s?22\s?99/.test(firstWay));
      const scope = page.locator('[data-free-number-scope="not-for-options"]');
      assert.match((await scope.textContent())!, /non lo disattiva[\s\S]*terze parti/);
      // Free ways come before the costly ones.
      const order = await page.evaluate(() => {
        const free = document.querySelector('#free-title');
        const costly = document.querySelector('#costly-title');
        return !costly || !!(free && free.compareDocumentPosition(costly) & Node.DOCUMENT_POSITION_FOLLOWING);
      });
      assert.ok(order, 'free ways before costly ways');
      const ref = service.data.prices[0]!;
      const yearly = yearlyCents(toCents(ref.amount), ref.period);
      if (yearly !== null) {
        const shown = await page.locator('[data-price="yearly"]').textContent();
        assert.equal(shown, formatEuro(yearly));
        assert.equal(Number(await page.getAttribute('[data-price="yearly"]', 'data-yearly-cents')), yearly);
      }
      if (id === 'tim-prime-go' && ref.amount === 0.49 && ref.period === 'week') assert.equal(formatEuro(yearly!), '25,48\u00a0€');
      const warning = page.locator('.stale-warning').first();
      assert.ok(await warning.isVisible(), 'stale warning visible');
      assert.match((await warning.textContent())!, /la fonte si riferisce al \d{1,2} [a-z]+ \d{4}/);
      assert.equal(await warning.locator('time').first().getAttribute('datetime'), ref.asOf);
      // Costly ways say what they cost.
      const costly = service.data.switchOff.filter((w) => w.cost > 0);
      for (const w of costly) assert.ok((await page.locator('section.costly-ways').textContent())!.includes(formatEuro(toCents(w.cost))));
      await page.close();
    });
  }

  test('in the catalog, every service card whose price held over 180 days before the build says so', async () => {
    const day = process.env.SENTINELLA_BUILD_DATE || new Date().toISOString().slice(0, 10);
    const { page } = await open(browser, site.url + PAGES.services);
    let stale = 0;
    for (const s of content.services) {
      const card = page.locator(`.service-card[data-service-id="${s.id}"]`);
      assert.equal(await card.count(), 1, `${s.id} is in the catalog`);
      const asOf = s.data.prices[0]!.asOf;
      const expected = isStale(asOf, day);
      if (expected) stale++;
      assert.equal(await card.locator('.stale-warning').count(), expected ? 1 : 0, `${s.id} as of ${asOf}`);
      if (expected) assert.equal(await card.locator('.stale-warning time').getAttribute('datetime'), asOf);
    }
    assert.ok(stale > 0, 'the catalog has stale prices to flag (TIM Prime Go was checked in 2016)');
    await page.close();
  });

  test('at 320 px a guide and a service page do not scroll sideways', async () => {
    for (const path of [PAGES.guide!, PAGES.service!, PAGES.home!, PAGES.operator!]) {
      const { page } = await open(browser, site.url + path, { width: 320 });
      const width = await page.evaluate(() => document.scrollingElement!.scrollWidth);
      assert.ok(width <= 320, `${path} is ${width} px wide at 320 px`);
      await page.close();
    }
  });

  test('a guide with three or more headings has a table of contents whose links reach its sections', async () => {
    const { page } = await open(browser, site.url + PAGES.guide!);
    const links = page.locator('nav.toc a');
    const n = await links.count();
    const headings = await page.locator('.guide-body h2, .guide-body h3').count();
    if (headings < 3) return assert.equal(n, 0);
    assert.equal(n, headings);
    const href = (await links.nth(1).getAttribute('href'))!;
    assert.equal(await page.locator(href).count(), 1);
    await page.close();
  });

  test('a printed guide has no header, navigation or footer, and writes out the address of each link', async () => {
    const { page } = await open(browser, site.url + PAGES.guide!);
    await page.emulateMedia({ media: 'print' });
    for (const sel of ['header.site-header', 'footer.site-footer', 'nav.breadcrumbs']) {
      assert.equal(await page.locator(sel).evaluate((el) => getComputedStyle(el).display), 'none', sel);
    }
    const after = await page.locator('.sources a').first().evaluate((a) => getComputedStyle(a, '::after').content);
    assert.match(after, /https?:\/\//);
    await page.close();
  });

  test('screenshots of home, guide and service page at 1280 and 375 px, light and dark', async () => {
    for (const [name, path] of [['home', PAGES.home!], ['guide', PAGES.guide!], ['service', PAGES.service!]] as const) {
      for (const width of [1280, 375]) {
        for (const dark of [false, true]) {
          const { page } = await open(browser, site.url + path, { width, dark });
          const file = join(SHOTS, `site-${name}-${width}${dark ? '-dark' : ''}.png`);
          await page.screenshot({ path: file, fullPage: true });
          assert.ok(statSync(file).size > 5_000, file);
          await page.close();
        }
      }
    }
  });
});
