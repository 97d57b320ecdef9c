/**
 * The line's options page in many markup styles, as real portals build them: tables, div rows, cards, ARIA
 * grids and lists, inline lists, definition lists, labels above values, kebab menus, on/off switches, web
 * components with open shadow roots, `<br>` inside cells, names with a sub-line, a CSS grid of bare cells. No style's class names mean
 * anything to the reader (most have none); every one shows the same line (line-model.ts).
 */
import { line, type ModelExtra, type ModelItem, type ModelLine } from './line-model.ts';
import { priceForms, type PriceForm } from './forms.ts';

export interface RenderedPage {
  title: string;
  /** The body's HTML. */
  body: string;
  /** Script source the page runs (web components); the unit tests run `setup` instead. */
  script?: string;
  setup?: (win: Window) => void;
}

type Row = { kind: 'extra'; item: ModelExtra } | { kind: 'included'; item: ModelItem };

function rows(model: ModelLine): Row[] {
  // The portal's order mixes paid and free items.
  const [a, b, c, d, e] = model.extras;
  const [f, g] = model.included;
  return [
    { kind: 'extra', item: a! },
    { kind: 'included', item: f! },
    { kind: 'extra', item: b! },
    { kind: 'extra', item: c! },
    { kind: 'included', item: g! },
    { kind: 'extra', item: d! },
    { kind: 'extra', item: e! },
  ];
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function priceOf(row: Row, form: PriceForm): string {
  return row.kind === 'extra' ? form(row.item.price) : row.item.note;
}

function header(model: ModelLine, form: PriceForm): string {
  return `<header><a href="/">TIM</a><nav aria-label="Menu principale"><a href="/mytim/">MyTIM</a> <a href="/mytim/linea">La mia linea</a> <a href="/offerte">Offerte</a></nav></header>
<h1>La tua linea ${model.number}</h1>
<div><div><span>Offerta</span></div><div><strong>${model.plan.name}</strong></div><div>${form(model.plan.price)}</div><div>Prossimo rinnovo ${model.plan.renewal}</div></div>
<div><p>Credito residuo: ${model.credit}</p><p>Giga: ${model.usage}</p></div>`;
}

function promos(model: ModelLine, form: PriceForm, heading = 'Scelti per te'): string {
  return `<section><h2>${heading}</h2><div>${model.promos
    .map((p) => `<div><h3>${p.name}</h3><p>${p.text} a soli ${form(p.price)}</p><a href="/offerte/x">${p.cta}</a></div>`)
    .join('')}</div></section>`;
}

function footer(): string {
  return `<footer><h4>Servizi</h4><ul><li><a href="/prime">TIM Prime Go</a></li><li><a href="/losai">LoSai</a></li><li><a href="/assistenza">Assistenza</a></li></ul></footer>`;
}

function page(model: ModelLine, form: PriceForm, list: string, extra: Partial<RenderedPage> = {}): RenderedPage {
  return {
    title: `MyTIM | Le tue opzioni - Linea ${model.number}`,
    body: `${header(model, form)}<main>${list}${promos(model, form)}</main>${footer()}`,
    ...extra,
  };
}

const off = (row: Row) => (row.kind === 'extra' || row.item.switchOff ? `<button type="button">Disattiva</button>` : '');
const status = (row: Row) => (row.kind === 'extra' || row.item.switchOff ? 'Attivo' : '');

/** Defines `<tim-option-row>`: a web component that renders its row inside an open shadow root. */
function defineOptionRow(win: Window): void {
  const w = win as Window & typeof globalThis;
  if (w.customElements.get('tim-option-row')) return;
  class OptionRow extends w.HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return;
      const root = this.attachShadow({ mode: 'open' });
      const name = this.getAttribute('data-name') ?? '';
      const desc = this.getAttribute('data-desc') ?? '';
      const price = this.getAttribute('data-price') ?? '';
      const action = this.getAttribute('data-action') ?? '';
      const wrap = w.document.createElement('div');
      const nameEl = w.document.createElement('div');
      const strong = w.document.createElement('strong');
      strong.textContent = name;
      const small = w.document.createElement('small');
      small.textContent = desc;
      nameEl.append(strong, w.document.createElement('br'), small);
      const priceEl = w.document.createElement('div');
      priceEl.textContent = price;
      wrap.append(nameEl, priceEl);
      if (action) {
        const button = w.document.createElement('button');
        button.textContent = action;
        wrap.append(button);
      }
      root.append(wrap);
    }
  }
  w.customElements.define('tim-option-row', OptionRow);
}

/** Plain-text prices for the web component's attributes. */
function plainPrice(row: Row): string {
  if (row.kind !== 'extra') return row.item.note;
  return priceForms['euro-slash']!(row.item.price);
}

export type ServiceStyle = (model: ModelLine, form: PriceForm) => RenderedPage;

export const serviceStyles: Record<string, ServiceStyle> = {
  table: (m, f) =>
    page(m, f, `<section><h2>Le tue opzioni</h2><table><thead><tr><th>Opzione</th><th>Costo</th><th>Stato</th><th></th></tr></thead><tbody>${rows(m)
      .map((r) => `<tr><td>${esc(r.item.name)}</td><td>${priceOf(r, f)}</td><td>${status(r)}</td><td>${off(r)}</td></tr>`)
      .join('')}</tbody></table></section>`),

  'table-br': (m, f) =>
    page(m, f, `<section><h2>Servizi attivi sulla linea</h2><table><tr><th>Servizio</th><th>Prezzo</th><th>Azioni</th></tr>${rows(m)
      .map((r) => `<tr><td>${esc(r.item.name)}<br><small>${r.item.description}</small></td><td>${priceOf(r, f)}<br><small>${status(r)}</small></td><td>${off(r)}</td></tr>`)
      .join('')}</table></section>`),

  'div-rows': (m, f) =>
    page(m, f, `<div><h2>Opzioni attive</h2><div>${rows(m)
      .map((r) => `<div><div><span>${esc(r.item.name)}</span><div>${r.item.description}</div></div><div>${priceOf(r, f)}</div>${off(r)}</div>`)
      .join('')}</div></div>`),

  'name-sub-line': (m, f) =>
    page(m, f, `<div><h2>I tuoi servizi</h2>${rows(m)
      .map((r) => `<div><p><b>${esc(r.item.name)}</b><br>${r.item.description}</p><p>${priceOf(r, f)}</p><p>${status(r)}</p>${off(r)}</div>`)
      .join('')}</div>`),

  cards: (m, f) =>
    page(m, f, `<section><h2>I tuoi servizi</h2><div>${rows(m)
      .map((r) => `<article><h3>${esc(r.item.name)}</h3><p>${r.item.description}</p><p>${priceOf(r, f)}</p><span>${status(r)}</span>${r.kind === 'extra' || r.item.switchOff ? '<a href="#off">Disattiva</a>' : ''}</article>`)
      .join('')}</div></section>`),

  'aria-grid': (m, f) =>
    page(m, f, `<div role="grid" aria-label="Servizi attivi"><div role="row"><div role="columnheader">Nome</div><div role="columnheader">Costo</div><div role="columnheader">Stato</div><div role="columnheader">Azioni</div></div>${rows(m)
      .map((r) => `<div role="row"><div role="gridcell">${esc(r.item.name)}</div><div role="gridcell">${priceOf(r, f)}</div><div role="gridcell">${status(r) ? '<span role="img" aria-label="Attivo">✓</span>' : ''}</div><div role="gridcell">${r.kind === 'extra' || r.item.switchOff ? `<button aria-label="Disattiva ${esc(r.item.name)}">✕</button>` : ''}</div></div>`)
      .join('')}</div>`),

  'aria-list': (m, f) =>
    page(m, f, `<h3>Servizi a pagamento</h3><div role="list">${rows(m)
      .map((r) => `<div role="listitem"><div>${esc(r.item.name)}</div><div>${priceOf(r, f)}</div>${r.kind === 'extra' || r.item.switchOff ? `<span role="switch" aria-checked="true" tabindex="0" aria-label="${esc(r.item.name)}"></span>` : ''}</div>`)
      .join('')}</div>`),

  'ul-inline': (m, f) =>
    page(m, f, `<div><h3>Servizi attivi</h3><ul>${rows(m)
      .map((r) => `<li><span>${esc(r.item.name)}</span> <span>${priceOf(r, f)}</span> ${r.kind === 'extra' || r.item.switchOff ? '<a href="#">Disattiva</a>' : ''}</li>`)
      .join('')}</ul></div>`),

  'dl-wrapped': (m, f) =>
    page(m, f, `<section><h2>Opzioni attive</h2><dl>${rows(m)
      .map((r) => `<div><dt>${esc(r.item.name)}</dt><dd>${priceOf(r, f)}</dd><dd>${status(r)}</dd></div>`)
      .join('')}</dl></section>`),

  'dl-bare': (m, f) =>
    page(m, f, `<section><h2>Le tue opzioni</h2><dl>${rows(m)
      .map((r) => `<dt>${esc(r.item.name)}</dt><dd>${priceOf(r, f)}</dd>${status(r) ? `<dd>${status(r)}</dd>` : ''}`)
      .join('')}</dl></section>`),

  'labels-above': (m, f) =>
    page(m, f, `<section><h2>Servizi attivi</h2>${rows(m)
      .map((r) => `<div><div><div>Servizio</div><div>${esc(r.item.name)}</div></div><div><div>Costo</div><div>${priceOf(r, f)}</div></div><div><div>Stato</div><div>${status(r) || 'Attivo'}</div></div>${off(r)}</div>`)
      .join('')}</section>`),

  kebab: (m, f) =>
    page(m, f, `<section aria-label="Le tue opzioni"><ul>${rows(m)
      .map((r, i) => `<li><span>${esc(r.item.name)}</span><span>${priceOf(r, f)}</span>${r.kind === 'extra' || r.item.switchOff ? `<span title="Attivo">●</span><button aria-label="Altre azioni per ${esc(r.item.name)}" aria-haspopup="menu" aria-controls="menu-${i}">⋮</button><ul role="menu" id="menu-${i}" hidden><li role="menuitem">Dettagli</li><li role="menuitem">Disattiva</li></ul>` : ''}</li>`)
      .join('')}</ul></section>`),

  switches: (m, f) =>
    page(m, f, `<h2>Le tue opzioni</h2>${rows(m)
      .map((r) => `<div><span>${esc(r.item.name)}</span><span>${priceOf(r, f)}</span>${r.kind === 'extra' || r.item.switchOff ? `<input type="checkbox" role="switch" checked aria-label="${esc(r.item.name)}">` : ''}</div>`)
      .join('')}`),

  'web-component': (m, f) =>
    page(m, f, `<section><h2>Opzioni attive</h2>${rows(m)
      .map((r) => `<tim-option-row data-name="${esc(r.item.name)}" data-desc="${r.item.description}" data-price="${plainPrice(r)}" data-action="${r.kind === 'extra' || r.item.switchOff ? 'Disattiva' : ''}"></tim-option-row>`)
      .join('')}</section>`, { script: `(${defineOptionRow.toString()})(window);`, setup: defineOptionRow }),

  // One CSS grid of four columns whose cells are its children, with no element per row: the header's labels,
  // then name (with its description), price, status and button cells, row after row.
  'flat-grid': (m, f) =>
    page(m, f, `<style>.opts { display: grid; grid-template-columns: minmax(0, 2fr) 1fr 1fr auto; gap: 4px 12px }</style><section><h2>Le tue opzioni</h2><div class="opts"><div>Opzione</div><div>Costo</div><div>Stato</div><div></div>${rows(m)
      .map((r) => `<div><strong>${esc(r.item.name)}</strong><br>${r.item.description}</div><div>${priceOf(r, f)}</div><div>${status(r)}</div><div>${off(r)}</div>`)
      .join('')}</div></section>`),

  // Spans with no white space between them, laid out as lines by the portal's CSS (a front-end framework's output).
  'adjacent-spans': (m, f) =>
    page(m, f, `<style>.o3 > span { display: block }</style><div><h2>Servizi attivi</h2><div>${rows(m)
      .map((r) => `<div class="o3"><span>${esc(r.item.name)}</span><span>${r.item.description}</span><span>${priceOf(r, f)}</span><span>${status(r)}</span>${off(r)}</div>`)
      .join('')}</div></div>`),
};

/** What the reader must find on every options page: the model's paid extras, in page order. */
export function expectedServices(model: ModelLine = line) {
  const order = rows(model).filter((r): r is { kind: 'extra'; item: ModelExtra } => r.kind === 'extra');
  return order.map((r) => ({ id: r.item.id, name: r.item.name, cents: r.item.price.cents, period: r.item.price.period }));
}
