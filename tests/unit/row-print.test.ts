// @vitest-environment happy-dom
/** A row's print: the same row on the same page reads the same; any change a person could see, or a new link, reads another. */
import { expect, test } from 'vitest';
import { rowPrint } from '../../extension/carrier-page/invoices/row-print.ts';

const PAGE = 'https://www.tim.it/mytim/fatture';
const COLUMNS = '0,number;1,issueDate;2,amount';

function row(html: string): Element {
  const table = document.createElement('table');
  table.innerHTML = `<tbody><tr>${html}</tr></tbody>`;
  return table.querySelector('tr')!;
}

const A = () => row('<td>RA40812345</td><td>06/11/2026</td><td>32,90 €</td><td><a href="/doc/RA40812345.pdf">PDF</a></td>');

test('the same row on the same page, read again, has the same print, whatever was read in between', () => {
  const first = rowPrint(PAGE, COLUMNS, A());
  rowPrint('https://www.tim.it/altro', 'x', A());
  rowPrint(PAGE, 'y', A());
  expect(rowPrint(PAGE, COLUMNS, A())).toBe(first);
});

test('another amount, another link, other columns or another page give another print', () => {
  const base = rowPrint(PAGE, COLUMNS, A());
  const prints = [
    rowPrint(PAGE, COLUMNS, row('<td>RA40812345</td><td>06/11/2026</td><td>33,90 €</td><td><a href="/doc/RA40812345.pdf">PDF</a></td>')),
    rowPrint(PAGE, COLUMNS, row('<td>RA40812345</td><td>06/11/2026</td><td>32,90 €</td><td><a href="/doc/RA40812345-bis.pdf">PDF</a></td>')),
    rowPrint(PAGE, '0,number;1,dueDate;2,amount', A()),
    rowPrint(`${PAGE}?anno=2025`, COLUMNS, A()),
  ];
  expect(new Set([base, ...prints]).size).toBe(5);
});

test('a thousand different rows have a thousand prints', () => {
  const prints = new Set<string>();
  for (let i = 0; i < 1000; i++) prints.add(rowPrint(PAGE, COLUMNS, row(`<td>RA${40000000 + i}</td><td>06/11/2026</td><td>32,90 €</td>`)));
  expect(prints.size).toBe(1000);
});
