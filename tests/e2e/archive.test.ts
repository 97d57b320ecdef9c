/**
 * The invoice archive, end to end: the built extension on the portal fixtures (MyTIM table with a "+" menu,
 * TIM Business cards that render late, a 300-row page, documents that need the session cookie), read back
 * from archive.html's data attributes. Each test starts from an empty archive, default settings and a portal
 * server of its own, and sets up what it needs; what a visit did is read once the content script says its
 * first pass is over (READY_ATTR), never after a fixed delay.
 */
import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import { READY_ATTR } from '../../extension/carrier-page/run-features.ts';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extensionTargets, type ExtensionBrowser, type TestPage as Page } from '../support/browsers.ts';
import { isCarrierHost, isServedHost } from '../support/carrier-hosts.ts';
import { resetExtensionState, settingStored } from '../support/archive-state.ts';
import { PORTAL_FIXTURES, startPortal, type PortalServer } from '../support/portal-server.ts';
import { documentRoute, serveInvoiceDocuments, type DocumentRequest } from '../support/invoice-documents.ts';
import { unzipSync } from 'fflate';
import type { InvoiceRecord } from '../../extension/lib/archive/types.ts';

const SCREENSHOTS = join(import.meta.dirname, '..', 'screenshots');

interface Row { id: string; carrier: string; amount: string; due: string; status: string; doc: string }

for (const target of extensionTargets()) describe(`invoice archive, in ${target.label}`, { skip: target.skip }, () => {
  // One browser for the suite; everything a test could leave for the next (the archive, the extension's
  // settings, the portal's routes and logs, open tabs) is made fresh before each test, so each stands alone.
  let session: ExtensionBrowser;
  /** A screenshot's file name: Chromium keeps the historical names, Firefox adds its own suffix. */
  const png = (name: string) => (target.name === 'chromium' ? `${name}.png` : `${name}-${target.name}.png`);
  let portal: PortalServer;
  let archivePage: Page;
  /** Every address the browser asked for during the current test. */
  let requests: string[] = [];
  let documentRequests: DocumentRequest[] = [];

  before(async () => {
    session = await target.launch();
    session.onRequest((address) => requests.push(address));
  });
  after(async () => {
    await session?.close();
  });

  beforeEach(async () => {
    portal = await startPortal();
    documentRequests = [];
    serveInvoiceDocuments(portal, documentRequests);
    archivePage = await session.newPage();
    await archivePage.goto(session.extensionUrl('archive.html'));
    await archivePage.waitForSelector('html[data-archive-ready="true"]');
    await resetExtensionState(archivePage);
    requests = [];
  });
  afterEach(async () => {
    await archivePage?.close();
    await portal?.close();
    // The browser's own log of this test: it saw the portal (so the check below can fail), and nothing else.
    // Chromium's DevTools announces the hop of a redirect that fetch was told not to follow; the server's own
    // log (checked in the redirect test) shows it was never requested.
    const web = requests.filter((u) => !['chrome-extension:', 'moz-extension:', 'blob:', 'data:', 'about:'].includes(new URL(u).protocol));
    assert.ok(web.some((u) => isCarrierHost(new URL(u).hostname)), `no request to the portal was recorded: ${requests.slice(0, 5).join(', ')}`);
    // The tests' own visits to a carrier host outside the customer areas (promo.tim.it) are the portal's too.
    const foreign = web.filter((u) => !isServedHost(new URL(u).hostname));
    assert.deepEqual(foreign.filter((u) => !(target.name === 'chromium' && new URL(u).pathname === '/altrove.pdf')), []);
  });

  async function rows(): Promise<Row[]> {
    // A reload can race with the page's own startup; a destroyed context is retried, anything else fails.
    for (let attempt = 1; ; attempt++) {
      try {
        return await readRows();
      } catch (error) {
        if (attempt >= 3 || !/context was destroyed|navigat|Target closed|realm|discarded/i.test(String(error))) throw error;
      }
    }
  }

  async function readRows(): Promise<Row[]> {
    await archivePage.goto(session.extensionUrl('archive.html'));
    await archivePage.waitForSelector('html[data-archive-ready="true"]');
    // The list shows the newest 200 first; every invoice is one click away.
    const showAll = archivePage.locator('[data-action="show-all"]');
    if (await showAll.count()) {
      const total = Number(/\((\d+)\)/.exec(await showAll.innerText())![1]);
      await showAll.click();
      await archivePage.waitForFunction((n) => document.querySelectorAll('[data-invoice-id]').length === n, total);
    }
    return archivePage.$$eval('[data-invoice-id]', (els) =>
      els.map((el) => {
        const d = (el as HTMLElement).dataset;
        return { id: d.invoiceId!, carrier: d.carrier!, amount: d.amountCents!, due: d.dueDate!, status: d.status!, doc: d.hasDocument! };
      }),
    );
  }

  /** Reads the archive until `done` holds (capture and document downloads run in the background). */
  async function rowsWhen(done: (r: Row[]) => boolean, timeout = 15_000): Promise<Row[]> {
    const end = Date.now() + timeout;
    let last: Row[] = [];
    while (Date.now() < end) {
      last = await rows();
      if (done(last)) return last;
      await archivePage.waitForTimeout(250);
    }
    assert.fail(`archive did not reach the expected state; last seen: ${JSON.stringify(last.slice(0, 12))} (${last.length} rows)`);
  }

  /**
   * Opens a portal page and waits until the content script has finished its first pass: the invoice capture's
   * first batch is stored and its documents fetched (or refused), so what that visit did is done.
   */
  async function visit(path: string, host = 'www.tim.it'): Promise<Page> {
    const page = await session.newPage();
    await page.goto(`${portal.origin(host)}${path}`);
    await page.waitForSelector(`html[${READY_ATTR}]`);
    return page;
  }

  /** Serves `html` for a portal path in this test (its portal server ends with the test). */
  function serve(path: string, html: string): void {
    portal.route(path, (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(html);
    });
  }

  const mytim = (r: Row[]) => r.filter((x) => x.carrier === 'tim' && !x.id.startsWith('9Z'));
  const fixture = () => readFileSync(join(PORTAL_FIXTURES, 'mytim', 'fatture.html'), 'utf8');
  /** A MyTIM invoice row as the fixture writes them. */
  const mytimRow = (n: string, issued: string, due: string, link = `/mytim/fatture/documento?n=${n}`) =>
    `<tr><td>${n}</td><td>0612345678</td><td>${issued}</td><td>Marzo 2027</td><td>34,90 €</td><td>${due}</td><td>Da pagare</td><td>${link ? `<a href="${link}">Scarica PDF</a>` : ''}</td></tr>`;

  /** The MyTIM invoices page visited once, its 8 invoices archived with their documents. */
  async function archiveMyTim(): Promise<Row[]> {
    const page = await visit('/mytim/fatture.html');
    await page.close();
    return rowsWhen((r) => mytim(r).length === 8 && mytim(r).every((x) => x.doc === 'true'));
  }

  /** The TIM Business invoices page visited once (cards that render late), its 3 invoices archived with documents. */
  async function archiveBusiness(): Promise<Row[]> {
    const page = await visit('/business/fatture.html', 'timbusiness.tim.it');
    const got = await rowsWhen((r) => r.filter((x) => x.carrier === 'tim-business' && x.doc === 'true').length === 3);
    await page.close();
    return got;
  }

  test('MyTIM "La Mia Fattura": every invoice archived once, with exact amounts, dates, statuses and documents', async () => {
    const page = await visit('/mytim/fatture.html');
    const got = await rowsWhen((r) => mytim(r).length === 8 && mytim(r).every((x) => x.doc === 'true'));
    assert.deepEqual(mytim(got).map((r) => [r.id, r.amount, r.due, r.status, r.doc]), [
      // The fixed line's table first, then the mobile line's, each newest first.
      ['8A00263010', '3490', '2026-11-26', 'unpaid', 'true'],
      ['8A00262010', '3490', '2026-10-26', 'paid', 'true'],
      ['8A00261010', '2990', '2026-09-26', 'paid', 'true'],
      ['8A00260010', '2990', '2026-08-26', 'paid', 'true'],
      ['8A00259010', '102990', '2026-07-27', 'unpaid', 'true'],
      ['8A00258010', '2990', '2026-06-26', 'paid', 'true'],
      ['7M00012345', '999', '2026-11-20', 'unpaid', 'true'],
      ['7M00011345', '999', '2026-10-20', 'paid', 'true'],
    ]);
    // Each document was fetched once, from the page's own origin, with the portal's session cookie.
    const mine = documentRequests.filter((d) => d.path === '/mytim/fatture/documento');
    assert.equal(mine.length, 8);
    for (const d of mine) assert.match(d.cookie, /mytim_session=demo-7f3a/);
    assert.match(await archivePage.getByTestId('archive-count').innerText(), /^8 fatture archiviate, 8 nuove/);
    // Nothing archive-related is written into the carrier page, nor stored in its origin.
    const inPage = await page.evaluate(async () => ({
      text: document.body.innerText,
      dbs: (await indexedDB.databases()).map((d) => d.name),
      local: Object.keys(localStorage),
    }));
    assert.doesNotMatch(inPage.text, /archiviat|Archivio fatture/i);
    assert.deepEqual(inPage.dbs, []);
    assert.deepEqual(inPage.local, []);
    await page.close();
  });

  test('a second visit adds nothing and fetches no document again', async () => {
    await archiveMyTim();
    const before = documentRequests.length;
    assert.equal(before, 8);
    // The visit's first pass is over once visit() returns: its capture is stored and any document fetched.
    const page = await visit('/mytim/fatture.html');
    assert.equal(mytim(await rows()).length, 8);
    assert.match(await archivePage.getByTestId('archive-count').innerText(), /^8 fatture archiviate, 0 nuove/);
    assert.equal(documentRequests.length, before);
    await page.close();
  });

  test('the same page again after an invoice was deleted from the archive: the page is read again and the invoice comes back with its document', async () => {
    await archiveMyTim();
    // Archived in full on the first visit: a return visit to the unchanged page does not read it again...
    const again = await visit('/mytim/fatture.html');
    await again.close();
    assert.equal(documentRequests.filter((d) => d.path === '/mytim/fatture/documento').length, 8);
    // ...unless the archive no longer holds all of it.
    const row = () => archivePage.locator('[data-invoice-id="8A00261010"]');
    await row().locator('[data-action="delete"]').click();
    await row().locator('[data-action="confirm-delete"]').click();
    await row().waitFor({ state: 'detached' });
    assert.equal(mytim(await rows()).length, 7);
    const page = await visit('/mytim/fatture.html');
    const got = await rowsWhen((r) => r.find((x) => x.id === '8A00261010')?.doc === 'true');
    assert.equal(mytim(got).length, 8);
    assert.equal(documentRequests.filter((d) => d.path === '/mytim/fatture/documento').length, 9);
    await page.close();
  });

  test('a status change (unpaid → paid) updates the invoice, keeping its history', async () => {
    await archiveMyTim();
    serve('/mytim/fatture.html', fixture().replace(/(<td>8A00263010<\/td>[\s\S]*?<td>)Da pagare(<\/td>)/, '$1Pagata$2'));
    const page = await visit('/mytim/fatture.html');
    const got = await rowsWhen((r) => r.find((x) => x.id === '8A00263010')?.status === 'paid');
    assert.equal(mytim(got).length, 8);
    assert.match(await archivePage.locator('[data-invoice-id="8A00263010"]').innerText(), /2 stati/);
    await page.close();
  });

  test('TIM Business cards that render late: archived with documents, under TIM Business', async () => {
    const got = await archiveBusiness();
    assert.deepEqual(got.filter((x) => x.carrier === 'tim-business').map((r) => [r.id, r.amount, r.due, r.status]), [
      ['4B2026000311', '6159', '2026-11-30', 'unpaid'],
      ['4B2026000287', '6159', '2026-10-31', 'paid'],
      ['4B2026000254', '5900', '2026-09-30', 'paid'],
    ]);
    const business = documentRequests.filter((x) => x.path === '/business/fatture/documento');
    assert.equal(business.length, 3);
    for (const d of business) assert.match(d.cookie, /tb_session=demo-41c9/);
    // The paid extra printed on the invoices is listed with what it cost so far.
    const extra = archivePage.locator('[data-testid="paid-extra"][data-service="tim-losai"]');
    assert.equal(await extra.getAttribute('data-total-cents'), '318');
  });

  test('the price rise on the fixed line is shown as the invoices show it (no announced change covers its dates)', async () => {
    await archiveMyTim();
    const rise = archivePage.locator('[data-testid="price-rise"][data-line="0612345678"]');
    assert.equal(await rise.getAttribute('data-old-cents'), '2990');
    assert.equal(await rise.getAttribute('data-new-cents'), '3490');
    const text = await rise.innerText();
    assert.match(text, /da 29,90\s€ \(agosto 2026\) a 34,90\s€ \(settembre 2026\)/);
    assert.match(text, /60,00\s€ in più all'anno/);
    // Matching an announced change (its name, deadline and letter) is covered in tests/unit/archive-price-rise*.test.ts*.
    assert.equal(await rise.getAttribute('data-price-change-id'), null);
    assert.equal(await rise.locator('[data-testid="no-announced-change"]').count(), 1);
    assert.ok(await archivePage.locator('[data-testid="spending-chart"] rect').count() >= 5);
  });

  test('the 300-row page archives 300 invoices', async () => {
    const page = await visit('/mytim/fatture-300.html');
    const got = await rowsWhen((r) => r.filter((x) => x.id.startsWith('9Z')).length === 300);
    const bulk = got.filter((x) => x.id.startsWith('9Z'));
    assert.equal(new Set(bulk.map((x) => x.id)).size, 300);
    assert.equal(bulk.filter((x) => x.status === 'paid').length, 150);
    assert.equal(bulk.find((x) => x.id === '9Z000299')?.amount, '1024');
    await page.close();
  });

  test('restore: malformed or foreign files write nothing and say why', async () => {
    const before = await archiveMyTim();
    const bad = [
      ['rotto.json', '{"format": "sentinella-archivio-fatture", "invoices": [', /non è leggibile/],
      ['rubrica.json', JSON.stringify({ contatti: [{ nome: 'Anna' }] }), /non è un backup di Sentinella/],
      ['futuro.json', JSON.stringify({ format: 'sentinella-archivio-fatture', version: 7, invoices: [], documents: [] }), /versione 7/],
      ['danneggiato.json', JSON.stringify({ format: 'sentinella-archivio-fatture', version: 1, createdAt: 'x', invoices: [{ id: 'tim:X', carrier: 'tim', number: 'X' }], documents: [] }), /danneggiato/],
    ] as const;
    for (const [name, content, message] of bad) {
      await archivePage.getByTestId('restore-input').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
      const notice = archivePage.getByTestId('notice');
      await notice.waitFor();
      assert.match(await notice.innerText(), message);
      assert.match(await notice.innerText(), /nessun dato è stato importato/);
      assert.equal(await archivePage.getAttribute('[data-testid="notice"]', 'role'), 'alert');
    }
    assert.deepEqual(await rows(), before);
  });

  test('backup and CSV export download; a deleted invoice comes back from the backup with its document', async () => {
    await archiveMyTim();
    await archiveBusiness();
    const download = await archivePage.download(() => archivePage.getByText('Backup completo (JSON, con i documenti)').click());
    const backup = JSON.parse(download.bytes.toString('utf8'));
    assert.equal(backup.invoices.length, 11);
    assert.equal(backup.documents.length, 11);
    const csvDownload = await archivePage.download(() => archivePage.getByText('CSV per Excel (italiano)').click());
    const csv = csvDownload.bytes.toString('utf8');
    assert.match(csv, /^\uFEFFOperatore;Numero;Linea;Periodo;Emessa il;Scadenza;Importo \(€\);Stato;Documento archiviato\r\n/);
    assert.match(csv, /\r\ntim;8A00259010;0612345678;01\/06\/2026 - 30\/06\/2026;05\/07\/2026;27\/07\/2026;1029,90;da pagare;sì\r\n/);
    // The accountant's ZIP: every stored document, named carrier-line-month-number, and the CSV.
    const zipDownload = await archivePage.download(() => archivePage.getByText('ZIP per il commercialista (PDF e CSV)').click());
    const files = unzipSync(new Uint8Array(zipDownload.bytes));
    const names = Object.keys(files);
    assert.equal(names.filter((f) => f.endsWith('.pdf')).length, backup.documents.length);
    assert.ok(names.includes('fatture.csv'));
    const mine = names.find((f) => /^tim-0612345678-\d{4}-\d{2}-8A00259010\.pdf$/.test(f));
    assert.ok(mine, names.join(', '));
    assert.equal(Buffer.from(files[mine]!).subarray(0, 5).toString(), '%PDF-');
    assert.match(await archivePage.getByTestId('notice').innerText(), /ZIP pronto: 11 documenti/);

    // Delete asks first: cancelling keeps the invoice.
    const row = () => archivePage.locator('[data-invoice-id="8A00258010"]');
    await row().locator('[data-action="delete"]').click();
    assert.equal(await row().count(), 1);
    // The confirm step takes the focus, on its safe choice (moved once the step has rendered).
    await archivePage.waitForFunction(() => document.activeElement?.getAttribute('data-action') === 'cancel-delete', undefined, { timeout: 5_000 });
    await row().locator('[data-action="cancel-delete"]').click();
    assert.equal(await row().count(), 1);
    await row().locator('[data-action="delete"]').click();
    await row().locator('[data-action="confirm-delete"]').click();
    await row().waitFor({ state: 'detached' });
    assert.equal((await rows()).length, 10);

    await archivePage.getByTestId('restore-input').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: download.bytes });
    await archivePage.getByTestId('notice').waitFor();
    assert.match(await archivePage.getByTestId('notice').innerText(), /Ripristino completato: 1 fatture aggiunte, 0 aggiornate, 1 documenti/);
    const restored = await rows();
    assert.equal(restored.length, 11);
    assert.equal(restored.find((r) => r.id === '8A00258010')?.doc, 'true');
  });

  test('with "archive automatically" off, a new invoice is not archived', async () => {
    await rows();
    await archivePage.getByTestId('auto-archive').uncheck();
    // The setting is stored before the portal is visited (the content script reads it from storage).
    await settingStored(archivePage, false);
    serve('/mytim/fatture.html', fixture().replace('<tbody>', `<tbody>${mytimRow('8A00264010', '05/12/2026', '28/12/2026', '')}`));
    // Its first pass over an invoice page is over: with the setting off it stored nothing.
    const page = await visit('/mytim/fatture.html');
    assert.deepEqual(await rows(), []);
    assert.equal(documentRequests.length, 0);
    await archivePage.getByTestId('auto-archive').check();
    await settingStored(archivePage, true);
    await page.reload();
    await rowsWhen((r) => r.some((x) => x.id === '8A00264010'));
    await page.close();
  });

  test('a document that fails is recorded, not retried on the same visit, and fetched on the next visit', async () => {
    serve('/mytim/fatture.html', fixture().replace('<tbody>', `<tbody>${mytimRow('8A00265010', '05/01/2027', '26/01/2027', '/mytim/fatture/doc-instabile?n=8A00265010')}`));
    let calls = 0;
    const ok = documentRoute('mytim_session', documentRequests);
    portal.route('/mytim/fatture/doc-instabile', (req, res) => {
      calls++;
      if (calls === 1) {
        res.writeHead(503, { 'content-type': 'text/plain' });
        return res.end('Servizio non disponibile');
      }
      ok(req, res);
    });
    // The first pass tried the document once and recorded the failure.
    const page = await visit('/mytim/fatture.html');
    assert.equal(calls, 1);
    assert.equal((await rows()).find((x) => x.id === '8A00265010')?.doc, 'false');
    assert.match(await archivePage.locator('[data-invoice-id="8A00265010"]').innerText(), /Documento non ancora salvato: riprovo alla prossima visita/);
    // The page changes on the same visit: the capture runs again (the new row is archived) but does not retry.
    await page.evaluate(() => {
      const row = document.querySelector('tbody tr')!.cloneNode(true) as HTMLTableRowElement;
      row.cells[0]!.textContent = '8A00265020';
      row.cells[7]!.textContent = '';
      document.querySelector('tbody')!.prepend(row);
    });
    await rowsWhen((r) => r.some((x) => x.id === '8A00265020'));
    assert.equal(calls, 1);
    await page.reload();
    await rowsWhen((r) => r.find((x) => x.id === '8A00265010')?.doc === 'true');
    assert.equal(calls, 2);
    await page.close();
  });

  test('a session-expired answer and a redirect elsewhere are not stored as documents; the real one is, on a later visit', async () => {
    const rows2 = mytimRow('8A00266010', '05/02/2027', '26/02/2027', '/mytim/fatture/doc-scaduto?n=8A00266010')
      + mytimRow('8A00267010', '05/03/2027', '26/03/2027', '/mytim/fatture/doc-spostato?n=8A00267010');
    serve('/mytim/fatture.html', fixture().replace('<tbody>', `<tbody>${rows2}`));
    // The portal's session has expired: a 200 answer, labelled as a PDF, that is its login page.
    let expired = true;
    const ok = documentRoute('mytim_session', documentRequests);
    portal.route('/mytim/fatture/doc-scaduto', (req, res) => {
      if (!expired) return ok(req, res);
      res.writeHead(200, { 'content-type': 'application/pdf' });
      res.end('<!doctype html><title>Accedi a MyTIM</title><form>Sessione scaduta</form>');
    });
    // A document moved to another origin: the redirect must not be followed there.
    portal.route('/mytim/fatture/doc-spostato', (_req, res) => {
      res.writeHead(302, { location: `https://localhost:${portal.port}/altrove.pdf` });
      res.end();
    });
    portal.route('/altrove.pdf', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/pdf' });
      res.end('%PDF-1.4 altrove');
    });
    // The first pass is over: both answers were tried, and both are recorded as failures.
    const page = await visit('/mytim/fatture.html');
    let r = await rows();
    const failed = (id: string) => archivePage.locator(`[data-invoice-id="${id}"]`).innerText();
    assert.equal(r.find((x) => x.id === '8A00266010')?.doc, 'false');
    assert.equal(r.find((x) => x.id === '8A00267010')?.doc, 'false');
    assert.match(await failed('8A00266010'), /Documento non ancora salvato/);
    assert.match(await failed('8A00267010'), /Documento non ancora salvato/);
    assert.ok(portal.requests.some((q) => q.path === '/mytim/fatture/doc-spostato'));
    assert.deepEqual(portal.requests.filter((q) => q.path === '/altrove.pdf'), []);
    // The session is back: the next visit stores the real PDF.
    expired = false;
    await page.reload();
    r = await rowsWhen((x) => x.find((y) => y.id === '8A00266010')?.doc === 'true');
    assert.equal(r.find((x) => x.id === '8A00267010')?.doc, 'false');
    assert.deepEqual(portal.requests.filter((q) => q.path === '/altrove.pdf'), []);
    await page.close();
  });

  test('a carrier page outside the customer area archives nothing: the extension does not even run there', async () => {
    const table = fixture().replace('<tbody>', `<tbody>${mytimRow('8A00268010', '05/04/2027', '26/04/2027')}`);
    // The same invoice table inside MyTIM is read and archived, timed: the first pass is over within `took` ms.
    serve('/mytim/fatture.html', table);
    const started = Date.now();
    const mytimPage = await visit('/mytim/fatture.html');
    const took = Date.now() - started;
    assert.ok((await rows()).some((x) => x.id === '8A00268010'));
    await mytimPage.close();
    // On a TIM host that is not a customer area (not in content/operators), given several times as long, the
    // content script never says it ran, and an invoice only that page shows is not archived.
    serve('/promo/fatture.html', table.replace('8A00268010', '8A00268011'));
    const before = documentRequests.length;
    const promo = await session.newPage();
    await promo.goto(`${portal.origin('promo.tim.it')}/promo/fatture.html`);
    await promo.waitForTimeout(Math.max(1_500, 3 * took));
    assert.equal(await promo.getAttribute('html', READY_ATTR), null);
    assert.equal((await rows()).some((x) => x.id === '8A00268011'), false);
    assert.equal(documentRequests.length, before);
    await promo.close();
  });

  test('the archive page asks the browser to keep the archive and says how much space is used and left', async () => {
    await archiveMyTim();
    const persisted = archivePage.getByTestId('storage-persisted');
    await archivePage.waitForFunction(() => document.querySelector('[data-testid="storage-persisted"]')?.getAttribute('data-persisted') !== 'asking');
    const state = await persisted.getAttribute('data-persisted');
    assert.ok(['true', 'false', 'unknown'].includes(state!), String(state));
    assert.match(await persisted.innerText(), state === 'true' ? /ha promesso di conservare/ : /backup/);
    const usage = archivePage.getByTestId('storage-usage');
    assert.match(await usage.innerText(), /^Spazio usato: [\d.,]+ MB; liberi: [\d.,]+ MB dei [\d.,]+ MB/);
    // The archive holds documents by now: space used is counted, and what is left is less than the quota.
    assert.ok(Number(await usage.getAttribute('data-usage-bytes')) > 0);
  });

  test('archive.html and the popup have no serious accessibility problem (axe-core), light and dark', async () => {
    // A full page: invoices of two carriers, a price rise, paid extras, the comparison.
    await archiveMyTim();
    await archiveBusiness();
    const axe = readFileSync(join(import.meta.dirname, '..', '..', 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
    const popup = await session.newPage();
    // Firefox over BiDi cannot emulate a colour scheme: there the light one is checked, the dark one in Chromium.
    for (const scheme of session.canEmulateColorScheme ? (['light', 'dark'] as const) : (['light'] as const)) {
      for (const page of [archivePage, popup]) {
        if (session.canEmulateColorScheme) await session.emulateColorScheme(page, scheme);
        if (page === popup) await popup.goto(session.extensionUrl('popup.html'));
        else await rows();
        await page.waitForSelector('h1');
        // The popup's invoice summary is drawn once the archive has answered: checked when it is there.
        if (page === popup) await page.waitForSelector('[data-testid="invoice-summary"]');
        // Extension pages forbid inline scripts: axe is evaluated through the DevTools protocol instead.
        await page.evaluate(axe);
        // In the popup, only the archive's own section (the rest belongs to other features).
        const violations: string[] = await page.evaluate(async (inPopup) => {
          const scope = inPopup ? document.querySelector('[data-testid="invoice-summary"]')! : document;
          const r = await (globalThis as any).axe.run(scope, { resultTypes: ['violations'] });
          return r.violations
            .filter((v: any) => v.impact === 'serious' || v.impact === 'critical')
            .map((v: any) => `${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n: any) => n.target.join(' ')).join(', ')})`);
        }, page === popup);
        assert.deepEqual(violations, [], `${scheme} ${page === popup ? 'popup' : 'archive'}`);
      }
    }
    await popup.close();
  });

  test('the popup sums up the archive; screenshots of the archive and the popup', async () => {
    await archiveMyTim();
    await archiveBusiness();
    const popup = await session.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(session.extensionUrl('popup.html'));
    await popup.getByTestId('invoice-count').waitFor();
    assert.match(await popup.getByTestId('invoice-count').innerText(), /^11 fatture archiviate, 3 nuove$/);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await popup.screenshot({ path: join(SCREENSHOTS, png('popup-archive')), fullPage: true });
    await rows();
    await archivePage.locator('select').nth(0).selectOption('tim');
    await archivePage.locator('select').nth(1).selectOption('0612345678');
    await archivePage.screenshot({ path: join(SCREENSHOTS, png('archive')), fullPage: true });
    if (session.canEmulateColorScheme) {
      await session.emulateColorScheme(archivePage, 'dark');
      await archivePage.screenshot({ path: join(SCREENSHOTS, png('archive-dark')), fullPage: true });
    }
    await popup.close();
  });
});

/** An archived invoice as the archive stores it, for a page that starts from exactly these invoices. */
function record(carrier: string, number: string, line: string | null, issueDate: string, amountCents: number): InvoiceRecord {
  return {
    id: `${carrier}:${number}`, carrier, number, line, amountCents, issueDate, periodMonth: issueDate.slice(0, 7), period: null,
    dueDate: `${issueDate.slice(0, 8)}26`, status: 'paid', documentUrl: null, items: [],
    firstSeen: '2026-11-01T09:00:00.000Z', lastSeen: '2026-11-01T09:00:00.000Z',
    history: [{ at: '2026-11-01T09:00:00.000Z', status: 'paid', amountCents }], document: { state: 'none', attempts: 0 },
  };
}

interface Group { heading: string; sum: string; rows: string[][] }

for (const target of extensionTargets()) describe(`archive grouped by carrier and line, in ${target.label}`, { skip: target.skip }, () => {
  let session: ExtensionBrowser;
  before(async () => {
    session = await target.launch();
  });
  after(async () => {
    await session?.close();
  });

  /** archive.html in a tab of its own, on exactly these invoices (whatever the archive held before is gone). */
  async function archiveWith(records: InvoiceRecord[]): Promise<Page> {
    const page = await session.newPage();
    await page.goto(session.extensionUrl('archive.html'));
    await page.waitForSelector('html[data-archive-ready="true"]');
    await page.evaluate(async (list) => {
      const db: IDBDatabase = await new Promise((resolve, reject) => {
        const req = indexedDB.open('sentinella-archive');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(['invoices', 'documents'], 'readwrite');
        tx.objectStore('invoices').clear();
        tx.objectStore('documents').clear();
        for (const r of list) tx.objectStore('invoices').put(r);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    }, records);
    await page.reload();
    await page.waitForSelector('html[data-archive-ready="true"]');
    return page;
  }

  /** Each section as a reader sees it: its heading, its count and total, and each row's number and amount. */
  function groups(page: Page): Promise<Group[]> {
    return page.$$eval('[data-testid="invoice-group"]', (els) => {
      const text = (el: Element | null) => ((el as HTMLElement | null)?.innerText ?? '').replace(/[\u00a0\u202f]/g, ' ').trim();
      return els.map((el) => ({
        heading: text(el.querySelector('h3')),
        sum: text(el.querySelector('[data-testid="group-sum"]')),
        rows: [...el.querySelectorAll('tbody tr')].map((tr) => [text(tr.querySelector('th')), text(tr.querySelector('td.num'))]),
      }));
    });
  }

  test('one table per carrier and line, by carrier then line, each newest first with its count and total', async () => {
    // Newest first across carriers and lines, interleaved as a customer with two TIM lines and an iliad SIM gets them.
    const page = await archiveWith([
      record('tim', '8A00263010', '0612345678', '2026-11-05', 3490),
      record('iliad', 'IB2611004521', '3519876543', '2026-11-01', 999),
      record('tim', '7M00012345', '3331234567', '2026-10-28', 1299),
      record('tim', '8A00262010', '0612345678', '2026-10-05', 3490),
      record('iliad', 'IB2610003987', '3519876543', '2026-10-01', 999),
      record('tim', '7M00011345', '3331234567', '2026-09-28', 1299),
      record('tim', '8A00261010', '0612345678', '2026-09-05', 2990),
      record('tim', 'RA40812345', null, '2026-08-10', 500),
    ]);
    assert.deepEqual(await groups(page), [
      { heading: 'iliad · linea 3519876543', sum: '2 fatture, in tutto 19,98 €', rows: [['IB2611004521', '9,99 €'], ['IB2610003987', '9,99 €']] },
      { heading: 'TIM · linea 0612345678', sum: '3 fatture, in tutto 99,70 €', rows: [['8A00263010', '34,90 €'], ['8A00262010', '34,90 €'], ['8A00261010', '29,90 €']] },
      { heading: 'TIM · linea 3331234567', sum: '2 fatture, in tutto 25,98 €', rows: [['7M00012345', '12,99 €'], ['7M00011345', '12,99 €']] },
      { heading: 'TIM · linea non indicata', sum: '1 fattura, in tutto 5,00 €', rows: [['RA40812345', '5,00 €']] },
    ]);
    // Each table is named by its heading, for a screen reader moving from table to table.
    const named = await page.$$eval('[data-testid="invoice-group"] table', (tables) =>
      tables.map((t) => document.getElementById(t.getAttribute('aria-labelledby') ?? '')?.textContent ?? ''));
    assert.deepEqual(named, ['iliad · linea 3519876543', 'TIM · linea 0612345678', 'TIM · linea 3331234567', 'TIM · linea non indicata']);
    await page.screenshot({ path: target.name === 'chromium' ? '/tmp/archive-groups.png' : `/tmp/archive-groups-${target.name}.png`, fullPage: true });

    // The filters still apply: one carrier leaves its lines; one line leaves its table.
    await page.locator('select').nth(0).selectOption('tim');
    assert.deepEqual((await groups(page)).map((g) => g.heading), ['TIM · linea 0612345678', 'TIM · linea 3331234567', 'TIM · linea non indicata']);
    await page.locator('select').nth(1).selectOption('3331234567');
    assert.deepEqual(await groups(page), [
      { heading: 'TIM · linea 3331234567', sum: '2 fatture, in tutto 25,98 €', rows: [['7M00012345', '12,99 €'], ['7M00011345', '12,99 €']] },
    ]);
    await page.close();
  });

  test('a long archive shows the newest 200 rows first; a group cut short or left out says so and "Mostra tutte" shows the rest', async () => {
    const day = (i: number) => new Date(Date.UTC(2026, 10, 1) - i * 86_400_000).toISOString().slice(0, 10);
    // 150 recent invoices on the fixed line, 60 older ones on the mobile line, 5 oldest from iliad: the newest
    // 200 cut the mobile line at 50 and leave iliad's out.
    const page = await archiveWith([
      ...Array.from({ length: 150 }, (_, i) => record('tim', `F${String(i).padStart(5, '0')}`, '0612345678', day(i), 1000)),
      ...Array.from({ length: 60 }, (_, i) => record('tim', `M${String(i).padStart(5, '0')}`, '3331234567', day(150 + i), 500)),
      ...Array.from({ length: 5 }, (_, i) => record('iliad', `I${String(i).padStart(5, '0')}`, '3519876543', day(210 + i), 999)),
    ]);
    let seen = await groups(page);
    assert.deepEqual(seen.map((g) => [g.heading, g.sum, g.rows.length]), [
      ['iliad · linea 3519876543', '5 fatture, in tutto 49,95 €', 0],
      ['TIM · linea 0612345678', '150 fatture, in tutto 1.500,00 €', 150],
      ['TIM · linea 3331234567', '60 fatture, in tutto 300,00 € (mostrate le 50 più recenti)', 50],
    ]);
    assert.match(await page.locator('[data-testid="invoice-group"][data-carrier="iliad"]').innerText(), /più vecchie di quelle mostrate: «Mostra tutte» le elenca/);
    assert.deepEqual(seen[2]!.rows.at(-1), ['M00049', '5,00 €']);
    await page.locator('[data-action="show-all"]').click();
    await page.waitForFunction(() => document.querySelectorAll('[data-invoice-id]').length === 215);
    seen = await groups(page);
    assert.deepEqual(seen.map((g) => [g.heading, g.sum, g.rows.length]), [
      ['iliad · linea 3519876543', '5 fatture, in tutto 49,95 €', 5],
      ['TIM · linea 0612345678', '150 fatture, in tutto 1.500,00 €', 150],
      ['TIM · linea 3331234567', '60 fatture, in tutto 300,00 €', 60],
    ]);
    assert.deepEqual(seen[2]!.rows.at(-1), ['M00059', '5,00 €']);
    assert.equal(await page.locator('[data-testid="group-hidden"]').count(), 0);
    assert.equal(await page.locator('[data-action="show-all"]').count(), 0);
    await page.close();
  });
});
