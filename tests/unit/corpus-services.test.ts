/**
 * The spotlight's detector on the variant corpus: the same line in every markup style and every price form
 * must give exactly the same paid extras (never the base plan, the credit, a usage counter, an included or
 * free item, a heading or a promotion). Properties: any style × any price form × any order of the rows.
 */
import { describe, expect, test } from 'vitest';
import { Window } from 'happy-dom';
import fc from 'fast-check';
import catalog from 'virtual:sentinella-catalog';
import { detectServices } from '../../extension/carrier-page/services/detect-services.ts';
import { mayShowExtras } from '../../extension/carrier-page/services/may-show-extras.ts';
import { serviceStyles, expectedServices, type RenderedPage } from '../corpus/services-styles.ts';
import { priceForms } from '../corpus/forms.ts';
import { line, type ModelLine } from '../corpus/line-model.ts';

function load(rendered: RenderedPage): Document {
  const win = new Window({ url: 'https://www.tim.it/mytim/linea/opzioni' });
  rendered.setup?.(win as unknown as globalThis.Window);
  win.document.title = rendered.title;
  win.document.body.innerHTML = rendered.body;
  return win.document as unknown as Document;
}

function found(doc: Document) {
  return detectServices(doc, catalog.services).map((d) => ({ id: d.id, name: d.name, cents: d.price?.cents ?? null, period: d.price?.period ?? null, text: d.price?.text ?? '', yearly: d.yearlyCents }));
}

function expectSame(actual: ReturnType<typeof found>, model: ModelLine = line) {
  const expected = expectedServices(model);
  expect(actual.map((a) => a.id)).toEqual(expected.map((e) => e.id));
  actual.forEach((a, i) => {
    const e = expected[i]!;
    expect(a.cents).toBe(e.cents);
    expect(a.period).toBe(e.period);
    // The name as shown, without the description printed under it.
    if (e.id === 'unknown') expect(a.name).toBe(e.name);
    // The price as shown is the amount and its period (and unit), not the row's other words.
    expect(a.text).not.toMatch(/Attiv|Disattiva|Altre azioni/);
    expect(a.text.includes(e.name)).toBe(false);
    if (e.period === 'per-use') expect(a.text).toMatch(/MB|utilizzo/);
    // Billed by use: no yearly figure is made up.
    if (e.period === 'per-use') expect(a.yearly).toBeNull();
  });
}

const styles = Object.keys(serviceStyles);
const forms = Object.keys(priceForms);

test('the corpus has at least 15 markup styles and 6 price forms', () => {
  expect(styles.length).toBeGreaterThanOrEqual(15);
  expect(forms.length).toBeGreaterThanOrEqual(6);
});

describe.each(styles)('options page, style %s', (style) => {
  test.each(forms)('price form %s: exactly the paid extras', (form) => {
    const doc = load(serviceStyles[style]!(line, priceForms[form]!));
    // The script of every carrier page loads the detector here: its light check finds where a row may start.
    expect(mayShowExtras(doc)).toBe(true);
    expectSame(found(doc));
  });
});

test('property: any style, any price form, any order and subset of the rows gives the model\'s extras', () => {
  fc.assert(
    fc.property(
      fc.constantFrom(...styles),
      fc.constantFrom(...forms),
      fc.shuffledSubarray(line.extras, { minLength: 1 }),
      fc.shuffledSubarray(line.included, { minLength: 0 }),
      (style, form, extras, included) => {
        const model = { ...line, extras, included: included.length === 2 ? included : [...included, ...line.included].slice(0, 2) };
        // rows() in the styles takes five extras; pad with what the subset left out, then expect those too.
        const padded = { ...model, extras: [...extras, ...line.extras.filter((e) => !extras.includes(e))] };
        expectSame(found(load(serviceStyles[style]!(padded, priceForms[form]!))), padded);
      },
    ),
    { numRuns: 60 },
  );
});
