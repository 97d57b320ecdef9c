/**
 * The line's invoices page in many markup styles: tables with the number and its month on two lines,
 * responsive tables with `data-label`, ARIA tables, div grids, cards with labels above or beside values,
 * definition lists, inline labels, icons for the status and the download, kebab menus, a web component, a
 * totals row that is not an invoice, a CSS grid of bare cells, a header of two rows whose group heading spans
 * the net, the VAT and the total, an account ledger of debits, credits and payments. Each takes the same invoices (line-model.ts) and amount and date forms.
 */
import type { ModelInvoice } from './line-model.ts';
import { amountForms, dateForms, monthOf, type AmountForm, type DateForm } from './forms.ts';
import type { RenderedPage } from './services-styles.ts';

export interface Forms {
  amount: AmountForm;
  date: DateForm;
}

const statusWord = (i: ModelInvoice) => (i.status === 'paid' ? 'Pagata' : 'Da pagare');
const total = (list: ModelInvoice[]) => list.reduce((s, i) => s + i.amountCents, 0);

function page(body: string, extra: Partial<RenderedPage> = {}): RenderedPage {
  return {
    title: 'MyTIM | La Mia Fattura',
    body: `<header><a href="/">TIM</a><nav aria-label="Menu"><a href="/mytim/">MyTIM</a> <a href="/mytim/fatture">Fatture</a></nav></header><main><h1>La Mia Fattura</h1><p>Linea fissa 06 1234 5678</p>${body}</main><footer><p>TIM S.p.A. P.IVA 00488410010</p></footer>`,
    ...extra,
  };
}

/** Defines `<tim-invoice-card>`: a web component that shows one invoice in an open shadow root. */
function defineInvoiceCard(win: Window): void {
  const w = win as Window & typeof globalThis;
  if (w.customElements.get('tim-invoice-card')) return;
  class InvoiceCard extends w.HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return;
      const root = this.attachShadow({ mode: 'open' });
      const field = (label: string, value: string) => {
        const div = w.document.createElement('div');
        const l = w.document.createElement('span');
        l.textContent = label;
        const v = w.document.createElement('strong');
        v.textContent = value;
        div.append(l, v);
        return div;
      };
      const link = w.document.createElement('a');
      link.href = this.getAttribute('data-pdf') ?? '';
      link.textContent = 'Scarica PDF';
      root.append(
        field('Numero fattura', this.getAttribute('data-number') ?? ''),
        field('Data emissione', this.getAttribute('data-issued') ?? ''),
        field('Importo', this.getAttribute('data-amount') ?? ''),
        field('Scadenza', this.getAttribute('data-due') ?? ''),
        field('Stato', this.getAttribute('data-status') ?? ''),
        link,
      );
    }
  }
  w.customElements.define('tim-invoice-card', InvoiceCard);
}

export type InvoiceStyle = (list: ModelInvoice[], forms: Forms) => RenderedPage;

export const invoiceStyles: Record<string, InvoiceStyle> = {
  'table-two-line-number': (list, f) =>
    page(`<table><thead><tr><th>Numero</th><th>Emessa il</th><th>Importo</th><th>Scadenza</th><th>Stato</th><th></th></tr></thead><tbody>${list
      .map((i) => `<tr><td><span>${i.number}</span><br><small>${monthOf(i.issueDate)}</small></td><td>${f.date(i.issueDate)}</td><td>${f.amount(i.amountCents)}</td><td>${f.date(i.dueDate)}</td><td>${statusWord(i)}</td><td><a href="${i.document}">Scarica PDF</a></td></tr>`)
      .join('')}</tbody><tfoot><tr><td>Totale anno</td><td></td><td>${f.amount(total(list))}</td><td></td><td></td><td></td></tr></tfoot></table>`),

  // A header of two rows: "Importo" spans the net, the VAT and the total in the row below, the other headings
  // span both rows; a cancelled invoice stays in the markup as a row the page hides.
  'table-grouped-header': (list, f) => {
    const net = (i: ModelInvoice) => Math.round(i.amountCents / 1.22);
    return page(`<table><thead><tr><th rowspan="2">Documento</th><th rowspan="2">Emissione</th><th rowspan="2">Scadenza</th><th colspan="3">Importo</th><th rowspan="2">Stato</th><th rowspan="2">PDF</th></tr><tr><th>Imponibile</th><th>IVA 22%</th><th>Totale</th></tr></thead><tbody>${list
      .map((i, n) => `${n === 1 ? `<tr style="display:none"><th scope="row">Fattura<br>AN00000001</th><td>${f.date(i.issueDate)}</td><td>${f.date(i.dueDate)}</td><td>${f.amount(net(i))}</td><td>${f.amount(i.amountCents - net(i))}</td><td>${f.amount(i.amountCents)}</td><td>Annullata</td><td></td></tr>` : ''}<tr><th scope="row">Fattura<br>${i.number}</th><td>${f.date(i.issueDate)}</td><td>${f.date(i.dueDate)}</td><td>${f.amount(net(i))}</td><td>${f.amount(i.amountCents - net(i))}</td><td>${f.amount(i.amountCents)}</td><td>${statusWord(i)}</td><td><a href="${i.document}" aria-label="Scarica PDF della fattura ${i.number}">PDF</a></td></tr>`)
      .join('')}</tbody></table>`);
  },

  // An account ledger: each invoice a debit, each payment a credit with a receipt of its own, a running
  // balance, an opening balance; a bounced payment written as a debit with no number.
  'account-ledger': (list, f) => {
    let balance = 0;
    const rows = [...list].reverse().flatMap((i, n) => {
      balance += i.amountCents;
      const invoice = `<tr><td>${f.date(i.issueDate)}</td><td>Fattura n. ${i.number}<br><small>Abbonamento · ${monthOf(i.issueDate)}</small></td><td>${f.date(i.dueDate)}</td><td>${f.amount(i.amountCents)}</td><td></td><td>${f.amount(balance)}</td><td>${i.status === 'paid' ? 'Saldata' : 'Da saldare'}</td><td><a href="${i.document}">PDF</a></td></tr>`;
      if (i.status !== 'paid') return [invoice];
      balance -= i.amountCents;
      const paid = `<tr><td>${f.date(i.dueDate)}</td><td>Pagamento ricevuto<br><small>Addebito diretto SEPA · rif. SDD ${String(4410000 + n)}</small></td><td></td><td></td><td>${f.amount(i.amountCents)}</td><td>${f.amount(balance)}</td><td></td><td><a href="/mytim/pagamenti/ricevute/${4410000 + n}.pdf">Ricevuta</a></td></tr>`;
      const bounced = n === 1 ? `<tr><td>${f.date(i.dueDate)}</td><td>Pagamento respinto<br><small>Addebito non riuscito</small></td><td></td><td>${f.amount(i.amountCents)}</td><td></td><td>${f.amount(balance + i.amountCents)}</td><td></td><td></td></tr>` : '';
      return [invoice, bounced, paid];
    });
    return page(`<h2>Estratto conto</h2><table><thead><tr><th>Data</th><th>Movimento</th><th>Scadenza</th><th>Addebiti</th><th>Accrediti</th><th>Saldo</th><th>Stato</th><th>Documento</th></tr></thead><tbody>${rows.reverse().join('')}<tr><td></td><td>Saldo iniziale</td><td></td><td></td><td></td><td>${f.amount(0)}</td><td></td><td></td></tr></tbody></table>`);
  },

  'responsive-data-label': (list, f) =>
    page(`<table><tbody>${list
      .map((i) => `<tr><td data-label="N. fattura">${i.number}</td><td data-label="Data emissione">${f.date(i.issueDate)}</td><td data-label="Totale">${f.amount(i.amountCents)}</td><td data-label="Da pagare entro">${f.date(i.dueDate)}</td><td data-label="Stato pagamento">${statusWord(i)}</td><td><a href="${i.document}" aria-label="Scarica la fattura ${i.number}">⬇</a></td></tr>`)
      .join('')}</tbody></table>`),

  'aria-table': (list, f) =>
    page(`<div role="table" aria-label="Elenco fatture"><div role="rowgroup"><div role="row"><span role="columnheader">Fattura</span><span role="columnheader">Data fattura</span><span role="columnheader">Importo</span><span role="columnheader">Scadenza</span><span role="columnheader">Stato</span><span role="columnheader">PDF</span></div></div><div role="rowgroup">${list
      .map((i) => `<div role="row"><span role="cell">${i.number}</span><span role="cell">${f.date(i.issueDate)}</span><span role="cell">${f.amount(i.amountCents)}</span><span role="cell">${f.date(i.dueDate)}</span><span role="cell"><i role="img" aria-label="${statusWord(i)}"></i></span><span role="cell"><a href="${i.document}" title="Scarica PDF"><svg aria-hidden="true" width="8" height="8"></svg></a></span></div>`)
      .join('')}</div></div>`),

  'div-grid': (list, f) =>
    page(`<section><h2>Le tue fatture</h2><div><div><div>Numero documento</div><div>Emissione</div><div>Importo (€)</div><div>Scadenza</div><div>Stato</div><div></div></div>${list
      .map((i) => `<div><div>${i.number}</div><div>${f.date(i.issueDate)}</div><div>${f.amount(i.amountCents)}</div><div>${f.date(i.dueDate)}</div><div>${statusWord(i)}</div><div><a href="${i.document}">PDF</a></div></div>`)
      .join('')}</div></section>`),

  // One CSS grid of six columns whose cells are its children, with no element per row: six labels, then six
  // cells per invoice.
  'flat-css-grid': (list, f) =>
    page(`<style>.inv { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)) 1fr 1fr 1fr auto }</style><section><h2>Le tue fatture</h2><div class="inv"><div>Numero fattura</div><div>Emessa il</div><div>Totale</div><div>Scadenza</div><div>Stato</div><div></div>${list
      .map((i) => `<div>${i.number}</div><div>${f.date(i.issueDate)}</div><div>${f.amount(i.amountCents)}</div><div>${f.date(i.dueDate)}</div><div>${statusWord(i)}</div><div><a href="${i.document}">Scarica PDF</a></div>`)
      .join('')}</div></section>`),

  // The same grid with a note under some invoices across the whole row and a totals line spanning columns.
  'flat-css-grid-notes': (list, f) =>
    page(`<style>.inv { display: grid; grid-template-columns: repeat(6, 1fr) } .all { grid-column: 1 / -1 } .three { grid-column: span 3 }</style><section><h2>Le tue fatture</h2><div class="inv"><div>Numero fattura</div><div>Emessa il</div><div>Totale</div><div>Scadenza</div><div>Stato</div><div></div>${list
      .map((i, n) => `<div>${i.number}</div><div>${f.date(i.issueDate)}</div><div>${f.amount(i.amountCents)}</div><div>${f.date(i.dueDate)}</div><div>${statusWord(i)}</div><div><a href="${i.document}">Scarica PDF</a></div>${n % 3 === 0 ? `<div class="all">Comprende la rata ${n + 1} di 48 del modem · ${f.amount(500)}</div>` : ''}`)
      .join('')}<div class="three">Totale anno</div><div>${f.amount(total(list))}</div><div class="three"></div></div></section>`),

  // Laid across: the fields down the first column, one invoice per column, the PDF behind a button.
  'transposed-table': (list, f) => {
    const row = (label: string, cell: (i: ModelInvoice) => string) => `<tr><th scope="row">${label}</th>${list.map((i) => `<td>${cell(i)}</td>`).join('')}</tr>`;
    return page(`<table><thead><tr><th>Mese</th>${list.map((i) => `<th scope="col">${monthOf(i.issueDate)}</th>`).join('')}</tr></thead><tbody>${[
      row('Numero', (i) => i.number),
      row('Data di emissione', (i) => f.date(i.issueDate)),
      row('Importo totale', (i) => f.amount(i.amountCents)),
      row('Scadenza', (i) => f.date(i.dueDate)),
      row('Stato', statusWord),
      row('Documento', (i) => `<button type="button" data-href="${i.document}">Scarica PDF</button>`),
    ].join('')}</tbody></table>`);
  },

  'cards-labels-above': (list, f) =>
    page(`<section><h2>Archivio fatture</h2>${list
      .map((i) => `<article><div><small>Numero fattura</small><p>${i.number}</p></div><div><small>Emessa il</small><p>${f.date(i.issueDate)}</p></div><div><small>Importo</small><p>${f.amount(i.amountCents)}</p></div><div><small>Scadenza</small><p>${f.date(i.dueDate)}</p></div><span>${statusWord(i)}</span><a href="${i.document}">Visualizza</a></article>`)
      .join('')}</section>`),

  'cards-inline-labels': (list, f) =>
    page(`<section><h2>Fatture</h2>${list
      .map((i) => `<div><h3>Fattura n. ${i.number}</h3><p>Data emissione: ${f.date(i.issueDate)}</p><p>Totale: ${f.amount(i.amountCents)}</p><p>Scade il: ${f.date(i.dueDate)}</p><p>Stato: ${statusWord(i)}</p><p><a href="${i.document}" download>Scarica</a></p></div>`)
      .join('')}<div><p>Totale anno: ${f.amount(total(list))}</p></div></section>`),

  'definition-lists': (list, f) =>
    page(`<section><h2>Le tue bollette</h2>${list
      .map((i) => `<dl><dt>Numero</dt><dd>${i.number}</dd><dt>Data</dt><dd>${f.date(i.issueDate)}</dd><dt>Importo</dt><dd>${f.amount(i.amountCents)}</dd><dt>Scadenza</dt><dd>${f.date(i.dueDate)}</dd><dt>Stato</dt><dd>${statusWord(i)}</dd><dd><a href="${i.document}">Scarica PDF</a></dd></dl>`)
      .join('')}</section>`),

  'list-strong-labels': (list, f) =>
    page(`<h2>Elenco fatture</h2><ul>${list
      .map((i) => `<li><strong>Fattura</strong> ${i.number} <strong>Emessa il</strong> ${f.date(i.issueDate)} <strong>Importo</strong> <span>${f.amount(i.amountCents)}</span> <strong>Scadenza</strong> <span>${f.date(i.dueDate)}</span> <em>${statusWord(i)}</em> <a href="${i.document}">PDF</a></li>`)
      .join('')}</ul>`),

  'kebab-menu': (list, f) =>
    page(`<table><tr><th>N° fattura</th><th>Data di emissione</th><th>Importo</th><th>Data scadenza</th><th>Stato</th><th><span aria-label="Azioni"></span></th></tr>${list
      .map((i, n) => `<tr><td>${i.number}</td><td>${f.date(i.issueDate)}</td><td>${f.amount(i.amountCents)}</td><td>${f.date(i.dueDate)}</td><td>${statusWord(i)}</td><td><button aria-label="Altre azioni" aria-controls="m${n}">⋮</button><ul id="m${n}" role="menu" hidden><li role="menuitem"><a href="${i.document}">Scarica PDF</a></li><li role="menuitem"><a href="#">Paga</a></li></ul></td></tr>`)
      .join('')}</table>`),

  // Each invoice one sentence, its words in one of three orders, its PDF link in the line under it; the year's
  // total and a payment received written as sentences too, neither of them an invoice.
  'sentences': (list, f) => {
    const sentence = (i: ModelInvoice, n: number) => {
      const paid = i.status === 'paid';
      if (n % 3 === 0) return `Fattura ${i.number} del ${f.date(i.issueDate)} di ${f.amount(i.amountCents)}, ${paid ? `scadenza ${f.date(i.dueDate)}: pagata` : `da pagare entro il ${f.date(i.dueDate)}`}.`;
      if (n % 3 === 1) return `${f.amount(i.amountCents)} è l'importo della fattura ${i.number} emessa il ${f.date(i.issueDate)}, con scadenza ${f.date(i.dueDate)}: ${paid ? 'saldata' : 'non ancora pagata'}.`;
      return `Conto n. ${i.number}, emesso il ${f.date(i.issueDate)}, importo ${f.amount(i.amountCents)}, scade il ${f.date(i.dueDate)}; ${paid ? 'pagato' : 'da pagare'}.`;
    };
    const last = list[list.length - 1]!;
    return page(`<h2>I tuoi conti</h2><p>Nel periodo hai ricevuto ${list.length} fatture per un totale di ${f.amount(total(list))}.</p><ol>${list
      .map((i, n) => `<li><p>${sentence(i, n)}</p><p><a href="${i.document}">Scarica il PDF</a> <a href="/mytim/fatture/dettaglio?n=${i.number}">Vedi il dettaglio</a></p></li>`)
      .join('')}</ol><h2>Pagamenti ricevuti</h2><p>Il ${f.date(last.dueDate)} abbiamo ricevuto ${f.amount(last.amountCents)} per la fattura ${last.number}.</p>`);
  },

  // A list "in text format": one <pre> of '|'-delimited lines under a line naming the fields, a description in
  // quotes that holds the delimiter, comment lines (one with the year's total), a PDF link on each line.
  'preformatted-text': (list, f) =>
    page(`<h2>Elenco fatture (formato testo)</h2><pre># estratto documenti - linea 06 1234 5678\nnumero_fattura|data_emissione|descrizione|importo|scadenza|stato|pdf\n${list
      .map((i) => `${i.number}|${f.date(i.issueDate)}|"Canone | ${monthOf(i.issueDate)}"|${f.amount(i.amountCents)}|${f.date(i.dueDate)}|${statusWord(i)}|<a href="${i.document}">PDF</a>`)
      .join('\n')}\n# totale: ${f.amount(total(list))}</pre>`),

  'web-component': (list, f) =>
    page(`<section><h2>Le tue fatture</h2>${list
      .map((i) => `<tim-invoice-card data-number="${i.number}" data-issued="${f.date(i.issueDate)}" data-amount="${f.amount(i.amountCents).replace(/<[^>]+>/g, '').replace(/&nbsp;/g, ' ')}" data-due="${f.date(i.dueDate)}" data-status="${statusWord(i)}" data-pdf="${i.document}"></tim-invoice-card>`)
      .join('')}</section>`, { script: `(${defineInvoiceCard.toString()})(window);`, setup: defineInvoiceCard }),
};

export { amountForms, dateForms };

/** What the archive must hold after one visit: every invoice once, with these fields. */
export function expectedInvoices(list: ModelInvoice[], origin = 'https://www.tim.it') {
  return list.map((i) => ({ number: i.number, issueDate: i.issueDate, dueDate: i.dueDate, amountCents: i.amountCents, status: i.status, documentUrl: origin + i.document }));
}
