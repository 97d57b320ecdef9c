/**
 * The invoice reader on the variant corpus: the same invoices in every markup style, amount form and date
 * form give exactly the same records (number, dates, amount, status, document), never a totals row; a
 * property states it for any style × forms × number of invoices, and a 1,000-invoice page reads in full.
 */
import { describe, expect, test } from 'vitest';
import { Window } from 'happy-dom';
import fc from 'fast-check';
import { parseInvoices } from '../../extension/carrier-page/invoices/parse-invoices.ts';
import { invoiceStyles, expectedInvoices, amountForms, dateForms } from '../corpus/invoice-styles.ts';
import { invoices } from '../corpus/line-model.ts';
import type { RenderedPage } from '../corpus/services-styles.ts';

const URL = 'https://www.tim.it/mytim/fatture';

function load(rendered: RenderedPage): Document {
  const win = new Window({ url: URL });
  rendered.setup?.(win as unknown as globalThis.Window);
  win.document.title = rendered.title;
  win.document.body.innerHTML = rendered.body;
  return win.document as unknown as Document;
}

function read(doc: Document) {
  return parseInvoices(doc, URL).map(({ number, issueDate, dueDate, amountCents, status, documentUrl }) => ({ number, issueDate, dueDate, amountCents, status, documentUrl }));
}

const styles = Object.keys(invoiceStyles);
const list = invoices(14);

test('the corpus has at least 13 invoice styles, 8 amount forms and 7 date forms', () => {
  expect(styles.length).toBeGreaterThanOrEqual(13);
  expect(Object.keys(amountForms).length).toBeGreaterThanOrEqual(8);
  expect(Object.keys(dateForms).length).toBeGreaterThanOrEqual(7);
});

describe.each(styles)('invoices page, style %s', (style) => {
  test.each(Object.keys(amountForms))('amount form %s: 14 invoices, exactly', (amount) => {
    const page = invoiceStyles[style]!(list, { amount: amountForms[amount]!, date: dateForms.slash! });
    expect(read(load(page))).toEqual(expectedInvoices(list));
  });
  test.each(Object.keys(dateForms))('date form %s', (date) => {
    const page = invoiceStyles[style]!(list, { amount: amountForms['euro-after']!, date: dateForms[date]! });
    expect(read(load(page))).toEqual(expectedInvoices(list));
  });
});

test('the number cell "RA…<br><small>novembre 2026</small>" gives the number, and the month as the period', () => {
  const page = invoiceStyles['table-two-line-number']!(list.slice(0, 1), { amount: amountForms['euro-after']!, date: dateForms.long! });
  const [first] = parseInvoices(load(page), URL);
  expect(first).toMatchObject({ number: list[0]!.number, periodMonth: list[0]!.issueDate.slice(0, 7) });
});

test('property: any style, any amount and date form, any number of invoices', () => {
  fc.assert(
    fc.property(
      fc.constantFrom(...styles),
      fc.constantFrom(...Object.keys(amountForms)),
      fc.constantFrom(...Object.keys(dateForms)),
      fc.integer({ min: 1, max: 30 }),
      (style, amount, date, count) => {
        const some = invoices(count);
        const page = invoiceStyles[style]!(some, { amount: amountForms[amount]!, date: dateForms[date]! });
        expect(read(load(page))).toEqual(expectedInvoices(some));
      },
    ),
    { numRuns: 50 },
  );
});

test('a page of 1,000 invoices is read in full', () => {
  const many = invoices(1000);
  const page = invoiceStyles['table-two-line-number']!(many, { amount: amountForms['euro-after']!, date: dateForms.slash! });
  expect(read(load(page))).toEqual(expectedInvoices(many));
});
