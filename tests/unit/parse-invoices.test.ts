// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { parseInvoices } from '../../extension/carrier-page/invoices/parse-invoices.ts';
import { looksLikeInvoicePage } from '../../extension/carrier-page/invoices/invoice-page.ts';
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

describe('forms read by their words and structure', () => {
  test('one <dl> per invoice: dotted dates, "9,99€", a "Documento" label over the download link', () => {
    const invoices = parse(`
      <div><p>Prossimo rinnovo: 06.12.2026 · 9,99€</p><p>Credito residuo: 3,50€</p></div>
      <dl><dt>Fattura n.</dt><dd>FA2611048213</dd><dt>Data</dt><dd>06.11.2026</dd><dt>Importo</dt><dd>9,99€</dd>
        <dt>Stato</dt><dd><span>Pagamento non riuscito</span></dd>
        <dt>Documento</dt><dd><a href="/account/fatture/pdf?id=FA2611048213" download="fattura-FA2611048213.pdf">Scarica</a></dd></dl>
      <dl><dt>Fattura n.</dt><dd>FB2611007734</dd><dt>Data</dt><dd>01.11.2026</dd><dt>Importo</dt><dd>24,99€</dd>
        <dt>Stato</dt><dd><span>In elaborazione</span></dd><dt>Documento</dt><dd><span>PDF disponibile a breve</span></dd></dl>`, 'https://www.iliad.it/account/fatture');
    expect(invoices.map(({ number, issueDate, amountCents, dueDate, status, documentUrl }) => ({ number, issueDate, amountCents, dueDate, status, documentUrl }))).toEqual([
      { number: 'FA2611048213', issueDate: '2026-11-06', amountCents: 999, dueDate: null, status: 'unpaid', documentUrl: 'https://www.iliad.it/account/fatture/pdf?id=FA2611048213' },
      { number: 'FB2611007734', issueDate: '2026-11-01', amountCents: 2499, dueDate: null, status: null, documentUrl: null },
    ]);
  });

  test('flex rows grouped by year: an amount with no label, "del" before the date, a yearly total that is no invoice', () => {
    const row = (n: string, day: string, amount: string, status: string, link: string) => `<li class="row">
      <div><span>Fattura n.</span> <strong>${n}</strong></div><div><span>del</span> ${day}</div><div>${amount}</div>
      <div><span>scadenza</span> 21/${day.slice(3)}</div><div><span>${status}</span></div><div>${link}</div></li>`;
    const invoices = parse(`<section><div class="row"><h2>2026</h2><p>2 fatture · Totale 2026: 1.067,80 €</p></div><ul>
      ${row('M004585116', '01/11/2026', '34,95 €', 'Da pagare', '<a href="/myfastweb/download/?numero=M004585116">Scarica PDF</a>')}
      ${row('M002004511', '01/03/2026', '1.032,85 € <span>include acquisto rateale Smart TV</span>', 'Pagata', '<span>PDF non più disponibile</span> <a href="/myfastweb/richiedi-copia/?numero=M002004511">Richiedi copia</a>')}
      </ul></section>`, 'https://fastweb.it/myfastweb/le-mie-fatture/');
    expect(invoices.map(({ number, issueDate, amountCents, dueDate, status, documentUrl }) => ({ number, issueDate, amountCents, dueDate, status, documentUrl }))).toEqual([
      { number: 'M004585116', issueDate: '2026-11-01', amountCents: 3495, dueDate: '2026-11-21', status: 'unpaid', documentUrl: 'https://fastweb.it/myfastweb/download/?numero=M004585116' },
      { number: 'M002004511', issueDate: '2026-03-01', amountCents: 103285, dueDate: '2026-03-21', status: 'paid', documentUrl: null },
    ]);
  });

  test('custom-element cards: "N. 8A…", "32,90 euro" before its VAT, both dates on one line, status only as an icon label', () => {
    const card = (n: string, icon: string, dates: string) => `<tim-invoice-item><div><div><p>Conto di novembre 2026</p><p>N. ${n}</p>${icon}</div>
      <div><p>32,90 euro</p><p>di cui IVA 5,93 €</p><p>${dates}</p></div>
      <div><a href="https://www.tim.it/mytim/pdf/${n}.pdf"><tim-icon aria-hidden="true"></tim-icon><span>PDF</span></a> <a href="/mytim/${n}/traffico">Traffico</a></div></div></tim-invoice-item>`;
    const invoices = parse(`<tim-line-bills><h2>Linea fissa 06 5559876</h2>
      ${card('8A00512394', '<tim-icon role="img" aria-label="Da pagare"></tim-icon>', 'Emesso il 6 nov. 2026<!----> · Scade il 26 nov. 2026')}
      ${card('8A00469952', '', 'Emesso il 6 ago. 2026 · Scade il 26 ago. 2026')}
      <p>Totale conti 2026: 65,80 euro</p></tim-line-bills>`, 'https://www.tim.it/mytim/le-tue-fatture');
    expect(invoices.map(({ number, issueDate, amountCents, dueDate, status, documentUrl }) => ({ number, issueDate, amountCents, dueDate, status, documentUrl }))).toEqual([
      { number: '8A00512394', issueDate: '2026-11-06', amountCents: 3290, dueDate: '2026-11-26', status: 'unpaid', documentUrl: 'https://www.tim.it/mytim/pdf/8A00512394.pdf' },
      { number: '8A00469952', issueDate: '2026-08-06', amountCents: 3290, dueDate: '2026-08-26', status: null, documentUrl: 'https://www.tim.it/mytim/pdf/8A00469952.pdf' },
    ]);
  });

  test('an ARIA table with the net amount before "Totale IVA inclusa", icon statuses and an XML link before the PDF', () => {
    const cell = (t: string) => `<div role="cell">${t}</div>`;
    const row = (n: string, issued: string, due: string, net: string, gross: string, status: string) => `<div role="row">${cell(`<span>Fattura</span> <span>${n}</span>`)}${cell(issued)}${cell(due)}${cell(net)}${cell(`<strong>${gross}</strong>`)}${cell(status)}${cell(
      `<a href="/fatture/${n}.xml" download>XML</a> <a href="/fatture/${n}.pdf">Scarica PDF</a>`)}</div>`;
    const invoices = parse(`<div role="table"><div role="rowgroup"><div role="row">${['Documento', 'Data emissione', 'Scadenza', 'Imponibile', 'Totale IVA inclusa', 'Stato', ''].map((h) => `<div role="columnheader">${h}</div>`).join('')}</div></div>
      <div role="rowgroup">${row('8A00418273', '15 nov 2026', '15 dic 2026', '1.011,93 €', '1.234,56 €', '<span>Pagamento in corso</span>')}
      ${row('8A00397140', '15 ott. 2026', '14 nov. 2026', '809,34 €', '987,40 €', '<span role="img" aria-label="Pagata" title="Pagata"></span>')}</div>
      <div role="rowgroup"><div role="row">${cell('Totale periodo selezionato')}${cell('')}${cell('')}${cell('1.821,27 €')}${cell('2.221,96 €')}${cell('')}${cell('')}</div></div></div>`, 'https://timbusiness.tim.it/area-clienti/fatture');
    expect(invoices.map(({ number, issueDate, amountCents, dueDate, status, documentUrl }) => ({ number, issueDate, amountCents, dueDate, status, documentUrl }))).toEqual([
      { number: '8A00418273', issueDate: '2026-11-15', amountCents: 123456, dueDate: '2026-12-15', status: 'unpaid', documentUrl: 'https://timbusiness.tim.it/fatture/8A00418273.pdf' },
      { number: '8A00397140', issueDate: '2026-10-15', amountCents: 98740, dueDate: '2026-11-14', status: 'paid', documentUrl: 'https://timbusiness.tim.it/fatture/8A00397140.pdf' },
    ]);
  });

  test('a responsive table whose columns are named only in data-label, "Pagare entro il" included', () => {
    const [inv] = parse(`<table><tbody><tr><td data-label="Numero fattura">AI41187203</td><td data-label="Data di emissione">15/11/2026</td>
      <td data-label="Importo">€ 29,99</td><td data-label="Pagare entro il">4 dicembre 2026</td>
      <td data-label="Stato"><span aria-label="Da pagare" title="Da pagare"></span></td></tr></tbody></table>`, 'https://www.vodafone.it/area-utente/fatture');
    expect(inv).toMatchObject({ number: 'AI41187203', issueDate: '2026-11-15', amountCents: 2999, dueDate: '2026-12-04', status: 'unpaid' });
  });

  test('a timeline of account events: only items with an invoice number, the amount between dashes, status and due date in clauses', () => {
    const invoices = parse(`<ol>
      <li><p>Emessa il <time datetime="2026-12-02">2 dicembre 2026</time></p>
        <p><strong>Fattura di novembre 2026</strong> — 24,99 € — <span>in attesa di pagamento, scadenza 22/12/2026</span></p>
        <p>Fattura N° IB26120007312 · <a href="documenti/IB26120007312.pdf">Scarica la fattura (PDF)</a></p></li>
      <li><p>28 novembre 2026</p><p>Ricarica automatica della SIM 351 220 4589 — 9,99 € — addebitata il 28/11/2026</p></li>
      <li><p>Emessa il <time>3 agosto 2026</time></p><p><strong>Fattura di luglio 2026</strong> — 64,98 € — pagata il 05/08/2026</p>
        <p>Comprende il contributo di attivazione di 39,99 € · Fattura N° IB26080001764 · <a href="documenti/IB26080001764.pdf">Scarica la fattura (PDF)</a></p></li>
    </ol>`, 'https://www.iliad.it/account/le-mie-fatture');
    expect(invoices.map(({ number, issueDate, amountCents, dueDate, status, documentUrl }) => ({ number, issueDate, amountCents, dueDate, status, documentUrl }))).toEqual([
      { number: 'IB26120007312', issueDate: '2026-12-02', amountCents: 2499, dueDate: '2026-12-22', status: 'unpaid', documentUrl: 'https://www.iliad.it/account/documenti/IB26120007312.pdf' },
      { number: 'IB26080001764', issueDate: '2026-08-03', amountCents: 6498, dueDate: null, status: 'paid', documentUrl: 'https://www.iliad.it/account/documenti/IB26080001764.pdf' },
    ]);
  });

  test('one article per "Conto N/2026": amount and dates in one sentence, the number on its own line, a conto not issued yet skipped', () => {
    const invoices = parse(`
      <article><span>In preparazione</span><h3>Conto 6/2026</h3><p>Periodo: 01/11/2026 - 31/12/2026</p><p>Questo conto sarà emesso a inizio gennaio 2027.</p></article>
      <article><span>Scaduto – da pagare</span><h3>Conto 5/2026</h3><p>Periodo: 01/09/2026 - 31/10/2026</p>
        <p>Importo di <strong>58,40 €</strong>, emesso il 06-11-2026 con scadenza 26-11-2026.</p><p>Numero documento: 8S00712345</p>
        <p><a href="/documento?id=8S00712345&amp;formato=pdf">Visualizza</a> <a href="/paga?conto=8S00712345">Paga online</a></p></article>
      <article><span>Pagato</span><h3>Conto 4/2026</h3><p>Importo di <strong>56,90 €</strong>, emesso il 07-09-2026 con scadenza 28-09-2026.</p>
        <p>Numero documento: 8S00598812</p><p>Il PDF non è più consultabile online. <button>Richiedi una copia</button></p></article>`, 'https://www.tim.it/mytim/fisso/conto-tim');
    expect(invoices.map(({ number, issueDate, amountCents, dueDate, status, documentUrl }) => ({ number, issueDate, amountCents, dueDate, status, documentUrl }))).toEqual([
      { number: '8S00712345', issueDate: '2026-11-06', amountCents: 5840, dueDate: '2026-11-26', status: 'unpaid', documentUrl: 'https://www.tim.it/documento?id=8S00712345&formato=pdf' },
      { number: '8S00598812', issueDate: '2026-09-07', amountCents: 5690, dueDate: '2026-09-28', status: 'paid', documentUrl: null },
    ]);
    expect(parseNumber('Conto 5/2026')).toBeNull();
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

describe('what a round of pages written apart taught (round 5)', () => {
  test('tables under "Da pagare" and "Pagate" take their rows\' status from the heading; credit notes under their own get none', () => {
    const got = parse(`
      <h2>Da pagare</h2><table><thead><tr><th>Numero fattura</th><th>Importo</th></tr></thead><tbody><tr><td>M2611034521</td><td>32,45 €</td></tr></tbody></table>
      <h2>Pagate</h2><table><thead><tr><th>Numero fattura</th><th>Importo</th></tr></thead><tbody><tr><td>M2610029907</td><td>32,45 €</td></tr></tbody></table>
      <h2>Note di credito</h2><table><thead><tr><th>Numero fattura</th><th>Importo</th></tr></thead><tbody><tr><td>N2608000412</td><td>– 10,00 €</td></tr></tbody></table>`);
    expect(got.map((i) => [i.number, i.status, i.amountCents])).toEqual([
      ['M2611034521', 'unpaid', 3245],
      ['M2610029907', 'paid', 3245],
      ['N2608000412', null, -1000],
    ]);
  });

  test('"Numero contratto 20190448812" beside a box with an amount is no invoice', () => {
    expect(parse(`<h1>Il mio conto</h1><p>Fastweb Casa Light · Codice cliente 8123456 · Numero contratto 20190448812</p>
      <div><div><h3>Prossimo addebito</h3><p>1° dicembre 2026 · 32,45 €</p></div></div>`)).toEqual([]);
  });
});

describe('what a round of pages written apart taught (round 6)', () => {
  const pick = (list: ReturnType<typeof parse>) => list.map(({ number, issueDate, amountCents, dueDate, status, documentUrl }) => ({ number, issueDate, amountCents, dueDate, status, documentUrl }));

  test('a flat CSS grid whose notes and totals span several columns: each invoice at its columns, no note or total read as one', () => {
    const cells = (n: string, day: string, amount: string, due: string, status: string) => `<div>${n}</div><div>01/10/2026 – 31/10/2026</div><div>${day}</div><div>${amount}</div><div>${due}</div><div><span role="img" aria-label="${status}"></span></div><div><a href="/doc?n=${n}" title="Scarica la fattura in PDF">PDF ↓</a></div>`;
    const html = `<style>.g{display:grid;grid-template-columns:repeat(7, 1fr)} .w{grid-column:1 / -1} .t{grid-column:1 / 4} .u{grid-column:5 / -1}</style><h1>Le mie fatture</h1>
      <div class="g"><div>N. fattura</div><div>Periodo</div><div>Emessa il</div><div>Importo</div><div>Scade il</div><div>Stato</div><div>PDF</div>
      ${cells('8Q05561204', '06.11.2026', '€ 31,20', '06.12.2026', 'Da pagare')}<div class="w">Comprende: Rata 7 di 48 · Modem · € 5,00</div>
      ${cells('8Q04417730', '06.10.2026', '€ 29,90', '06.11.2026', 'Pagata')}
      <div class="t">Totale ultimi 6 mesi</div><div>€ 61,10</div><div class="u">di cui da pagare € 31,20</div></div>`;
    expect(pick(parse(html))).toEqual([
      { number: '8Q05561204', issueDate: '2026-11-06', amountCents: 3120, dueDate: '2026-12-06', status: 'unpaid', documentUrl: 'https://www.tim.it/doc?n=8Q05561204' },
      { number: '8Q04417730', issueDate: '2026-10-06', amountCents: 2990, dueDate: '2026-11-06', status: 'paid', documentUrl: 'https://www.tim.it/doc?n=8Q04417730' },
    ]);
  });

  test('a table laid across, one invoice per column, its PDF behind a button with data-href', () => {
    const html = `<table><thead><tr><th>Mese</th><th>Nov 2026</th><th>Ott 2026</th></tr></thead><tbody>
      <tr><th scope="row">Numero</th><td>AI26118842</td><td>NC26100093</td></tr>
      <tr><th scope="row">Data di emissione</th><td>2026-11-20</td><td>2026-10-15</td></tr>
      <tr><th scope="row">Importo totale</th><td>EUR 34,99</td><td>EUR -10,00</td></tr>
      <tr><th scope="row">Scadenza</th><td>2026-12-10</td><td>—</td></tr>
      <tr><th scope="row">Stato</th><td>Da pagare</td><td>Rimborsata</td></tr>
      <tr><th scope="row">Documento</th><td><button type="button" data-href="/doc.pdf?id=AI26118842">Scarica PDF</button></td><td><button type="button" data-href="https://evil.example/x.pdf">Scarica PDF</button></td></tr>
      <tr><th scope="row">Pagamento</th><td><button type="button" data-href="/paga?id=AI26118842">Paga ora</button></td><td>—</td></tr></tbody></table>`;
    expect(pick(parse(html))).toEqual([
      { number: 'AI26118842', issueDate: '2026-11-20', amountCents: 3499, dueDate: '2026-12-10', status: 'unpaid', documentUrl: 'https://www.tim.it/doc.pdf?id=AI26118842' },
      { number: 'NC26100093', issueDate: '2026-10-15', amountCents: -1000, dueDate: null, status: null, documentUrl: null },
    ]);
  });

  test('a section around an invoice table, with the contract number above it, is not one more invoice', () => {
    const html = `<h1>Il mio conto</h1><section><h2>Linea fissa</h2><div>Numero 06 8812 3456 · Contratto FW-3390281 · Fatturazione mensile</div>
      <table><thead><tr><th>Documento</th><th>Data</th><th>Importo</th><th>Scadenza</th><th>Stato</th></tr></thead>
      <tbody><tr><td>F2612019904</td><td>01/12/2026</td><td>29,95 €</td><td>16/12/2026</td><td>Domiciliata</td></tr></tbody></table></section>`;
    expect(pick(parse(html)).map((i) => [i.number, i.status])).toEqual([['F2612019904', 'paid']]);
  });
});

describe('what a round of pages written apart taught (round 7)', () => {
  const pick = (list: ReturnType<typeof parse>) => list.map(({ number, issueDate, amountCents, dueDate, status, documentUrl }) => ({ number, issueDate, amountCents, dueDate, status, documentUrl }));

  test.each([
    ['C1 2612 04417', 'C1261204417'],
    ['n° IL26 1104 9815', 'IL2611049815'],
    ['NC 2610 00318', 'NC261000318'],
    ['RA\u00a04081\u00a02345', 'RA40812345'],
  ])('a number printed in groups for the eye, "%s", is one number: %s', (text, number) => {
    expect(parseNumber(text)).toBe(number);
  });

  test.each(['SIM 351 889 0421', '06 8812 3456', 'Tel 06 1234 5678'])('a SIM or a phone printed in groups, "%s", is no invoice number', (text) => {
    expect(parseNumber(text)).toBeNull();
  });

  test('rows that are forms: their hidden fields are no cells, so each value stays under its heading', () => {
    const row = (n: string, day: string, amount: string) =>
      `<form role="row"><input type="hidden" name="id" value="FWD1"><input type="hidden" name="n" value="X/1"><div role="gridcell">${n}</div><div role="gridcell">${day}</div><div role="gridcell">${amount}</div><div role="gridcell">Pagata</div></form>`;
    const html = `<h1>Documenti di fatturazione</h1><div role="grid"><div role="row"><div role="columnheader">N. documento</div><div role="columnheader">Emissione</div><div role="columnheader">Importo (€)</div><div role="columnheader">Stato</div></div>
      <div><div role="rowgroup">${row('C1 2612 04417', '01/12/2026', '29,95')}${row('NC 2610 00318', '20/10/2026', '-10,00')}</div></div></div>`;
    expect(pick(parse(html)).map((i) => [i.number, i.issueDate, i.amountCents, i.status])).toEqual([
      ['C1261204417', '2026-12-01', 2995, 'paid'],
      ['NC261000318', '2026-10-20', -1000, 'paid'],
    ]);
  });

  test('days written without a year take it from the month heading above them; a due date in January follows a December bill', () => {
    const item = (day: string, n: string, amount: string, due: string) => `<li><span>${day}</span><div><span>Conto TIM</span><span>n. ${n}</span></div><span>${amount}</span><span>scade ${due}</span></li>`;
    const html = `<h1>Conto telefonico</h1><details open><summary>2026 · 1 conto</summary><h3>Gennaio 2026</h3><ul role="list">${item('20 gen', '8W60113142', '29,90 €', '5 feb')}</ul></details>
      <details><summary>2025 · 1 conto</summary><h3>Dicembre 2025</h3><ul role="list">${item('20 dic', '8W85490453', '29,90 €', '5 gen')}</ul></details>`;
    expect(pick(parse(html)).map((i) => [i.number, i.issueDate, i.dueDate])).toEqual([
      ['8W60113142', '2026-01-20', '2026-02-05'],
      ['8W85490453', '2025-12-20', '2026-01-05'],
    ]);
  });

  test('a day without a year under no dated heading stays unknown rather than guessed', () => {
    const html = `<h1>Le mie fatture</h1><ul><li><span>20 nov</span><span>Fattura n. 8W59279859</span><span>Importo: 31,90 €</span></li><li><span>20 ott</span><span>Fattura n. 8W40066153</span><span>Importo: 31,90 €</span></li></ul>`;
    expect(pick(parse(html)).map((i) => [i.number, i.issueDate])).toEqual([
      ['8W59279859', null],
      ['8W40066153', null],
    ]);
  });

  test('a card titled "Nota di credito" over its number is one record, with its PDF; "5,00 € a tuo favore" is a credit', () => {
    const card = (title: string, n: string, amount: string) =>
      `<article><h3>${title}</h3><div><div><span>Numero documento:</span> ${n}</div><div><span>Emessa il:</span> 2 agosto 2026</div><div><span>Importo:</span> ${amount}</div></div><div><a download href="/area-utente/doc/${n}.pdf">Scarica PDF</a><a download href="/area-utente/doc/${n}.xml">Scarica XML</a></div></article>`;
    const html = `<h1>Le mie fatture</h1><div role="feed">${card('Fattura Settembre 2026', 'AM06445535', '29,89 €')}${card('Nota di credito', 'AN35930897', '5,00 € a tuo favore')}</div>`;
    expect(pick(parse(html, 'https://www.vodafone.it/area-utente/fatture')).map((i) => [i.number, i.amountCents, i.documentUrl])).toEqual([
      ['AM06445535', 2989, 'https://www.vodafone.it/area-utente/doc/AM06445535.pdf'],
      ['AN35930897', -500, 'https://www.vodafone.it/area-utente/doc/AN35930897.pdf'],
    ]);
  });
});

describe('what a round of pages written apart taught (round 8)', () => {
  const pick = (list: ReturnType<typeof parse>) => list.map(({ number, issueDate, amountCents, dueDate, status, documentUrl }) => ({ number, issueDate, amountCents, dueDate, status, documentUrl }));

  test('a table whose year and whose bill span rows: each bill read at its columns, the line rows under it are no bills', () => {
    const bill = (n: string, day: string, total: string, first = '') =>
      `<tr>${first}<td rowspan="2">Conto TIM<br><b>${n}</b></td><td rowspan="2">${day}</td><td>Fisso</td><td>29,90 €</td><td rowspan="2"><strong>${total}</strong></td><td rowspan="2">Pagato</td></tr><tr><td>Mobile</td><td>9,99 €</td></tr>`;
    const html = `<h1>Le mie fatture</h1><table><thead><tr><th>Anno</th><th>Documento</th><th>Emesso il</th><th>Linea</th><th>Importo linea</th><th>Totale</th><th>Stato</th></tr></thead>
      <tbody>${bill('8W 0082 4417', '06-11-2026', '39,89 €', '<th scope="rowgroup" rowspan="4">2026</th>')}${bill('8W 0079 8832', '06-10-2026', '39,89 €')}</tbody></table>`;
    expect(pick(parse(html)).map((i) => [i.number, i.issueDate, i.amountCents, i.status])).toEqual([
      ['8W00824417', '2026-11-06', 3989, 'paid'],
      ['8W00798832', '2026-10-06', 3989, 'paid'],
    ]);
  });

  test('headings drawn as a lone ARIA row before a table of rows only: the total with VAT is the amount, not the taxable one', () => {
    const html = `<h1>Fatture</h1><div><div role="row"><div role="columnheader">Documento</div><div role="columnheader">Data emissione</div><div role="columnheader">Imponibile (IVA esclusa)</div><div role="columnheader">Totale (IVA inclusa)</div><div role="columnheader">Scadenza</div></div>
      <div><table><tbody><tr><td>2026/FT/1060657</td><td>12/11/2026</td><td>70,00 €</td><td>85,40 €</td><td>12/12/2026</td></tr></tbody></table></div></div>`;
    expect(pick(parse(html)).map((i) => [i.number, i.amountCents, i.dueDate])).toEqual([['2026/FT/1060657', 8540, '2026-12-12']]);
  });

  test('top-up receipts listed among the invoices are none of them', () => {
    const item = (title: string, n: string, amount: string) => `<li><strong>${title}</strong><span>n° ${n}</span><span>01/11/2026</span><span>${amount}</span><a href="/account/doc/${n}.pdf">Scarica</a></li>`;
    const html = `<h1>Le mie fatture</h1><ol>${item('Fattura novembre 2026', 'IL2611047176', '9,99€')}${item('Ricevuta di ricarica', 'R2611553120', '10,00€')}</ol>`;
    expect(pick(parse(html, 'https://www.iliad.it/account/fatture')).map((i) => i.number)).toEqual(['IL2611047176']);
  });

  test('cards that show their number only in the words of their download link, their dates on two labelled lines', () => {
    const card = (month: string, n: string) =>
      `<article><h3>${month}</h3><span>Addebitata</span><div><span>29</span><span>,95</span><span>&nbsp;€</span></div><p>di cui IVA 5,40 €</p><p>Emessa il 1 ${month.toLowerCase()}<br>Scadenza 16 ${month.toLowerCase()}</p><div><a href="pdf/${n}.pdf">Scarica fattura n. ${n}</a><a href="xml/${n}.xml">FatturaPA (XML)</a></div></article>`;
    const html = `<h1>Le mie fatture</h1><div>${card('Novembre 2026', 'W2611094788')}${card('Ottobre 2026', 'W2610185105')}</div>`;
    expect(pick(parse(html, 'https://fastweb.it/myfastweb/fatture/'))).toEqual([
      { number: 'W2611094788', issueDate: '2026-11-01', amountCents: 2995, dueDate: '2026-11-16', status: 'paid', documentUrl: 'https://fastweb.it/myfastweb/fatture/pdf/W2611094788.pdf' },
      { number: 'W2610185105', issueDate: '2026-10-01', amountCents: 2995, dueDate: '2026-10-16', status: 'paid', documentUrl: 'https://fastweb.it/myfastweb/fatture/pdf/W2610185105.pdf' },
    ]);
  });

  test('a row whose status is only its accessible name (a coloured stripe)', () => {
    const html = `<h1>Le mie fatture</h1><table><thead><tr><th></th><th>Numero</th><th>Importo</th></tr></thead><tbody>
      <tr aria-label="Fattura pagata"><td></td><td>FT-2026-0418458</td><td>€ 12,99</td></tr><tr aria-label="Fattura da pagare"><td></td><td>FT-2026-0418831</td><td>€ 12,99</td></tr></tbody></table>`;
    expect(pick(parse(html)).map((i) => [i.number, i.status])).toEqual([
      ['FT-2026-0418458', 'paid'],
      ['FT-2026-0418831', 'unpaid'],
    ]);
  });
});

test('an account code after "Conto n." ("1.1980442210") is no invoice number, so a summary box over a list still loading is no invoice', () => {
  expect(parseNumber('Conto n. 1.1980442210')).toBeNull();
  const html = `<h1>Documenti di fatturazione</h1><div>Numero 347 555 0192 · Codice cliente 7.2291045 · Conto n. 1.1980442210</div><div><div>Ultima fattura<strong>29,99 €</strong>Scade il 08 DIC 2026</div></div><div role="status">Caricamento…</div>`;
  expect(parse(html)).toEqual([]);
});

describe('what a round of pages written apart taught (round 9)', () => {
  test('an old amount struck through beside the one that holds is not the invoice amount', () => {
    const html = `<h1>Le mie fatture</h1><div><article><h3>Dicembre 2026</h3><div>Fattura n. F2612033817</div><div><s>34,95 €</s> <span>29,95 €</span><sup>IVA inclusa</sup></div></article><article><h3>Novembre 2026</h3><div>Fattura n. F2611029402</div><div>29,95 €</div></article></div>`;
    expect(parse(html).map((i) => [i.number, i.amountCents])).toEqual([
      ['F2612033817', 2995],
      ['F2611029402', 2995],
    ]);
  });

  test('a column headed "Importo e stato" gives the amount, and the status written under it', () => {
    const row = (n: string, amount: string, status: string) => `<div role="row"><div role="cell">${amount}<br><small>${status}</small></div><div role="cell">${n}</div><div role="cell">01/11/2026</div></div>`;
    const html = `<h1>Conto telefonico</h1><div role="table"><div role="row"><div role="columnheader">Importo e stato</div><div role="columnheader">Numero conto</div><div role="columnheader">Data emissione</div></div>
      ${row('RA26111733', '27,90 €', 'Addebitata il 21/11/2026')}${row('RA26121904', '29,90 €', 'Da pagare entro il 21/12/2026')}</div>`;
    expect(parse(html).map((i) => [i.number, i.amountCents, i.status])).toEqual([
      ['RA26111733', 2790, 'paid'],
      ['RA26121904', 2990, 'unpaid'],
    ]);
  });
});

describe('one invoice shown twice on a page', () => {
  const list = (amount: string) => `<nav aria-label="Elenco conti"><ol role="tablist">
      <li><button role="tab" aria-selected="false"><span>Conto di novembre 2026</span><span>N. 8K00734512</span><span>39,90 €</span></button></li>
      <li><button role="tab" aria-selected="true"><span>Conto di ottobre 2026</span><span>N. 8K00709886</span><span>${amount}</span></button></li>
    </ol></nav>
    <section role="tabpanel"><h2>Conto di ottobre 2026</h2><span>Pagato il 20/10/2026</span>
      <dl><dt>Numero conto</dt><dd>8K00709886</dd><dt>Data di emissione</dt><dd>6 ottobre 2026</dd><dt>Scadenza</dt><dd>27/10/2026</dd><dt>Importo totale</dt><dd>44,85 €</dd></dl>
      <a href="/mytim/fisso/documenti/8K00709886.pdf">Scarica PDF</a></section>`;

  test('a list of months and the chosen month\'s pane give one invoice with what both show', () => {
    const invoices = parse(list('44,85 €'));
    expect(invoices.map((i) => i.number)).toEqual(['8K00734512', '8K00709886']);
    expect(invoices[1]).toMatchObject({ amountCents: 4485, issueDate: '2026-10-06', dueDate: '2026-10-27', status: 'paid', documentUrl: 'https://www.tim.it/mytim/fisso/documenti/8K00709886.pdf' });
    expect(invoices[0]).toMatchObject({ amountCents: 3990, issueDate: null, dueDate: null, status: null, documentUrl: null });
  });

  test('two records of one number that disagree on the amount are not merged: the first stands as shown', () => {
    const invoices = parse(list('54,85 €'));
    expect(invoices[1]).toMatchObject({ number: '8K00709886', amountCents: 5485, issueDate: null, dueDate: null, documentUrl: null });
  });
});

describe('invoices written as sentences, where nothing else on the page gives one', () => {
  const fields = (html: string) => parse(html).map(({ number, issueDate, amountCents, dueDate, status, documentUrl }) => ({ number, issueDate, amountCents, dueDate, status, documentUrl }));

  test('with markup inside the sentence and the PDF link at its end', () => {
    expect(fields(`<h1>Le mie fatture</h1><ul>
      <li><p><strong>Fattura AI17263548</strong> del <time datetime="2026-11-06">6 novembre 2026</time> di <b>EUR 29,90</b>, da pagare entro il 26/11/2026. <a href="/pdf/AI17263548.pdf">Scarica PDF</a></p></li>
      <li><p><strong>Fattura AI16738291</strong> del <time datetime="2026-10-07">7 ottobre 2026</time> di <b>EUR 31,90</b>, pagata il 24/10/2026. <a href="/pdf/AI16738291.pdf">Scarica PDF</a></p></li></ul>`)).toEqual([
      { number: 'AI17263548', issueDate: '2026-11-06', amountCents: 2990, dueDate: '2026-11-26', status: 'unpaid', documentUrl: 'https://www.tim.it/pdf/AI17263548.pdf' },
      { number: 'AI16738291', issueDate: '2026-10-07', amountCents: 3190, dueDate: null, status: 'paid', documentUrl: 'https://www.tim.it/pdf/AI16738291.pdf' },
    ]);
  });

  test('in the cells of a table with no headings, each with its PDF in the next cell', () => {
    expect(fields(`<h1>Le mie fatture</h1><table>
      <tr><td>La fattura n. 8A00512394 emessa il 06/11/2026, importo 45,90 €, scade il 26/11/2026 ed è da pagare.</td><td><a href="/d/8A00512394.pdf">PDF</a></td></tr>
      <tr><td>La fattura n. 8A00498211 emessa il 06/10/2026, importo 45,90 €, scaduta il 26/10/2026, pagata.</td><td><a href="/d/8A00498211.pdf">PDF</a></td></tr></table>`)).toEqual([
      { number: '8A00512394', issueDate: '2026-11-06', amountCents: 4590, dueDate: '2026-11-26', status: 'unpaid', documentUrl: 'https://www.tim.it/d/8A00512394.pdf' },
      { number: '8A00498211', issueDate: '2026-10-06', amountCents: 4590, dueDate: '2026-10-26', status: 'paid', documentUrl: 'https://www.tim.it/d/8A00498211.pdf' },
    ]);
  });

  test('a sentence beside a list another reader reads is left to that list', () => {
    const invoices = fields(`<h1>Le mie fatture</h1>
      <p>La fattura RA00000001 del 06/09/2026 di 99,00 € è stata stornata.</p>
      <table><tr><th>Numero</th><th>Data</th><th>Importo</th></tr><tr><td>RA40812345</td><td>06/11/2026</td><td>29,90 €</td></tr></table>`);
    expect(invoices.map((i) => i.number)).toEqual(['RA40812345']);
  });
});

test('a <pre> of delimited lines, broken by newlines or by <br>, each with its PDF link', () => {
  const invoices = parse(`<h1>Le mie fatture</h1><pre># elenco in formato testo
numero;data;importo;scadenza;stato;pdf<br>RA40812345;06/11/2026;29,90;26/11/2026;pagata;<a href="/pdf/RA40812345.pdf">PDF</a>
RA40804426;06/10/2026;"31,40";26/10/2026;da pagare;n.d.</pre>`).map(({ number, issueDate, amountCents, dueDate, status, documentUrl }) => ({ number, issueDate, amountCents, dueDate, status, documentUrl }));
  expect(invoices).toEqual([
    { number: 'RA40812345', issueDate: '2026-11-06', amountCents: 2990, dueDate: '2026-11-26', status: 'paid', documentUrl: 'https://www.tim.it/pdf/RA40812345.pdf' },
    { number: 'RA40804426', issueDate: '2026-10-06', amountCents: 3140, dueDate: '2026-10-26', status: 'unpaid', documentUrl: null },
  ]);
});
