/**
 * After a page change the spotlight reads the page again only when the change may touch a paid extra's row;
 * whenever it does not read again, reading again would have given the same answer.
 */
import { describe, expect, test } from 'vitest';
import { Window } from 'happy-dom';
import catalog from 'virtual:sentinella-catalog';
import { detectServices } from '../../extension/carrier-page/services/detect-services.ts';
import { changesMatter } from '../../extension/carrier-page/services/changes-matter.ts';
import { serviceStyles } from '../corpus/services-styles.ts';
import { priceForms } from '../corpus/forms.ts';
import { line } from '../corpus/line-model.ts';

function page(body: string, setup?: (win: globalThis.Window) => void): Document {
  const win = new Window({ url: 'https://www.tim.it/mytim/linea/opzioni' });
  setup?.(win as unknown as globalThis.Window);
  win.document.body.innerHTML = body;
  return win.document as unknown as Document;
}

const LINE = `<h2>Servizi attivi sulla linea</h2>
  <div id="lista"><div><span>TIM Prime Go</span><span>Attivo</span><button>Disattiva</button></div>
  <div><span>LoSai</span><span>0,49 € a settimana</span><button>Disattiva</button></div></div>
  <table><thead><tr><th>Servizio</th><th>Costo al mese</th></tr></thead><tbody id="altri"></tbody></table>
  <aside><p id="notizie">Ultime notizie: la rete 5G arriva a Bari</p></aside>`;

const rows = (doc: Document) => detectServices(doc, catalog.services).map((d) => d.row);

describe('changes that cannot touch a row leave the last answer standing', () => {
  test('a news ticker changes its words', () => {
    const doc = page(LINE);
    const found = rows(doc);
    const ticker = doc.getElementById('notizie')!;
    ticker.firstChild!.textContent = 'Ultime notizie: nuovi negozi a Torino';
    expect(changesMatter([ticker.firstChild!], found)).toBe(false);
  });

  test('a chat bubble appears at the end of the page', () => {
    const doc = page(LINE);
    const found = rows(doc);
    const bubble = doc.createElement('div');
    bubble.textContent = 'Ciao! Come possiamo aiutarti?';
    doc.body.append(bubble);
    expect(changesMatter([doc.body], found)).toBe(true); // the body holds the rows: read again
    expect(changesMatter([bubble], found)).toBe(false);
  });
});

describe('changes that may touch a row make the page read again', () => {
  test('unknown changes (a navigation, too many)', () => {
    expect(changesMatter(null, [])).toBe(true);
  });

  test('a status changes inside a row', () => {
    const doc = page(LINE);
    const found = rows(doc);
    const status = [...doc.querySelectorAll('span')].find((s) => s.textContent === 'Attivo')!;
    status.textContent = 'Disattivato';
    expect(changesMatter([status.firstChild!], found)).toBe(true);
  });

  test('a row is removed', () => {
    const doc = page(LINE);
    const found = rows(doc);
    const list = doc.getElementById('lista')!;
    list.firstElementChild!.remove();
    expect(changesMatter([list], found)).toBe(true);
  });

  test('a new row with a switch-off, or with an amount whose period only the column heading names', () => {
    const doc = page(LINE);
    const found = rows(doc);
    const added = doc.createElement('div');
    added.innerHTML = '<span>Giga di Scorta</span><button>Disattiva</button>';
    doc.querySelector('aside')!.append(added);
    expect(changesMatter([added], found)).toBe(true);
    const body = doc.getElementById('altri')!;
    body.innerHTML = '<tr><td>Oroscopo Plus</td><td>1,99 €</td></tr>';
    expect(changesMatter([body], found)).toBe(true);
  });

  test('a heading changes (it names the list under it)', () => {
    const doc = page(LINE);
    const heading = doc.querySelector('h2')!;
    heading.textContent = 'Offerte per te';
    expect(changesMatter([heading.firstChild!], rows(doc))).toBe(true);
  });
});

test('on every corpus style, a change the spotlight skips gives the same paid extras when read again', () => {
  for (const [name, style] of Object.entries(serviceStyles)) {
    const rendered = style(line, priceForms['euro-slash']!);
    const doc = page(rendered.body, rendered.setup);
    const before = detectServices(doc, catalog.services);
    expect(before.length, name).toBeGreaterThan(0);
    const note = doc.createElement('p');
    note.textContent = 'Assistenza: scrivici quando vuoi';
    doc.body.append(note);
    expect(changesMatter([note], before.map((d) => d.row)), name).toBe(false);
    expect(detectServices(doc, catalog.services).map((d) => d.key), name).toEqual(before.map((d) => d.key));
  }
});
