/**
 * The variant corpus in the real built extension, in Chromium and in Firefox ESR: the same line rendered in
 * every markup style of tests/corpus, served under https://www.tim.it, must light up exactly the model's paid
 * extras in the panel; the same invoices in every invoice style end up in the archive once each, with their
 * documents. Also pages that render late and a single-page portal that changes view without reloading.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ServerResponse } from 'node:http';
import { extensionTargets, type ExtensionBrowser, type TestPage as Page } from '../support/browsers.ts';
import { startPortal, type PortalServer } from '../support/portal-server.ts';
import { resetExtensionState } from '../support/archive-state.ts';
import { serveInvoiceDocuments } from '../support/invoice-documents.ts';
import { unseenPages } from '../support/unseen-pages.ts';
import { serviceStyles, expectedServices, type RenderedPage } from '../corpus/services-styles.ts';
import { invoiceStyles } from '../corpus/invoice-styles.ts';
import { amountForms, dateForms, priceForms } from '../corpus/forms.ts';
import { invoices, line } from '../corpus/line-model.ts';

const SHOTS = join(import.meta.dirname, '..', 'screenshots');
/** Pages written apart from the readers, after real portals, each with what a person reads on it. */
const unseenLinePages = unseenPages('services').map((p) => ({ file: `${p.name}.html`, url: p.url, html: p.html, ids: p.expected.paidExtras.map((e) => e.catalogId ?? 'unknown'), unread: p.expected.unread !== undefined }));
const unseenInvoicePages = unseenPages('invoices').map((p) => ({ file: `${p.name}.html`, url: p.url, html: p.html, carrier: p.expected.carrier, invoices: p.expected.invoices, unread: p.expected.unread !== undefined }));
const EXPECTED_IDS = expectedServices().map((s) => s.id);
const priceFormNames = Object.keys(priceForms);

function html(page: RenderedPage, extraScript = ''): string {
  return `<!doctype html><html lang="it"><head><meta charset="utf-8"><title>${page.title}</title></head><body>${page.body}<script>document.cookie = 'mytim_session=demo-corpus; path=/';${page.script ?? ''}${extraScript}</script></body></html>`;
}

function send(res: ServerResponse, body: string): void {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(body);
}

/** A page whose options arrive 600 ms after load, as a portal's API answer would. */
function latePage(): string {
  const rendered = serviceStyles['div-rows']!(line, priceForms['euro-slash']!);
  const main = /<main>([\s\S]*)<\/main>/.exec(rendered.body)![1]!;
  const shell = rendered.body.replace(main, '<p>Caricamento…</p>');
  return html({ ...rendered, body: shell }, `setTimeout(() => { document.querySelector('main').innerHTML = ${JSON.stringify(main)}; }, 600);`);
}

/** A single-page portal: a dashboard first, then the options view through pushState, then the invoices view. */
function spaPage(): string {
  const options = /<main>([\s\S]*)<\/main>/.exec(serviceStyles.cards!(line, priceForms['split-markup']!).body)![1]!;
  const bills = /<main>([\s\S]*)<\/main>/.exec(invoiceStyles['div-grid']!(invoices(6), { amount: amountForms['euro-before']!, date: dateForms.long! }).body)![1]!;
  const script = `
    const views = { opzioni: ${JSON.stringify(options)}, fatture: ${JSON.stringify(bills)} };
    const main = document.querySelector('main');
    function show(view) {
      main.innerHTML = views[view] ?? '<h1>Ciao Laura</h1><p>Benvenuta nella tua area clienti.</p>';
      document.title = view === 'fatture' ? 'MyTIM | La Mia Fattura' : 'MyTIM';
    }
    for (const a of document.querySelectorAll('[data-view]')) a.addEventListener('click', (e) => { e.preventDefault(); history.pushState({}, '', a.href); show(a.dataset.view); });
    window.addEventListener('popstate', () => show(location.hash.slice(1)));
    show('');`;
  const body = `<header><a href="/">TIM</a><nav><a data-view="opzioni" href="/mytim/spa#opzioni">Le tue opzioni</a> <a data-view="fatture" href="/mytim/spa#fatture">Fatture</a></nav></header><main></main>`;
  return html({ title: 'MyTIM', body }, script);
}

const panelIds = (page: Page) => page.panel().locator('[data-service-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-service-id')));

async function waitForPanel(page: Page, count: number): Promise<void> {
  await page.waitForSelector('html[data-sentinella-ready]', { timeout: 15_000 });
  await page.panel().locator('[data-service-id]').nth(count - 1).waitFor({ state: 'attached', timeout: 15_000 });
}

for (const target of extensionTargets()) describe(`variant corpus in ${target.label}`, { skip: target.skip }, () => {
  let portal: PortalServer;
  let session: ExtensionBrowser;
  const shot = (name: string) => join(SHOTS, target.name === 'chromium' ? `${name}.png` : `${name}-${target.name}.png`);

  before(async () => {
    mkdirSync(SHOTS, { recursive: true });
    portal = await startPortal();
    serveInvoiceDocuments(portal);
    Object.keys(serviceStyles).forEach((style, i) => {
      const form = priceForms[priceFormNames[i % priceFormNames.length]!]!;
      portal.route(`/mytim/variante/${style}`, (_req, res) => send(res, html(serviceStyles[style]!(line, form))));
    });
    Object.keys(invoiceStyles).forEach((style, i) => {
      const forms = { amount: Object.values(amountForms)[i % 5]!, date: Object.values(dateForms)[(i + 2) % 5]! };
      portal.route(`/mytim/fatture-variante/${style}`, (_req, res) => send(res, html(invoiceStyles[style]!(invoices(14), forms))));
    });
    portal.route('/mytim/tardi', (_req, res) => send(res, latePage()));
    portal.route('/mytim/spa', (_req, res) => send(res, spaPage()));
    session = await target.launch();
  });
  after(async () => {
    await session?.close();
    await portal?.close();
  });

  /** Empties the archive: invoices another test archived (the SPA's six are among the styles' fourteen) must not count here. */
  async function freshArchive(): Promise<void> {
    const archive = await session.newPage();
    await archive.goto(session.extensionUrl('archive.html'));
    await archive.waitForSelector('html[data-archive-ready="true"]');
    await resetExtensionState(archive);
    await archive.close();
  }

  test('every markup style of the options page: exactly the paid extras in the panel', async () => {
    const page = await session.newPage();
    const wrong: string[] = [];
    for (const style of Object.keys(serviceStyles)) {
      await page.goto(`${portal.origin()}/mytim/variante/${style}`);
      try {
        await waitForPanel(page, EXPECTED_IDS.length);
        const ids = await panelIds(page);
        if (JSON.stringify(ids) !== JSON.stringify(EXPECTED_IDS)) wrong.push(`${style}: ${ids.join(', ')}`);
      } catch (error) {
        wrong.push(`${style}: ${(error as Error).message.split('\n')[0]}`);
      }
      if (style === 'kebab') {
        // The panel open on a page no one wrote for the reader: names, prices with their unit, yearly costs.
        const toggle = page.panel().locator('button.toggle');
        if ((await toggle.count()) && (await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
        await page.screenshot({ path: shot('corpus-kebab'), fullPage: true });
        const prices = await page.panel().locator('[data-service-id] [data-price]').allInnerTexts();
        if (!prices.some((p) => /200 MB/.test(p))) wrong.push(`kebab: the usage price is shown without its unit (${prices.join(' | ')})`);
      }
    }
    await page.close();
    assert.deepEqual(wrong, []);
  });

  test('line pages written apart from the detector, on their carriers\' hosts: exactly the paid extras a person sees, in the panel', async () => {
    const page = await session.newPage();
    const wrong: string[] = [];
    for (const unseen of unseenLinePages) {
      // Routed just before its visit: pages of one carrier may share an address (three iliad pages do).
      portal.route(unseen.url.pathname, (_req, res) => send(res, unseen.html));
      await page.goto(`${portal.origin(unseen.url.hostname)}${unseen.url.pathname}`);
      try {
        // A page with no paid extra shows no panel: its first pass ends with none. On a page the detector
        // cannot read yet, whatever the panel shows is a paid extra of the page.
        if (unseen.ids.length > 0 && !unseen.unread) await waitForPanel(page, unseen.ids.length);
        else await page.waitForSelector('html[data-sentinella-ready]', { timeout: 15_000 });
        const ids = await panelIds(page);
        if (unseen.unread ? ids.some((id) => !unseen.ids.includes(id ?? '')) : JSON.stringify(ids) !== JSON.stringify(unseen.ids)) wrong.push(`${unseen.file}: ${ids.join(', ')} (expected ${unseen.ids.join(', ')})`);
      } catch (error) {
        wrong.push(`${unseen.file}: ${(error as Error).message.split('\n')[0]}`);
      }
    }
    await page.close();
    assert.deepEqual(wrong, []);
  });

  test('options that render late are found once they appear', async () => {
    const page = await session.newPage();
    await page.goto(`${portal.origin()}/mytim/tardi`);
    await waitForPanel(page, EXPECTED_IDS.length);
    assert.deepEqual(await panelIds(page), EXPECTED_IDS);
    await page.close();
  });

  test('a single-page portal: no panel on the dashboard, the extras on the options view, the invoices archived from the invoices view', async () => {
    await freshArchive();
    const page = await session.newPage();
    await page.goto(`${portal.origin()}/mytim/spa`);
    await page.waitForSelector('html[data-sentinella-ready]', { timeout: 15_000 });
    await page.getByText('Benvenuta nella tua area clienti.').waitFor();
    assert.equal(await page.panel().locator('[data-service-id]').count(), 0);
    await page.locator('[data-view="opzioni"]').click();
    await waitForPanel(page, EXPECTED_IDS.length);
    assert.deepEqual(await panelIds(page), EXPECTED_IDS);
    await page.locator('[data-view="fatture"]').click();
    // The options view is gone: its extras leave the panel.
    await page.getByText('Numero documento').waitFor();
    const end = Date.now() + 10_000;
    while ((await panelIds(page)).length > 0 && Date.now() < end) await page.waitForTimeout(200);
    assert.deepEqual(await panelIds(page), []);
    const archive = await session.newPage();
    await archive.goto(session.extensionUrl('archive.html'));
    await archive.waitForFunction((numbers) => numbers.every((n) => document.querySelector(`[data-invoice-id="${n}"]`)), invoices(6).map((i) => i.number), { timeout: 15_000 });
    await archive.close();
    await page.close();
  });

  test('every invoice style: each invoice archived once, with number, amount, due date, status and document', async () => {
    await freshArchive();
    const page = await session.newPage();
    for (const style of Object.keys(invoiceStyles)) {
      await page.goto(`${portal.origin()}/mytim/fatture-variante/${style}`);
      await page.waitForSelector('html[data-sentinella-ready]', { timeout: 15_000 });
    }
    await page.close();
    const expected = invoices(14);
    const archive = await session.newPage();
    const read = () =>
      archive.$$eval('[data-invoice-id]', (els) => els.map((el) => ({ ...(el as HTMLElement).dataset })) as Record<string, string>[]);
    const end = Date.now() + 20_000;
    let rows: Record<string, string>[] = [];
    while (Date.now() < end) {
      await archive.goto(session.extensionUrl('archive.html'));
      await archive.waitForSelector('html[data-archive-ready="true"]');
      const showAll = archive.locator('[data-action="show-all"]');
      if (await showAll.count()) await showAll.click();
      rows = (await read()).filter((r) => expected.some((e) => e.number === r.invoiceId));
      if (rows.length === expected.length && rows.every((r) => r.hasDocument === 'true')) break;
      await archive.waitForTimeout(400);
    }
    await archive.screenshot({ path: shot('corpus-archive'), fullPage: true });
    await archive.close();
    const byNumber = new Map(rows.map((r) => [r.invoiceId, r]));
    assert.equal(rows.length, expected.length, 'each invoice once');
    for (const e of expected) {
      const row = byNumber.get(e.number);
      assert.ok(row, `${e.number} archived`);
      assert.equal(row.amountCents, String(e.amountCents), `${e.number} amount`);
      assert.equal(row.dueDate, e.dueDate, `${e.number} due date`);
      assert.equal(row.status, e.status, `${e.number} status`);
      assert.equal(row.hasDocument, 'true', `${e.number} document`);
    }
  });
  test('invoice pages written apart from the reader, on their carriers\' hosts: exactly their invoices in the archive, each once, nothing else', async () => {
    await freshArchive();
    const page = await session.newPage();
    for (const unseen of unseenInvoicePages) {
      // Routed just before its visit: two pages may share a path (one with a query, as the same portal's filters).
      portal.route(unseen.url.pathname, (_req, res) => send(res, unseen.html));
      await page.goto(`${portal.origin(unseen.url.hostname)}${unseen.url.pathname}`);
      await page.waitForSelector('html[data-sentinella-ready]', { timeout: 30_000 });
      // A page that draws its list later, on a timer of its own (a skeleton first): a person waits for the list.
      if (unseen.html.includes('setTimeout(')) await page.waitForTimeout(2_000);
    }
    await page.close();
    // A page the reader cannot read yet adds nothing; an invoice archived from it would be "not an invoice" below
    // unless it is one the page shows.
    // Invoices are the carrier's: two carriers may use the same number (a TIM and a TIM Business credit note do).
    const expected = unseenInvoicePages.filter((p) => !p.unread).flatMap((p) => p.invoices.map((inv) => ({ ...inv, key: `${p.carrier}:${inv.number}`, file: p.file })));
    const unreadShown = new Set(unseenInvoicePages.filter((p) => p.unread).flatMap((p) => p.invoices.map((inv) => `${p.carrier}:${inv.number}`)));
    const archive = await session.newPage();
    const read = () => archive.$$eval('[data-invoice-id]', (els) => els.map((el) => ({ ...(el as HTMLElement).dataset })) as Record<string, string>[]);
    const end = Date.now() + 20_000;
    let rows: Record<string, string>[] = [];
    while (Date.now() < end) {
      await archive.goto(session.extensionUrl('archive.html'));
      await archive.waitForSelector('html[data-archive-ready="true"]');
      const showAll = archive.locator('[data-action="show-all"]');
      if (await showAll.count()) await showAll.click();
      rows = await read();
      if (rows.length >= expected.length) break;
      await archive.waitForTimeout(400);
    }
    await archive.close();
    const wrong: string[] = [];
    const byKey = new Map(rows.map((r) => [`${r.carrier}:${r.invoiceId}`, r]));
    for (const e of expected) {
      const row = byKey.get(e.key);
      if (!row) {
        wrong.push(`${e.file}: ${e.number} not archived`);
        continue;
      }
      const got = { amountCents: row.amountCents || null, dueDate: row.dueDate || null, status: row.status || null };
      const want = { amountCents: e.amountCents === null ? null : String(e.amountCents), dueDate: e.dueDate, status: e.status };
      if (JSON.stringify(got) !== JSON.stringify(want)) wrong.push(`${e.file}: ${e.number} ${JSON.stringify(got)} (expected ${JSON.stringify(want)})`);
    }
    const known = new Set(expected.map((e) => e.key));
    for (const r of rows) {
      const key = `${r.carrier}:${r.invoiceId}`;
      if (!known.has(key) && !unreadShown.has(key)) wrong.push(`archived, but not an invoice on any page: ${key}`);
    }
    assert.ok(rows.length > 0, 'the archive shows invoices');
    assert.deepEqual(wrong, []);
  });
});
