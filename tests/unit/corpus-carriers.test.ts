/**
 * Every carrier's portal fixtures (tests/fixtures/portal/<carrier>/, modelled on what public help pages show
 * of each customer area) against the expected.json beside them: exactly those paid extras, by name and
 * price, and exactly those invoices, with their fields and document. Fixtures written apart from the reader.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { Window } from 'happy-dom';
import catalog from 'virtual:sentinella-catalog';
import { detectServices } from '../../extension/carrier-page/services/detect-services.ts';
import { parseInvoices } from '../../extension/carrier-page/invoices/parse-invoices.ts';
import { parseEuroCents } from '../../shared/money.ts';

const ROOT = join(import.meta.dirname, '../fixtures/portal');

interface ExpectedPage {
  url?: string;
  services: { id: string; name: string; price: string }[];
  invoices: { number: string; issueDate: string | null; dueDate: string | null; amountCents: number; status: string | null; hasDocument: boolean; document?: string }[];
}

const carriers = readdirSync(ROOT).filter((d) => existsSync(join(ROOT, d, 'expected.json')));

function load(file: string, url: string): Document {
  const win = new Window({ url });
  const html = readFileSync(file, 'utf8').replace(/<script[\s\S]*?<\/script>/gi, '');
  win.document.write(html);
  return win.document as unknown as Document;
}

test('carrier fixtures exist for several carriers', () => {
  expect(carriers.length).toBeGreaterThanOrEqual(4);
});

describe.each(carriers)('%s', (carrier) => {
  const expected = JSON.parse(readFileSync(join(ROOT, carrier, 'expected.json'), 'utf8')) as { pages: Record<string, ExpectedPage> };
  test.each(Object.entries(expected.pages))('%s', (file, page) => {
    const url = page.url ?? `https://portal.example/${carrier}/${file}`;
    const doc = load(join(ROOT, carrier, file), url);
    const services = detectServices(doc, catalog.services).map((d) => ({ id: d.id, name: d.name, cents: d.price?.cents }));
    expect(services).toEqual(page.services.map((s) => ({ id: s.id, name: s.name, cents: parseEuroCents(s.price) })));
    const invoices = parseInvoices(doc, url).map((i) => ({ number: i.number, issueDate: i.issueDate, dueDate: i.dueDate, amountCents: i.amountCents, status: i.status, hasDocument: i.documentUrl !== null }));
    expect(invoices).toEqual(page.invoices.map(({ number, issueDate, dueDate, amountCents, status, hasDocument }) => ({ number, issueDate, dueDate, amountCents, status, hasDocument })));
  });
});
