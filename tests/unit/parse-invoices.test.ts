// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { looksLikeInvoicePage, parseInvoices } from '../../extension/carrier-page/invoices/parse-invoices.ts';
import { parseNumber, parseStatus } from '../../extension/carrier-page/invoices/field-values.ts';

const PAGE = 'https://www.tim.it/mytim/fatture';

function parse(html: string, url = PAGE) {
  document.body.innerHTML = html;
  return parseInvoices(document, url);
}

describe('invoice tables, by column headings', () => {
  test('a MyTIM-style table with a "+" menu per row', () => {
    const invoices = parse(`
      <table><thead><tr><th>Numero</th><th>Emessa il</th><th>Periodo</th><th>Importo</th><th>Scadenza</th><th>Stato</th><th></th></tr></thead>
      <tbody>
        <tr><td>8A00123456</td><td>05/10/2026</td><td>01/09/2026 - 30/09/2026</td><td>1.234,56 €</td><td>26/10/2026</td><td>Da pagare</td>
          <td><button>+</button><ul><li><a href="/doc?n=8A00123456">Scarica PDF</a></li><li><a href="#" >Stampa</a></li><li><a href="#">Invia</a></li></ul></td></tr>
        <tr><td>8A00111111</td><td>5 settembre 2026</td><td>Agosto 2026</td><td>29,90 €</td><td>26/09/2026</td><td>Pagata</td><td><a href="https://evil.example/doc.pdf">Scarica PDF</a></td></tr>
      </tbody></table>`);
    expect(invoices).toEqual([
      { number: '8A00123456', period: '01/09/2026 - 30/09/2026', periodMonth: '2026-09', issueDate: '2026-10-05', amountCents: 123456, dueDate: '2026-10-26', status: 'unpaid', line: null, documentUrl: 'https://www.tim.it/doc?n=8A00123456', items: [] },
      { number: '8A00111111', period: 'Agosto 2026', periodMonth: '2026-08', issueDate: '2026-09-05', amountCents: 2990, dueDate: '2026-09-26', status: 'paid', line: null, documentUrl: null, items: [] },
    ]);
  });

  test.each([
    ['Pagata', 'paid'], ['Saldata', 'paid'], ['Da pagare', 'unpaid'], ['Non pagata', 'unpaid'], ['Non saldata', 'unpaid'], ['Scaduta', 'unpaid'], ['In lavorazione', null],
  ])('status "%s" → %s', (word, status) => {
    expect(parseStatus(word)).toBe(status);
    const [inv] = parse(`<table><tr><th>Fattura</th><th>Totale</th><th>Stato pagamento</th></tr><tr><td>N. 7X0001</td><td>€ 10,00</td><td>${word}</td></tr></table>`);
    expect(inv?.status).toBe(status);
  });

  test('headings in another order, with the line and "Data emissione"', () => {
    const [inv] = parse(`<table><tr><td>Linea</td><td>Totale</td><td>Data emissione</td><td>Numero fattura</td><td>Data scadenza</td></tr>
      <tr><td>0612345678</td><td>45,00 €</td><td>01/03/2026</td><td>Fattura n. RX-2026/03</td><td>20/03/2026</td></tr></table>`);
    expect(inv).toMatchObject({ number: 'RX-2026/03', line: '0612345678', amountCents: 4500, issueDate: '2026-03-01', dueDate: '2026-03-20', periodMonth: '2026-03' });
  });

  test('a table that is not about invoices gives nothing', () => {
    expect(parse(`<table><tr><th>Offerta</th><th>Prezzo</th></tr><tr><td>TIM Fibra</td><td>29,90 €</td></tr></table>`)).toEqual([]);
  });
});

describe('cards and lists, by labels', () => {
  test('TIM Business-style cards with labels, a status badge and detail lines', () => {
    const invoices = parse(`
      <section><h2>Fatture</h2>
        <article class="card"><h3>Fattura n. 4B2026000123</h3><span class="badge">Saldata</span>
          <dl><dt>Data emissione</dt><dd>10 ott 2026</dd><dt>Importo</dt><dd>€ 61,00</dd><dt>Scadenza</dt><dd>31/10/2026</dd><dt>Codice cliente</dt><dd>C-778899</dd></dl>
          <ul><li>Canone TIM Business Fibra 59,00 €</li><li>TIM Safe Web Mobile 2,00 €</li></ul>
          <a href="documenti/4B2026000123.pdf">Scarica</a></article>
        <article class="card"><p>Numero: 4B2026000099</p><p>Emessa il: 10/09/2026</p><p>Totale: 59,00 €</p><p>Stato: Non saldata</p></article>
      </section>`, 'https://timbusiness.tim.it/area-clienti/fatture');
    expect(invoices).toEqual([
      { number: '4B2026000123', period: null, periodMonth: '2026-10', issueDate: '2026-10-10', amountCents: 6100, dueDate: '2026-10-31', status: 'paid', line: 'C-778899', documentUrl: 'https://timbusiness.tim.it/area-clienti/documenti/4B2026000123.pdf', items: [{ label: 'Canone TIM Business Fibra', amountCents: 5900 }, { label: 'TIM Safe Web Mobile', amountCents: 200 }] },
      { number: '4B2026000099', period: null, periodMonth: '2026-09', issueDate: '2026-09-10', amountCents: 5900, dueDate: null, status: 'unpaid', line: null, documentUrl: null, items: [] },
    ]);
  });

  test('list items with <strong> labels', () => {
    const invoices = parse(`<ul>
      <li><strong>Fattura</strong> 1001/A <strong>Importo</strong> <span>12,50 €</span> <strong>Scadenza</strong> <span>02/02/2026</span></li>
      <li><strong>Fattura</strong> 1002/A <strong>Importo</strong> <span>13,50 €</span> <strong>Scadenza</strong> <span>02/03/2026</span></li></ul>`);
    expect(invoices.map((i) => [i.number, i.amountCents, i.dueDate])).toEqual([['1001/A', 1250, '2026-02-02'], ['1002/A', 1350, '2026-03-02']]);
  });

  test('Sentinella\'s own nodes are never read', () => {
    expect(parse(`<div data-sentinella-own><p>Numero: X12345</p><p>Importo: 5,00 €</p></div>`)).toEqual([]);
  });

  test('the same invoice shown twice is returned once', () => {
    const row = `<tr><td>AB123</td><td>9,99 €</td></tr>`;
    expect(parse(`<table><tr><th>Numero</th><th>Importo</th></tr>${row}</table><table><tr><th>Numero</th><th>Importo</th></tr>${row}</table>`)).toHaveLength(1);
  });
});

test('numbers are kept as shown, without their label', () => {
  expect(parseNumber('Fattura n. 8A00123456')).toBe('8A00123456');
  expect(parseNumber('N° 2026/0001')).toBe('2026/0001');
  expect(parseNumber('RX-2026/03')).toBe('RX-2026/03');
});

test('invoice pages are recognised by their heading', () => {
  document.title = 'MyTIM';
  document.body.innerHTML = '<h1>La Mia Fattura</h1>';
  expect(looksLikeInvoicePage(document)).toBe(true);
  document.body.innerHTML = '<h1>Le tue offerte</h1>';
  expect(looksLikeInvoicePage(document)).toBe(false);
});
