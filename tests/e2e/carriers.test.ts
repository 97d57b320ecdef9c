/**
 * Every carrier whose customer area the extension supports, in the built extension, Chromium and Firefox ESR:
 * each fixture page of tests/fixtures/portal/<carrier>/ that expected.json places under the carrier's real
 * address (https://www.iliad.it/account/…, https://fastweb.it/myfastweb/…) shows exactly the expected paid
 * extras in the panel, a page of only included options shows no panel, and the invoices page ends up in the
 * archive once each, with its documents.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extensionTargets, type ExtensionBrowser } from '../support/browsers.ts';
import { PORTAL_FIXTURES, startPortal, type PortalServer } from '../support/portal-server.ts';

const SHOTS = join(import.meta.dirname, '..', 'screenshots');

interface ExpectedPage {
  url: string | null;
  services: { id: string; name: string }[];
  invoices: { number: string; amountCents: number; dueDate: string | null; status: string | null; hasDocument: boolean }[];
}

/** Pages with a real address, per carrier folder. */
const carriers = readdirSync(PORTAL_FIXTURES)
  .filter((d) => existsSync(join(PORTAL_FIXTURES, d, 'expected.json')))
  .map((dir) => ({ dir, pages: Object.entries((JSON.parse(readFileSync(join(PORTAL_FIXTURES, dir, 'expected.json'), 'utf8')) as { pages: Record<string, ExpectedPage> }).pages).filter(([, p]) => p.url) }))
  .filter((c) => c.pages.length > 0);

function contentType(file: string): string {
  return file.endsWith('.pdf') ? 'application/pdf' : 'text/html; charset=utf-8';
}

for (const target of extensionTargets()) describe(`supported carriers in ${target.label}`, { skip: target.skip }, () => {
  let portal: PortalServer;
  let session: ExtensionBrowser;

  before(async () => {
    mkdirSync(SHOTS, { recursive: true });
    portal = await startPortal();
    // Each carrier folder is served at the path its pages claim (its documents beside them).
    for (const { dir, pages } of carriers) {
      const base = new URL(pages[0]![1].url!).pathname.replace(/[^/]*$/, '');
      const files = [...readdirSync(join(PORTAL_FIXTURES, dir)).filter((f) => f.endsWith('.html')), ...(existsSync(join(PORTAL_FIXTURES, dir, 'documenti')) ? readdirSync(join(PORTAL_FIXTURES, dir, 'documenti')).map((f) => `documenti/${f}`) : [])];
      for (const file of files) {
        portal.route(`${base}${file}`, (_req, res) => {
          res.writeHead(200, { 'content-type': contentType(file) });
          res.end(readFileSync(join(PORTAL_FIXTURES, dir, file)));
        });
      }
    }
    session = await target.launch();
  });
  after(async () => {
    await session?.close();
    await portal?.close();
  });

  test('there are supported carriers besides TIM', () => {
    assert.ok(carriers.length >= 2, `carriers with an address: ${carriers.map((c) => c.dir).join(', ')}`);
  });

  for (const { dir, pages } of carriers) {
    test(`${dir}: each page shows exactly its paid extras; its invoices are archived with their documents`, async () => {
      const page = await session.newPage();
      const archived: ExpectedPage['invoices'] = [];
      for (const [file, expected] of pages) {
        const url = new URL(expected.url!);
        await page.goto(`${portal.origin(url.hostname)}${url.pathname}`);
        await page.waitForSelector('html[data-sentinella-ready]', { timeout: 15_000 });
        if (expected.services.length > 0) {
          await page.panel().locator('[data-service-id]').nth(expected.services.length - 1).waitFor({ state: 'attached', timeout: 15_000 });
        }
        const shown = await page.panel().locator('[data-service-id] .name-text').allInnerTexts();
        assert.deepEqual(shown, expected.services.map((s) => s.name), `${dir}/${file}: the panel's extras`);
        if (expected.services.length === 0) assert.equal(await page.locator('[data-sentinella-service]').count(), 0, `${dir}/${file}: nothing highlighted`);
        if (file === 'servizi.html') await page.screenshot({ path: join(SHOTS, `carrier-${dir}${target.name === 'chromium' ? '' : `-${target.name}`}.png`), fullPage: true });
        archived.push(...expected.invoices);
      }
      await page.close();
      if (archived.length === 0) return;
      const archive = await session.newPage();
      const end = Date.now() + 20_000;
      let rows: Record<string, string>[] = [];
      while (Date.now() < end) {
        await archive.goto(session.extensionUrl('archive.html'));
        await archive.waitForSelector('html[data-archive-ready="true"]');
        rows = (await archive.$$eval('[data-invoice-id]', (els) => els.map((el) => ({ ...(el as HTMLElement).dataset })) as Record<string, string>[])).filter((r) => archived.some((e) => e.number === r.invoiceId));
        if (rows.length === archived.length && rows.every((r) => r.hasDocument === String(archived.find((e) => e.number === r.invoiceId)!.hasDocument))) break;
        await archive.waitForTimeout(400);
      }
      await archive.close();
      for (const e of archived) {
        const row = rows.find((r) => r.invoiceId === e.number);
        assert.ok(row, `${dir}: ${e.number} archived`);
        assert.equal(row.carrier, dir, `${dir}: ${e.number} carrier`);
        assert.equal(row.amountCents, String(e.amountCents), `${dir}: ${e.number} amount`);
        assert.equal(row.dueDate ?? '', e.dueDate ?? '', `${dir}: ${e.number} due date`);
        assert.equal(row.status, e.status ?? '', `${dir}: ${e.number} status`);
        assert.equal(row.hasDocument, String(e.hasDocument), `${dir}: ${e.number} document`);
      }
      assert.equal(rows.length, archived.length, `${dir}: each invoice once`);
    });
  }
});
