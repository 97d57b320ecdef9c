/**
 * Reading only what changed: after any sequence of page changes (an amount edited, a status flipped, a row
 * added or removed, a header renamed), a parse that reuses its memo for the unchanged rows gives exactly what
 * a fresh parse gives; and unchanged rows are really not read again.
 */
// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import fc from 'fast-check';
import { createInvoiceMemo, parseInvoices } from '../../extension/carrier-page/invoices/parse-invoices.ts';
import { invoiceStyles, amountForms, dateForms } from '../corpus/invoice-styles.ts';
import { invoices } from '../corpus/line-model.ts';

const URL = 'https://www.tim.it/mytim/fatture';

function render(count: number) {
  document.body.innerHTML = invoiceStyles['table-two-line-number']!(invoices(count), { amount: amountForms['euro-after']!, date: dateForms.slash! }).body;
}

type Change = { kind: 'amount' | 'status' | 'remove' | 'add' | 'header'; at: number };

function apply(change: Change): void {
  const rows = [...document.querySelectorAll('tbody tr')];
  const row = rows[change.at % Math.max(1, rows.length)];
  if (!row) return;
  if (change.kind === 'amount') row.children[2]!.firstChild!.nodeValue = `${10 + change.at},00 €`;
  if (change.kind === 'status') row.children[4]!.replaceChildren(document.createTextNode(row.children[4]!.children.length ? 'Pagata' : 'Da pagare'));
  if (change.kind === 'remove') row.remove();
  if (change.kind === 'add') {
    const copy = row.cloneNode(true) as Element;
    copy.querySelector('span')!.textContent = `RX${String(90000000 + change.at)}`;
    row.after(copy);
  }
  if (change.kind === 'header') document.querySelector('thead th:nth-child(4)')!.textContent = change.at % 2 ? 'Scadenza' : 'Stato';
}

test('property: the memo never changes what is read', () => {
  fc.assert(
    fc.property(
      fc.array(fc.record({ kind: fc.constantFrom('amount', 'status', 'remove', 'add', 'header'), at: fc.nat(40) }), { maxLength: 8 }),
      (changes) => {
        render(30);
        const memo = createInvoiceMemo();
        const observer = new MutationObserver(() => {});
        observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
        parseInvoices(document, URL, memo);
        for (const change of changes) {
          apply(change);
          memo.forget(observer.takeRecords().map((r) => r.target));
          expect(parseInvoices(document, URL, memo)).toEqual(parseInvoices(document, URL));
        }
        observer.disconnect();
      },
    ),
    { numRuns: 40 },
  );
});

test('rows that did not change are not read again', () => {
  render(30);
  const memo = createInvoiceMemo();
  const first = parseInvoices(document, URL, memo);
  apply({ kind: 'amount', at: 3 });
  memo.forget([document.querySelectorAll('tbody tr')[3]!.children[2]!.firstChild!]);
  const second = parseInvoices(document, URL, memo);
  // The same objects for the 29 untouched rows, a new one for the changed row.
  expect(second.filter((inv, i) => inv === first[i])).toHaveLength(29);
  expect(second[3]!.amountCents).toBe(1300);
});
