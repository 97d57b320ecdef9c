/**
 * The page copy the spotlight sends to the extension (reading/page-copy.ts) and the detector run on it
 * (services/detect-in-copy.ts): on every markup style and price form of the corpus, the copy gives exactly what
 * the page itself gives, row for row, mapped back to the same live elements; and nothing in the copy can run,
 * load or be parsed as markup in the extension's document.
 */
import { describe, expect, test } from 'vitest';
import { Window } from 'happy-dom';
import fc from 'fast-check';
import catalog from 'virtual:sentinella-catalog';
import { detectServices } from '../../extension/carrier-page/services/detect-services.ts';
import { detectInCopy, onPage } from '../../extension/carrier-page/services/detect-in-copy.ts';
import { copyPage, rebuildPage, type CopiedNode } from '../../extension/carrier-page/reading/page-copy.ts';
import { serviceStyles, type RenderedPage } from '../corpus/services-styles.ts';
import { priceForms } from '../corpus/forms.ts';
import { line } from '../corpus/line-model.ts';

function page(body: string, setup?: RenderedPage['setup']): Document {
  const win = new Window({ url: 'https://www.tim.it/mytim/linea/opzioni' });
  setup?.(win as unknown as globalThis.Window);
  win.document.body.innerHTML = body;
  return win.document as unknown as Document;
}

/** The extension's own empty document, as the offscreen page (Chrome) or the background page (Firefox) is. */
function extensionDocument(): Document {
  return new Window({ url: 'chrome-extension://sentinella/detector.html' }).document as unknown as Document;
}

function viaCopy(doc: Document) {
  const elements: Element[] = [];
  const copy = copyPage(doc, elements)!;
  // What travels is plain data: the browser's messaging serialises it as JSON.
  const travelled = JSON.parse(JSON.stringify(copy)) as typeof copy;
  return onPage(detectInCopy(extensionDocument(), travelled, catalog.services), elements, catalog.services);
}

const summary = (found: ReturnType<typeof detectServices>) =>
  found.map((d) => ({ id: d.id, key: d.key, name: d.name, price: d.price, yearly: d.yearlyCents, row: d.row, nameElement: d.nameElement }));

describe.each(Object.keys(serviceStyles))('style %s', (style) => {
  test.each(Object.keys(priceForms))('price form %s: the copy gives what the page gives, on the same elements', (form) => {
    const rendered = serviceStyles[style]!(line, priceForms[form]!);
    const doc = page(rendered.body, rendered.setup);
    const onThePage = summary(detectServices(doc, catalog.services));
    expect(onThePage.length).toBeGreaterThan(0);
    expect(summary(viaCopy(doc))).toEqual(onThePage);
  });
});

test('property: any style, any price form, any order of the rows: the copy and the page agree', () => {
  const styles = Object.keys(serviceStyles);
  const forms = Object.keys(priceForms);
  fc.assert(
    fc.property(fc.constantFrom(...styles), fc.constantFrom(...forms), fc.shuffledSubarray(line.extras, { minLength: line.extras.length }), fc.shuffledSubarray(line.included, { minLength: line.included.length }), (style, form, extras, included) => {
      // The styles lay out every row of the model: the order is what varies.
      const rendered = serviceStyles[style]!({ ...line, extras, included }, priceForms[form]!);
      const doc = page(rendered.body, rendered.setup);
      expect(summary(viaCopy(doc))).toEqual(summary(detectServices(doc, catalog.services)));
    }),
    { numRuns: 60 },
  );
});

const tags = (nodes: CopiedNode[]): string[] => nodes.flatMap((n) => (typeof n === 'string' ? [] : [n[0], ...tags(n[3]), ...tags(n[4] ?? [])]));
const attributeNames = (nodes: CopiedNode[]): string[] =>
  nodes.flatMap((n) => (typeof n === 'string' ? [] : [...n[2].filter((_, i) => i % 2 === 0), ...attributeNames(n[3]), ...attributeNames(n[4] ?? [])]));

describe('nothing of the copy runs, loads or is read as markup', () => {
  const hostile = `
    <script>window.ran = 1</script><style>body{background:url(https://tracker.example/a.png)}</style>
    <iframe src="https://tracker.example/f"></iframe><object data="https://tracker.example/o"></object>
    <video src="https://tracker.example/v.mp4" poster="https://tracker.example/p.png"></video>
    <img src="https://tracker.example/i.png" srcset="https://tracker.example/2x.png 2x" alt="Attivo" onerror="window.ran = 2">
    <div style="background-image:url(https://tracker.example/b.png)" onclick="window.ran = 3">TIM Prime Go &lt;img src=x onerror=alert(1)&gt;</div>
    <svg><image href="https://tracker.example/s.png"></image><use xlink:href="https://tracker.example/u.svg#i"></use></svg>
    <a href="https://www.tim.it/mytim/fatture" ping="https://tracker.example/ping">Fatture</a>
    <form action="https://tracker.example/post"><button formaction="https://tracker.example/b">Disattiva</button></form>`;

  test('scripts, styles, frames and media are left out; no attribute names a resource or a handler', () => {
    const copy = copyPage(page(hostile), [])!;
    const copied = tags(copy.body[3]);
    for (const tag of ['script', 'style', 'iframe', 'object', 'video']) expect(copied).not.toContain(tag);
    const names = attributeNames(copy.body[3]);
    for (const name of ['src', 'srcset', 'poster', 'onerror', 'onclick', 'ping', 'action', 'formaction', 'xlink:href']) expect(names).not.toContain(name);
    // A link's address stays (a reader may need to know it is a link); the image's alternative text too.
    expect(JSON.stringify(copy)).toContain('https://www.tim.it/mytim/fatture');
    expect(JSON.stringify(copy)).toContain('"alt","Attivo"');
    expect(JSON.stringify(copy)).not.toContain('tracker.example');
  });

  test('rebuilt, text stays text: markup written in the page is not parsed again', () => {
    const target = extensionDocument();
    rebuildPage(target, copyPage(page(hostile), [])!);
    expect(target.querySelectorAll('script, img[src], [onclick], [onerror]').length).toBe(0);
    expect(target.body.textContent).toContain('TIM Prime Go <img src=x onerror=alert(1)>');
    expect(target.querySelectorAll('img').length).toBe(1);
  });
});

describe('the rebuilding side holds a copy to the same rules', () => {
  const forged = (children: CopiedNode[], layouts: string[] = ['display:block']) => ({ body: ['body', 0, [], children] as never, layouts, count: 1 + tags(children).length });

  test.each([
    ['a script', ['script', 0, ['src', 'https://tracker.example/x.js'], ['window.ran = 1']]],
    ['an iframe', ['iframe', 0, [], []]],
    ['an SVG image', ['svg', 1, [], [['image', 1, ['href', 'https://tracker.example/s.png'], []]]]],
    ['an SVG animation that sets an address', ['svg', 1, [], [['set', 1, ['attributeName', 'href', 'to', 'https://tracker.example/'], []]]]],
  ] as [string, CopiedNode][])('%s is refused', (_name, node) => {
    expect(() => rebuildPage(extensionDocument(), forged([node]))).toThrow(/never copied/);
  });

  test('a layout that would load something is refused', () => {
    expect(() => rebuildPage(extensionDocument(), forged([], ['display:block} * {background:url(https://tracker.example/)']))).toThrow(/layout/);
    expect(() => rebuildPage(extensionDocument(), forged([], ['display:block;background-image:image-set("x.png" 1x)']))).toThrow(/layout/);
  });

  test('resource attributes, handlers and styles other than display:none are dropped', () => {
    const target = extensionDocument();
    rebuildPage(target, forged([['img', 0, ['src', 'https://tracker.example/i.png', 'onerror', 'window.ran = 1', 'alt', 'Attivo', 'style', 'background:url(https://tracker.example/b.png)'], []], ['a', 0, ['href', 'https://www.tim.it/', 'ping', 'https://tracker.example/'], ['TIM']]]));
    const img = target.querySelector('img')!;
    expect(img.getAttributeNames()).toEqual(['alt']);
    expect(target.querySelector('a')!.getAttributeNames()).toEqual(['href']);
  });
});

test('what the readers look at survives the copy: a checked box, an inline display:none, the page CSS layout, an open shadow root', () => {
  const doc = page(`
    <style>.row { display: grid; grid-template-columns: 200px 80px 80px } .cell { display: block }</style>
    <div class="row"><span class="cell">LoSai</span><span class="cell">1,99 €</span><span style="display:none">Nascosto</span></div>
    <label><input type="checkbox" id="box"> Giga di Scorta</label>
    <tim-servizio></tim-servizio>`);
  (doc.getElementById('box') as HTMLInputElement).checked = true;
  doc.querySelector('tim-servizio')!.attachShadow({ mode: 'open' }).innerHTML = '<p>Chiamami</p>';
  const elements: Element[] = [];
  const copy = copyPage(doc, elements)!;
  const target = extensionDocument();
  const rebuilt = rebuildPage(target, copy);
  expect(rebuilt.length).toBe(elements.length);
  expect(rebuilt.map((el) => el.localName)).toEqual(elements.map((el) => el.localName));
  const view = target.defaultView!;
  const [row, name] = [...target.querySelectorAll('body > div, body > div > span')];
  expect(view.getComputedStyle(row!).display).toBe('grid');
  expect(view.getComputedStyle(row!).gridTemplateColumns).toBe(doc.defaultView!.getComputedStyle(doc.querySelector('.row')!).gridTemplateColumns);
  expect(view.getComputedStyle(name!).display).toBe('block');
  expect(target.querySelector('span[style]')!.getAttribute('style')).toBe('display:none');
  expect((target.querySelector('input') as HTMLInputElement).checked).toBe(true);
  expect(target.querySelector('tim-servizio')!.shadowRoot!.textContent).toBe('Chiamami');
  // The page's class names are not carried over: no reader may depend on them.
  expect(target.querySelector('.row, .cell')).toBeNull();
});
