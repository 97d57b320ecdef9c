/** In-page highlights follow the detector exactly: marked rows, one badge each, cleaned up when a row goes. */
import { describe, expect, test } from 'vitest';
import { Window } from 'happy-dom';
import catalog from 'virtual:sentinella-catalog';
import { detectServices } from '../../extension/carrier-page/services/detect-services.ts';
import { reconcileHighlights } from '../../extension/carrier-page/spotlight/highlight.ts';

function page(html: string): Document {
  const win = new Window({ url: 'https://www.tim.it/mytim/' });
  win.document.body.innerHTML = html;
  return win.document as unknown as Document;
}

const TABLE = `<section><h2>Le tue opzioni</h2><table><tbody>
  <tr id="prime"><td>TIM Prime Go</td><td>0,49 €/settimana</td><td>Attivo</td><td><button>Disattiva</button></td></tr>
  <tr id="horo"><td>Oroscopo Premium</td><td>4,99 €/settimana</td><td>Attivo</td><td><button>Disattiva</button></td></tr>
  <tr id="free"><td>Segreteria</td><td>Gratuito</td><td>Attivo</td><td></td></tr>
</tbody></table></section>`;

const marks = (doc: Document) => [...doc.querySelectorAll('[data-sentinella-service]')].map((el) => `${el.id}=${el.getAttribute('data-sentinella-service')}/${el.getAttribute('data-sentinella-highlight')}`);
const badges = (doc: Document) => [...doc.querySelectorAll('[data-sentinella-badge]')].map((b) => b.closest('tr')?.id);

describe('reconcileHighlights', () => {
  test('marks each detected row once, with a badge inside its first cell', () => {
    const doc = page(TABLE);
    const found = detectServices(doc, catalog.services);
    reconcileHighlights(doc, found, new Set());
    reconcileHighlights(doc, detectServices(doc, catalog.services), new Set());
    expect(marks(doc)).toEqual(['prime=tim-prime-go/paid', 'horo=unknown/paid']);
    expect(badges(doc)).toEqual(['prime', 'horo']);
    expect(doc.querySelector('#prime td [data-sentinella-badge]')?.hasAttribute('data-sentinella-own')).toBe(true);
    // The table keeps its cells: the badge lives inside the first one.
    expect(doc.querySelectorAll('#prime > *').length).toBe(4);
    expect(doc.querySelectorAll('style[data-sentinella-own]').length).toBe(1);
  });

  test('a row named by its switch\'s label gets its badge beside the name it shows, not beside the switch', () => {
    const doc = page(`<section><h2>Opzioni attive sulla linea</h2><div role="table">
      <div role="row"><span role="columnheader">Opzione</span><span role="columnheader">Costo</span><span role="columnheader">Stato</span></div>
      <div role="row" id="sec"><span role="cell">Security PRO<div>App di sicurezza con VPN</div></span><span role="cell">0,99 €/mese</span>
        <span role="cell"><button type="button" role="switch" aria-checked="true" aria-label="Security PRO"></button></span></div>
      <div role="row"><span role="cell">Segreteria</span><span role="cell">Gratis</span><span role="cell"><button type="button" role="switch" aria-checked="true" aria-label="Segreteria"></button></span></div>
    </div></section>`);
    reconcileHighlights(doc, detectServices(doc, catalog.services), new Set());
    const badge = doc.querySelector('#sec [data-sentinella-badge]')!;
    expect(badge).not.toBeNull();
    expect(badge.closest('[role="switch"], [role="cell"]:last-child')).toBeNull();
    expect(badge.previousSibling?.textContent).toBe('Security PRO');
  });

  test('a wanted service is marked as such', () => {
    const doc = page(TABLE);
    reconcileHighlights(doc, detectServices(doc, catalog.services), new Set(['tim-prime-go']));
    expect(marks(doc)).toEqual(['prime=tim-prime-go/wanted', 'horo=unknown/paid']);
    expect(doc.querySelector('#prime [data-sentinella-badge]')?.hasAttribute('data-wanted')).toBe(true);
  });

  test('a row that goes away or stops being paid loses its mark and badge', () => {
    const doc = page(TABLE);
    reconcileHighlights(doc, detectServices(doc, catalog.services), new Set());
    doc.querySelector('#horo td:nth-child(2)')!.textContent = 'Incluso';
    reconcileHighlights(doc, detectServices(doc, catalog.services), new Set());
    expect(marks(doc)).toEqual(['prime=tim-prime-go/paid']);
    expect(badges(doc)).toEqual(['prime']);
    doc.querySelector('section')!.remove();
    reconcileHighlights(doc, detectServices(doc, catalog.services), new Set());
    expect(marks(doc)).toEqual([]);
  });

  test('a page with nothing to show gets nothing, not even a style', () => {
    const doc = page('<main><h1>Offerte</h1><div class="card"><h3>TIM Prime Go</h3><p>0,49 €/settimana</p><a href="#">Scopri</a></div></main>');
    reconcileHighlights(doc, detectServices(doc, catalog.services), new Set());
    expect(doc.querySelectorAll('[data-sentinella-service], [data-sentinella-own]').length).toBe(0);
  });
});
