/** The spotlight's detector on portal-like markup: which rows are paid services on the line, and at what cost. */
import { describe, expect, test } from 'vitest';
import { Window } from 'happy-dom';
import catalog from 'virtual:sentinella-catalog';
import { detectServices } from '../../extension/carrier-page/services/detect-services.ts';
import { createServiceMatcher } from '../../extension/lib/match-service.ts';

function page(html: string): Document {
  const win = new Window({ url: 'https://www.tim.it/mytim/' });
  win.document.body.innerHTML = html;
  return win.document as unknown as Document;
}

function ids(html: string): string[] {
  return detectServices(page(html), catalog.services).map((d) => d.id);
}

const table = (rows: string) => `<section><h2>Le tue opzioni</h2><table><thead><tr><th>Opzione</th><th>Prezzo</th><th>Stato</th><th></th></tr></thead><tbody>${rows}</tbody></table></section>`;
const tr = (name: string, price = '0,49 €/settimana', status = 'Attivo', action = '<button>Disattiva</button>') => `<tr><td>${name}</td><td>${price}</td><td>${status}</td><td>${action}</td></tr>`;

describe('names are recognised whatever their case, spaces, accents and punctuation', () => {
  test.each([
    ['TIM PRIME GO', 'tim-prime-go'],
    ['Tim Prime', 'tim-prime-go'],
    ['tim prime go', 'tim-prime-go'],
    ['TIM Prime-Go', 'tim-prime-go'],
    ['Opzione TIM Prime Go (rinnovo settimanale)', 'tim-prime-go'],
    ['Lo Sai', 'tim-losai'],
    ['LoSai', 'tim-losai'],
    ['LO SAI!', 'tim-losai'],
    ['Lò Sài', 'tim-losai'],
    ['LoSai e ChiamaOra', 'tim-losai'],
  ])('%s → %s', (name, id) => {
    expect(ids(table(tr(name)))).toEqual([id]);
  });

  test('the longest spelling wins', () => {
    const matcher = createServiceMatcher([
      { ...catalog.services[0]!, id: 'short', name: 'Prime', aliases: [] },
      { ...catalog.services[0]!, id: 'long', name: 'TIM Prime Go', aliases: [] },
    ]);
    expect(matcher('Servizio TIM Prime Go attivo')?.id).toBe('long');
  });

  test('an unrelated name is not matched', () => {
    const matcher = createServiceMatcher(catalog.services);
    expect(matcher('Giga illimitati')).toBeUndefined();
    expect(matcher('Sai')).toBeUndefined();
  });
});

describe('layouts: tables, lists and cards', () => {
  const cases: [string, string, string[]][] = [
    ['table under "Le tue opzioni"', table(tr('TIM Prime Go') + tr('Lo Sai', '1,59 €/mese')), ['tim-prime-go', 'tim-losai']],
    [
      'list under "Servizi attivi"',
      `<div><h3>Servizi attivi</h3><ul><li><span class="nome">Lo Sai</span> <span>1,59 € al mese</span> <a href="#">Disattiva</a></li><li><span class="nome">TIM Prime</span> <span>0,49 € a settimana</span> <a href="#">Disattiva</a></li></ul></div>`,
      ['tim-losai', 'tim-prime-go'],
    ],
    [
      'cards under "I tuoi servizi"',
      `<section><h2>I tuoi servizi</h2><div class="grid"><div class="card"><h3>TIM Prime Go</h3><p>0,49 €/settimana</p><span class="badge">Attivo</span></div><div class="card"><h3>Oroscopo Premium</h3><p>4,99 €/settimana</p><button>Disattiva</button></div></div></section>`,
      ['tim-prime-go', 'unknown'],
    ],
    [
      'a "Disattiva" row with no services heading',
      `<main><h1>La tua linea</h1><div class="row-x"><span>Lo Sai</span><span>1,59 €/mese</span><button>Disattiva</button></div></main>`,
      ['tim-losai'],
    ],
    [
      'a table saying "Attivo" with no heading',
      `<table><tr><td>TIM Prime Go</td><td>0,49 €/settimana</td><td>Attivo</td></tr></table>`,
      ['tim-prime-go'],
    ],
    [
      'app-like rows with an on/off switch that is on',
      `<h2>Le tue opzioni</h2><div class="svc-row"><span>Lo Sai</span> <span>1,59 €/mese</span> <input type="checkbox" role="switch" checked aria-label="Lo Sai"></div><div class="svc-row"><span>Oroscopo Premium</span> <span>4,99 €/settimana</span> <span role="switch" aria-checked="true" tabindex="0"></span></div><div class="svc-row"><span>TIM Prime Go</span> <span>0,49 €/settimana</span> <input type="checkbox" role="switch" aria-label="TIM Prime Go"></div>`,
      ['tim-losai', 'unknown'],
    ],
    [
      'a definition list card',
      `<section><h2>Opzioni attive</h2><dl><div><dt>Lo Sai</dt><dd>1,59 €/mese</dd><dd>Attivo</dd></div></dl></section>`,
      ['tim-losai'],
    ],
  ];
  test.each(cases)('%s', (_title, html, expected) => {
    expect(ids(html)).toEqual(expected);
  });
});

describe('what is not a paid extra on the line', () => {
  const cases: [string, string][] = [
    [
      'promo cards with "Scopri" and "Attiva ora"',
      `<section class="promo"><h2>Opzioni per te</h2><div class="card"><h3>TIM Prime Go</h3><p>Solo 0,49 €/settimana</p><a href="#">Scopri</a></div><div class="card"><h3>LoSai</h3><p>1,59 €/mese</p><button>Attiva ora</button></div></section>`,
    ],
    ['a banner outside any services list', `<div class="banner"><p>Con TIM Prime Go hai sconti esclusivi a 0,49 €/settimana</p><a href="#">Acquista</a></div>`],
    ['an included item', table(tr('Giga illimitati', 'Incluso'))],
    ['a free item', table(tr('Segreteria telefonica', 'Gratuito'))],
    ['a zero price', table(tr('Chiamate illimitate', '0,00 €/mese'))],
    ['a known service marked "Inclusa nell\'offerta" with no price', table(tr('TIM Prime Go', 'Inclusa nell\'offerta'))],
    ['an unknown one-off amount', table(tr('Cambio SIM', '10,00 €', 'Attivo', ''))],
    ['a footer "Servizi" menu naming a service', `<footer><h4>Servizi</h4><ul><li><a href="/prime">TIM Prime Go</a></li><li><a href="/losai">LoSai</a></li></ul></footer>`],
    ['a page with no list at all', `<main><h1>Benvenuto</h1><p>Paga la bolletta online.</p></main>`],
    ['a services list hidden by the portal', `<div hidden>${table(tr('TIM Prime Go'))}</div>`],
  ];
  test.each(cases)('%s → nothing', (_title, html) => {
    expect(ids(html)).toEqual([]);
  });

  test('a paid row among free ones: only the paid row', () => {
    expect(ids(table(tr('Giga illimitati', 'Incluso') + tr('TIM Prime Go') + tr('Segreteria', 'Gratuito')))).toEqual(['tim-prime-go']);
  });
});

describe('unknown paid services', () => {
  test.each([
    ['Oroscopo Premium', '4,99 €/settimana', 499 * 52],
    ['Giochi Mania', '3,00 €/mese', 3600],
    ['Notizie Flash', '0,99 € ogni 4 settimane', 99 * 13],
    ['Meteo Plus', '0,10 € al giorno', 10 * 365],
  ])('%s at %s', (name, price, yearly) => {
    const [found, ...rest] = detectServices(page(table(tr(name, price))), catalog.services);
    expect(rest).toEqual([]);
    expect(found).toMatchObject({ id: 'unknown', name, key: expect.stringMatching(/^unknown:/) });
    expect(found!.price).toMatchObject({ text: price, fromCatalog: false });
    expect(found!.yearlyCents).toBe(Math.round(yearly));
  });
});

describe('prices: as the page shows them, else the catalog, marked as such', () => {
  test.each([
    ['0,49 €/settimana', 49, 'week', 2548, 212],
    ['€ 2,00 al mese', 200, 'month', 2400, 200],
    ['1,90 € ogni 4 settimane', 190, 'four-weeks', 2470, 206],
    ['0,90 €/giorno', 90, 'day', 32850, 2738],
  ])('%s', (text, cents, period, yearly, monthly) => {
    const [found] = detectServices(page(table(tr('TIM Prime Go', text))), catalog.services);
    expect(found!.price).toEqual({ cents, period, text, fromCatalog: false });
    expect(found!.yearlyCents).toBe(yearly);
    expect(found!.monthlyCents).toBe(monthly);
  });

  test.each([
    ['<span class="price">0,49<sup>€</sup></span><span class="period">/settimana</span>', 49, 'week'],
    ['<strong>1,59</strong> € al mese', 159, 'month'],
    ['<span>€</span> <span>2,00</span><small>/mese</small>', 200, 'month'],
  ])('a price split over elements: %s', (markup, cents, period) => {
    const html = `<section><h2>I tuoi servizi</h2><ul><li><span class="nome">Oroscopo Premium</span> <div>${markup}</div> <button>Disattiva</button></li></ul></section>`;
    const [found] = detectServices(page(html), catalog.services);
    expect(found!.price).toMatchObject({ cents, period, fromCatalog: false });
  });

  test('a price split over two cells reads its period from the row', () => {
    const html = table('<tr><td>Lo Sai</td><td>1,59 €</td><td>al mese</td><td><button>Disattiva</button></td></tr>');
    const [found] = detectServices(page(html), catalog.services);
    expect(found!.price).toMatchObject({ cents: 159, period: 'month', fromCatalog: false });
  });

  test('no price on the page: the catalog reference price, marked as fallback', () => {
    const [found] = detectServices(page(table(tr('TIM Prime Go', '—'))), catalog.services);
    const ref = catalog.services.find((s) => s.id === 'tim-prime-go')!.prices[0]!;
    expect(found!.price).toMatchObject({ cents: Math.round(ref.amount * 100), period: ref.period, fromCatalog: true });
    expect(found!.yearlyCents).not.toBeNull();
  });

  test('a paid service with "primi 3 mesi gratis" is still paid', () => {
    const html = `<h2>Servizi attivi</h2><ul><li><strong>Sicurezza Web</strong> 2,00 €/mese (primi 3 mesi gratis) <button>Disattiva</button></li></ul>`;
    expect(detectServices(page(html), catalog.services)).toMatchObject([{ id: 'unknown', name: 'Sicurezza Web', yearlyCents: 2400 }]);
  });
});

describe('names with markup are read as text', () => {
  test('a name holding an <img onerror> is kept as characters', () => {
    const doc = page(table(tr('&lt;img src=x onerror="window.__pwned=1"&gt; Oroscopo', '4,99 €/settimana')));
    const [found] = detectServices(doc, catalog.services);
    expect(found!.name).toBe('<img src=x onerror="window.__pwned=1"> Oroscopo');
  });
});

describe('own nodes', () => {
  test('a badge Sentinella added does not change the name or price read next time', () => {
    const doc = page(table(tr('Oroscopo Premium', '4,99 €/settimana')));
    const [first] = detectServices(doc, catalog.services);
    const badge = doc.createElement('span');
    badge.setAttribute('data-sentinella-own', '');
    badge.textContent = '259,48 € all\'anno';
    first!.nameElement.append(badge);
    const [again] = detectServices(doc, catalog.services);
    expect(again).toMatchObject({ name: 'Oroscopo Premium', price: { text: '4,99 €/settimana' } });
  });
});

describe('the same service on two lines', () => {
  test('gets one entry per row, with distinct keys', () => {
    const html = `<section><h2>Servizi attivi</h2><div class="card"><h3>Linea 333 1234567</h3><table><tr><td>TIM Prime Go</td><td>0,49 €/settimana</td><td>Attivo</td></tr></table></div><div class="card"><h3>Linea 333 7654321</h3><table><tr><td>TIM Prime Go</td><td>0,49 €/settimana</td><td>Attivo</td></tr></table></div></section>`;
    const found = detectServices(page(html), catalog.services);
    expect(found.map((d) => [d.id, d.key, d.row.tagName])).toEqual([
      ['tim-prime-go', 'tim-prime-go@3331234567', 'TR'],
      ['tim-prime-go', 'tim-prime-go@3337654321', 'TR'],
    ]);
  });

  test('keys by line do not depend on the order the portal lists the lines in', () => {
    const card = (line: string) => `<div class="card"><h3>Linea ${line}</h3><table><tr><td>TIM Prime Go</td><td>0,49 €/settimana</td><td>Attivo</td></tr></table></div>`;
    const keys = (html: string) => detectServices(page(`<section><h2>Servizi attivi</h2>${html}</section>`), catalog.services).map((d) => d.key).sort();
    expect(keys(card('333 1234567') + card('333 7654321'))).toEqual(keys(card('333 7654321') + card('333 1234567')));
  });

  test('without a line on the page, the rows are told apart by their order', () => {
    const row = '<tr><td>TIM Prime Go</td><td>0,49 €/settimana</td><td>Attivo</td></tr>';
    const found = detectServices(page(`<section><h2>Servizi attivi</h2><table>${row}${row}</table></section>`), catalog.services);
    expect(found.map((d) => d.key)).toEqual(['tim-prime-go', 'tim-prime-go#2']);
  });
});

describe('CSS grids: bare cells make rows of N cells; a grid of whole cards stays a card each', () => {
  const grid = (columns: string, cells: string) => `<style>.g { display: grid; grid-template-columns: ${columns} }</style><section><h2>Le tue opzioni</h2><div class="g">${cells}</div></section>`;
  const cells = (name: string, price: string) => `<div>${name}</div><div>${price}</div><div>Attivo</div><div><button>Disattiva</button></div>`;

  test('four columns of bare cells: each run of four is one service, with its own price', () => {
    const found = detectServices(page(grid('2fr repeat(2, 1fr) auto', cells('TIM Prime Go', '0,49 €/settimana') + cells('LoSai', '1,99 €/mese') + cells('Oroscopo Premium', '0,99 €/settimana'))), catalog.services);
    expect(found.map((d) => [d.id, d.name, d.price?.cents])).toEqual([
      ['tim-prime-go', 'TIM Prime Go', 49],
      ['tim-losai', 'LoSai', 199],
      ['unknown', 'Oroscopo Premium', 99],
    ]);
  });

  test('cards laid out three to a row are three rows, not one row of three cards', () => {
    const card = (name: string, price: string) => `<article><h3>${name}</h3><p>${price}</p><p>Attivo</p><button>Disattiva</button></article>`;
    const found = detectServices(page(grid('1fr 1fr 1fr', card('TIM Prime Go', '0,49 €/settimana') + card('LoSai', '1,99 €/mese') + card('Oroscopo Premium', '0,99 €/settimana') + card('Giochi Mania', '1,50 €/settimana') + card('Meteo Plus', '0,50 €/settimana') + card('Quiz', '0,30 €/settimana'))), catalog.services);
    expect(found.map((d) => [d.name, d.price?.cents])).toEqual([
      ['TIM Prime Go', 49], ['LoSai', 199], ['Oroscopo Premium', 99], ['Giochi Mania', 150], ['Meteo Plus', 50], ['Quiz', 30],
    ]);
    expect(found.every((d) => d.row.tagName === 'ARTICLE')).toBe(true);
  });

  test('one row laid out as a two-column grid keeps all its cells', () => {
    const row = (name: string, price: string) => `<div class="g"><div>${name}</div><div>${price}</div><div>Attivo</div><div><button>Disattiva</button></div></div>`;
    const html = `<style>.g { display: grid; grid-template-columns: 1fr 1fr }</style><section><h2>Le tue opzioni</h2>${row('TIM Prime Go', '0,49 €/settimana')}${row('LoSai', '1,99 €/mese')}</section>`;
    const found = detectServices(page(html), catalog.services);
    expect(found.map((d) => [d.id, d.price?.cents, d.row.childElementCount])).toEqual([
      ['tim-prime-go', 49, 4],
      ['tim-losai', 199, 4],
    ]);
  });
});

describe('a page whose text can anchor nothing (no period, no status or switch-off word) is read from its switches alone', () => {
  const row = (extra = '') => `<h2>Servizi</h2><div><span>TIM Prime Go</span> <span>0,49 €</span> ${extra}</div>`;

  test('a switch that is on still finds its row', () => {
    expect(ids(row('<span role="switch" aria-checked="true"></span>'))).toEqual(['tim-prime-go']);
  });

  test('a switch that is off, or none, finds nothing', () => {
    expect(ids(row('<span role="switch" aria-checked="false"></span>'))).toEqual([]);
    expect(ids(row())).toEqual([]);
  });

  test("a switch inside Sentinella's own nodes anchors nothing", () => {
    expect(ids(row('<span data-sentinella-own><span role="switch" aria-checked="true"></span></span>'))).toEqual([]);
  });

  test('the same row with a status word in its text is found the same way', () => {
    expect(ids(row('<span>Attivo</span>'))).toEqual(['tim-prime-go']);
  });
});

describe('pages written apart from the detector (tests/fixtures/unseen): the cases they taught', () => {
  test('"Attiva" on a button offers to switch a service on: the row is off, though "Attiva" on a badge says on', () => {
    const card = (status: string, action: string) => `<section><h2>Servizi attivi</h2><div><article><div><h3>TIM Safe Web Plus</h3>${status}</div><p>Blocca i siti pericolosi.</p><p>1,99 €/mese</p>${action}</article><article><h3>Altro</h3><p>Testo</p></article></div></section>`;
    expect(ids(card('<span>Non attivo</span>', '<button type="button">Attiva</button>'))).toEqual([]);
    expect(ids(card('', '<button type="button">Attiva</button>'))).toEqual([]);
    expect(ids(card('<span>Attiva</span>', '<button type="button">Disattiva</button>'))).toEqual(['tim-safe-web-plus']);
  });

  test('a grid whose rows start with the line number: the plan row ("Offerta …") is not an extra, and names are not "Linea …"', () => {
    const row = (service: string, status: string, price: string, action: string) =>
      `<div role="row"><div role="gridcell">Linea 333 1234567</div><div role="gridcell">${service}</div><div role="gridcell"><span>${status}</span></div><div role="gridcell">${price}</div><div role="gridcell"><button>${action}</button></div></div>`;
    const html = `<h2>Servizi attivi</h2><div role="grid"><div role="rowgroup">${row('Offerta TIM Power Pro', 'Attiva', '9,99 € al mese', 'Cambia offerta')}${row('Oroscopo Flash', 'Attivo', '0,99 € a settimana', 'Disattiva')}${row('LoSai', 'Non attivo', '1,59 € al mese', 'Attiva')}</div></div>`;
    expect(detectServices(page(html), catalog.services).map((d) => [d.id, d.name])).toEqual([['unknown', 'Oroscopo Flash']]);
  });

  test('a title with its description and price on the next line, the switch beside them: one row, named by the title, off when the switch is', () => {
    const item = (name: string, on: boolean) => `<li><div><span>${name}</span> <span>Descrizione del servizio · 1,99€/mese</span></div> <button role="switch" aria-checked="${on}"></button></li>`;
    const html = `<h2>Servizi aggiuntivi</h2><ul>${item('Safe Web Plus', true)}${item('LoSai', false)}</ul>`;
    const found = detectServices(page(html), catalog.services);
    expect(found.map((d) => [d.id, d.price?.cents])).toEqual([['tim-safe-web-plus', 199]]);
    // Read on one line with its description (no style makes the spans blocks), the name starts with the title.
    expect(found[0]!.name).toMatch(/^Safe Web Plus/);
  });

  test('a card whose header holds the name and an "Attiva" badge, the price and "Disattiva" below: the card is the row, with the shown price', () => {
    const html = `<h2>Le tue opzioni</h2><div><div><div><div><span>Giga Scorta</span><span><span></span>Attiva</span></div><p>Scatta quando finiscono i Giga.</p></div><div><p>1,90&nbsp;€ <span>ogni 200 MB</span></p><button>Disattiva</button></div></div><div><div><span>Altro</span></div></div></div>`;
    expect(detectServices(page(html), catalog.services).map((d) => [d.id, d.name, d.price?.cents, d.price?.period, d.price?.fromCatalog])).toEqual([['tim-giga-di-scorta', 'Giga Scorta', 190, 'per-use', false]]);
  });

  test('"Disattivato il …" closing a line of facts, or on a disabled button, says the service is off', () => {
    const li = (meta: string, button: string) => `<h2>Servizi in abbonamento</h2><ul><li><div><span style="display:block">Video Virali Top</span><span style="display:block">Fornito da ClipNet S.p.A. · ${meta}</span></div><span>1,99 € a settimana</span>${button}</li><li><div>Altro</div></li></ul>`;
    expect(ids(li('Attivo dal 03/05/2026', '<button type="button">Disattiva</button>'))).toEqual(['unknown']);
    expect(ids(li('Disattivato il 02/10/2026', '<button type="button">Disattiva</button>'))).toEqual([]);
    expect(ids(li('Abbonamento settimanale', '<button type="button" disabled>Disattivato</button>'))).toEqual([]);
  });
});

describe('round 8 of unseen pages: choices, columns, dialogs and footnotes', () => {
  const names = (html: string) => detectServices(page(html), catalog.services).map((d) => [d.name, d.price?.cents ?? null, d.price?.period ?? null]);

  test.each([
    ['Attivo', 'Disattivo', true],
    ['Disattivo', 'Attivo', false],
  ])('a drop-down reads as the option it shows: %s chosen over %s', (_chosen, _other, on) => {
    const select = on ? '<select><option>Disattivo</option><option selected>Attivo</option></select>' : '<select><option selected>Disattivo</option><option>Attivo</option></select>';
    const html = `<h2>Le tue opzioni</h2><ul><li><h3>Hub Musica</h3><p>4,99 € al mese</p>${select}</li><li><h3>Altro</h3><p>Testo</p></li></ul>`;
    expect(names(html)).toEqual(on ? [['Hub Musica', 499, 'month']] : []);
  });

  test.each([true, false])('of two radio choices "Attivo" and "Disattivo", only the chosen one says the state (Attivo chosen: %s)', (on) => {
    const radios = `<label><input type="radio" name="a" ${on ? 'checked' : ''}> Attivo</label><label><input type="radio" name="a" ${on ? '' : 'checked'}> Disattivo</label>`;
    const html = `<h2>Le tue opzioni</h2><form><fieldset><legend>LoSai</legend><p>1,99 € al mese</p>${radios}</fieldset><fieldset><legend>Altro</legend><p>Testo</p></fieldset></form>`;
    expect(names(html)).toEqual(on ? [['LoSai', 199, 'month']] : []);
  });

  test('a bare figure under a column headed "€/mese" is a monthly price; the totals row is not a service', () => {
    const row = (name: string, price: string, on: boolean) => `<tr><td>${name}</td><td>${price}</td><td><button role="switch" aria-checked="${on}" aria-label="${name}"></button></td></tr>`;
    const html = `<h2>Opzioni e servizi aggiuntivi</h2><table><thead><tr><th>Servizio</th><th>€/mese</th><th>Stato</th></tr></thead><tbody>${row('Assistenza Premium', '3,00', true)}${row('Sicurezza Totale', '2,50', false)}${row('WOW FI', '0,00', true)}</tbody><tfoot><tr><td>Totale servizi aggiuntivi</td><td>3,00</td><td></td></tr></tfoot></table>`;
    expect(names(html)).toEqual([['Assistenza Premium', 300, 'month']]);
  });

  test('the page behind an open modal dialog is aria-hidden but on screen: its extras are read, and so are the dialog\'s', () => {
    const html = `<div aria-hidden="true"><section><h2>Le tue opzioni</h2><ul><li><span>WINDTRE Security PRO</span><b>0,99 €/mese</b><span>Attiva</span><button>Disattiva</button></li><li><span>Altro</span></li></ul></section></div>
      <div role="dialog" aria-modal="true"><h2>Servizi Digitali</h2><ul><li><span>Calcio Live Pass</span><b>4,99 € a settimana</b><span>Attivo</span><button>Disattiva</button></li><li><span>Altro</span></li></ul></div>`;
    expect(names(html)).toEqual([['WINDTRE Security PRO', 99, 'month'], ['Calcio Live Pass', 499, 'week']]);
    // With no dialog open, aria-hidden hides the part (a view the portal keeps off screen).
    expect(names(html.replace('aria-modal="true"', 'hidden'))).toEqual([]);
  });

  test('a price written in a footnote the row names by aria-describedby is the row\'s price', () => {
    const html = `<h2>Abbonamenti a contenuti</h2><ul><li aria-describedby="n1"><span>Calcio Live Pass</span><span>Attivo</span><button>Disattiva</button></li><li aria-describedby="n2"><span>Oroscopo Mago</span><span>Disattivato il 02/02/2026</span></li></ul>
      <div><p id="n1"><sup>1</sup> Calcio Live Pass: 4,99 € a settimana, con rinnovo automatico.</p><p id="n2"><sup>2</sup> Oroscopo Mago: 2,50 € a settimana.</p></div>`;
    expect(names(html)).toEqual([['Calcio Live Pass', 499, 'week']]);
  });

  test('a CSS grid of two columns, a name and its note then a drop-down: each pair is one row', () => {
    const pair = (name: string, note: string, chosen: string) => `<div><span>${name}</span><div>${note}</div></div><div><select><option${chosen === 'Attivo' ? ' selected' : ''}>Attivo</option><option${chosen === 'Disattivo' ? ' selected' : ''}>Disattivo</option></select></div>`;
    const html = `<style>.g { display: grid; grid-template-columns: 1fr 260px }</style><h2>Servizi della linea</h2><div class="g">${pair('Backup Contatti Cloud', 'Copia della rubrica · 0,99 € ogni 30 giorni', 'Attivo')}${pair('Roaming Settimanale', '7,00 € a settimana', 'Disattivo')}</div>`;
    expect(names(html)).toEqual([['Backup Contatti Cloud', 99, 'month']]);
  });
});

describe('sentences and grids of cells (round 8 and pages of our own)', () => {
  const names = (html: string) => detectServices(page(html), catalog.services).map((d) => [d.name, d.price?.cents ?? null, d.price?.period ?? null]);

  test('a service written as a sentence is named without the words around it; the plan written so is not an extra', () => {
    const html = `<h2>I tuoi servizi</h2><div><p>Hai attivo <b>LoSai</b> a 1,99 € al mese. <button>Disattiva</button></p><p>Offerta TIM Power Supreme: 9,99 € al mese</p>
      <p>Non hai attivato l’opzione Chiamate internazionali, che costa 2,99 € al mese.<a href="#">Attiva</a></p><p>Hai attivo l’opzione Meteo Flash a 0,99 € a settimana.</p></div>`;
    expect(names(html)).toEqual([['LoSai', 199, 'month'], ['Meteo Flash', 99, 'week']]);
  });

  test('a sentence about something else ("il blocco … è attivo") does not switch a service on', () => {
    const html = `<section><h2>Servizi di terze parti</h2><p>Non hai abbonamenti attivi. Il blocco dei servizi a sovrapprezzo è attivo sulla tua linea.</p><ul><li><div>NOW Entertainment</div><span>Disattivato il 15/01/2026</span><div>6,99 €/mese</div></li></ul></section>`;
    expect(names(html)).toEqual([]);
  });

  test('a flat grid with a row of headings and a button for a cell: "Non attiva" beside an "Attiva" button is off', () => {
    const row = (name: string, price: string, status: string, action: string) => `<span>${name}</span><span>${price}</span><span>${status}</span>${action ? `<button>${action}</button>` : '<span></span>'}`;
    const html = `<style>.g{display:grid;grid-template-columns:2fr 1fr 1fr 1fr}</style><h2>Opzioni attive</h2><div class="g"><span>Nome</span><span>Costo</span><span>Stato</span><span></span>
      ${row('TIM Prime Go', '0,99 €/sett.', 'Attiva', 'Disattiva')}${row('Chiamate illimitate', 'Incluso', 'Attiva', '')}${row('Giga di Scorta', '2,99 €/mese', 'Non attiva', 'Attiva')}</div>`;
    expect(names(html)).toEqual([['TIM Prime Go', 99, 'week']]);
  });
});

describe('round 9 of unseen pages: tiles that are links', () => {
  const names = (html: string) => detectServices(page(html), catalog.services).map((d) => [d.name, d.price?.cents ?? null, d.price?.period ?? null]);

  test('promotional tiles that are links, each a name and its price, are two tiles, not one service named by the first and priced by the second', () => {
    const list = `<h2>Servizi e opzioni</h2><ul><li><span>Hub Musica</span><span>4,99 € al mese</span><span>Attivo</span><a href="#">Disattiva</a></li><li><span>Altro</span><span>Testo</span></li></ul>`;
    const tiles = `<div aria-label="Per te"><a href="/giga"><strong>Giga Extra 10 GB</strong><br>2€ una tantum, validi fino al rinnovo</a><a href="/fibra"><strong>Casa Fibra</strong><br>da 24.90€ al mese per i clienti mobile</a></div>`;
    expect(names(list + tiles)).toEqual([['Hub Musica', 499, 'month']]);
  });

  test('a link that only names a service ("Disattiva LoSai") is still a control of its row', () => {
    const html = `<h2>Le tue opzioni</h2><ul><li><span>LoSai</span><span>1,59 € al mese</span><a href="#">Disattiva LoSai</a></li><li><span>Altro</span><span>Testo</span></li></ul>`;
    expect(names(html)).toEqual([['LoSai', 159, 'month']]);
  });
});

describe('round 10 of unseen pages: groups, inclusions and requests', () => {
  const names = (html: string) => detectServices(page(html), catalog.services).map((d) => [d.name, d.price?.cents ?? null, d.price?.period ?? null]);

  test('an active catalog service whose row says "Inclusa nell\'offerta" beside its name is free, not an extra at the catalog price', () => {
    const li = (name: string, state: string, price: string, action: string) => `<li><div><div>${name}</div><div>${state}</div><small>Descrizione del servizio</small></div><div>${price}</div><div><button type="button">${action}</button></div></li>`;
    const html = `<h2>Le tue opzioni</h2><ul>${li('TIM Base e Chat', 'attivo', "<span>Inclusa nell'offerta</span>", 'Gestisci')}${li('Lo Sai', 'attivo', '<b>1</b>,59 €<span>al mese</span>', 'Disattiva')}</ul>`;
    expect(names(html)).toEqual([['Lo Sai', 159, 'month']]);
  });

  test('a closed group of a ceased line holds no extra of the line, and the group is no service of its own', () => {
    const row = (name: string, on: boolean) => `<li><div><p>${name}</p><p>Abbonamento di terze parti</p></div><div><span>3,99 €</span><span>/settimana</span></div><button type="button" role="switch" aria-checked="${on}" aria-label="Attiva o disattiva ${name}"></button></li>`;
    const html = `<section aria-labelledby="h1"><h2 id="h1">Servizi della linea</h2><ul>${row('Ludo Quiz Club', true)}${row('Altro Club', false)}</ul></section>
      <details><summary>Linee cessate (1)</summary><section aria-labelledby="h2"><div><h2 id="h2">Linea mobile 347</h2><span>Cessata il 30/09/2026</span></div><ul>${row('Musica Mix Premium', true)}</ul></section></details>`;
    expect(names(html)).toEqual([['Ludo Quiz Club', 399, 'week']]);
  });

  test('a category cell spanning the rows of its group is not the name of the first of them', () => {
    const html = `<h2>Servizi attivi sulla linea</h2><table><thead><tr><th>Categoria</th><th>Servizio</th><th>Stato</th><th>Costo</th><th>Azioni</th></tr></thead><tbody>
      <tr><td rowspan="2">Chiamate</td><td><b>ChiamaOra</b><br><small>SMS quando il numero torna raggiungibile</small></td><td>Attivo</td><td>1,30 € + IVA<br><small>ogni mese</small></td><td><button>Disattiva</button></td></tr>
      <tr><td><b>Avviso di chiamata</b></td><td>Attivo</td><td>Incluso</td><td></td></tr></tbody></table>`;
    expect(names(html)).toEqual([['ChiamaOra', 130, 'month']]);
  });

  test('a price whose next line says it is paid per GB used is billed by use', () => {
    const html = `<h2>Servizi della SIM</h2><ul><li><div><p>Giga extra automatici</p><p>Quando finisci i Giga continui a navigare</p></div><div><span>2,00 €</span><span>ogni GB, solo se esaurisci i Giga</span></div><button type="button" role="switch" aria-checked="true" aria-label="Attiva o disattiva Giga extra automatici"></button></li><li><p>Altro</p></li></ul>`;
    expect(names(html)).toEqual([['Giga extra automatici', 200, 'per-use']]);
  });

  test('"Disattivazione richiesta il …" is a service on its way off, not one to switch off', () => {
    const html = `<h2>Le tue opzioni</h2><ul><li><span>Security PRO</span><span>2,99 € al mese</span><span>Disattivazione richiesta il 28/11/2026</span><button>Annulla disattivazione</button></li><li><span>Altro</span></li></ul>`;
    expect(names(html)).toEqual([]);
  });
});

describe('round 11 of unseen pages: sums, short periods and tiles', () => {
  const names = (html: string) => detectServices(page(html), catalog.services).map((d) => [d.name, d.price?.cents ?? null, d.price?.period ?? null]);
  const list = (rows: string) => `<h2>Servizi attivi</h2><ul>${rows}<li><span>Altro</span></li></ul>`;

  test.each([
    ['Spesa stimata opzioni a pagamento', '31,58 € al mese + 0,49 € a settimana'],
    ['Costi ricorrenti servizi', '1,99€/m + 0,99 €/28gg + 4,99 €/7gg'],
  ])('a line adding up prices under the services heading ("%s") is a summary, not a service', (name, prices) => {
    expect(names(list(`<li><div>${name}</div><div>${prices}</div></li>`))).toEqual([]);
  });

  test('a price with a plus that adds no amount ("+ IVA", "+ 10 GB") is one service’s price', () => {
    expect(names(list('<li><div>Cloud Backup</div><div>2,00 € + IVA al mese</div><div>Attivo</div></li><li><div>Musica Plus</div><div>2,99 € al mese + 10 GB</div><div>Attivo</div></li>'))).toEqual([
      ['Cloud Backup', 200, 'month'],
      ['Musica Plus', 299, 'month'],
    ]);
  });

  test.each([
    ['0,99 €/28gg', 'four-weeks'],
    ['4,99 €/7gg', 'week'],
    ['1,99€/m', 'month'],
    ['€ 3 / 30 giorni', 'month'],
  ])('"%s" is charged per %s', (price, period) => {
    expect(names(list(`<li><div>Oroscopo Premium</div><div>${price}</div><div>Attivo</div></li>`)).map((n) => n[2])).toEqual([period]);
  });

  test('a promotional card whose link says "Scopri iliadbox" is no service, even under the services heading', () => {
    expect(names(list('<li><article><h3>iliadbox</h3><p>La fibra di iliad a 24,99 €/mese</p><a href="/box">Scopri iliadbox</a></article></li>'))).toEqual([]);
  });
});
