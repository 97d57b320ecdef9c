/**
 * The light check of every carrier page (services/may-show-extras.ts) decides whether the detector is loaded
 * at all: wherever the detector would report a paid extra, it must say yes. Checked on every page we have
 * (the demo portal, the unseen pages) and as a property over the corpus with parts of each page taken away;
 * and it must say no on a carrier's shop, which shows prices and "Attiva ora" but no line.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { Window } from 'happy-dom';
import fc from 'fast-check';
import catalog from 'virtual:sentinella-catalog';
import { detectServices } from '../../extension/carrier-page/services/detect-services.ts';
import { mayShowExtras } from '../../extension/carrier-page/services/may-show-extras.ts';
import { serviceStyles } from '../corpus/services-styles.ts';
import { priceForms } from '../corpus/forms.ts';
import { line } from '../corpus/line-model.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : []));
}

/** A page as a browser shows it: its own inline scripts run. */
function load(html: string): Document {
  const win = new Window({ url: 'https://www.tim.it/mytim/', settings: { enableJavaScriptEvaluation: true, suppressInsecureJavaScriptEnvironmentWarning: true } });
  win.document.write(html);
  win.document.dispatchEvent(new win.Event('DOMContentLoaded'));
  return win.document as unknown as Document;
}

const found = (doc: Document) => detectServices(doc, catalog.services).length;

const pages = htmlFiles(FIXTURES).map((file) => [relative(FIXTURES, file), file] as const);

describe.each(pages)('%s', (_name, file) => {
  test('the detector is loaded wherever it finds a paid extra', () => {
    const doc = load(readFileSync(file, 'utf8'));
    if (found(doc) > 0) expect(mayShowExtras(doc)).toBe(true);
  });
});

test('the demo portal: loaded on the line pages, not on the carrier home nor on the shop', () => {
  const at = (path: string) => load(readFileSync(join(FIXTURES, 'portal', path), 'utf8'));
  expect(mayShowExtras(at('mytim/linea/opzioni.html'))).toBe(true);
  expect(mayShowExtras(at('index.html'))).toBe(false);
  const shop = at('marketing.html');
  expect(found(shop)).toBe(0);
  expect(mayShowExtras(shop)).toBe(false);
});

test('property: any corpus page with any of its elements or attributes taken away, if the detector finds an extra, is loaded', () => {
  const styles = Object.keys(serviceStyles);
  const forms = Object.keys(priceForms);
  fc.assert(
    fc.property(
      fc.constantFrom(...styles),
      fc.constantFrom(...forms),
      fc.array(fc.nat(), { maxLength: 12 }),
      fc.array(fc.nat(), { maxLength: 12 }),
      (style, form, dropElements, dropAttributes) => {
        const rendered = serviceStyles[style]!(line, priceForms[form]!);
        const win = new Window({ url: 'https://www.tim.it/mytim/linea/opzioni' });
        rendered.setup?.(win as unknown as globalThis.Window);
        win.document.body.innerHTML = rendered.body;
        const doc = win.document as unknown as Document;
        for (const n of dropElements) {
          const all = doc.body.querySelectorAll('*');
          if (all.length > 0) all[n % all.length]!.remove();
        }
        for (const n of dropAttributes) {
          const withAttributes = [...doc.body.querySelectorAll('*')].filter((el) => el.attributes.length > 0);
          const el = withAttributes[n % Math.max(1, withAttributes.length)];
          if (el) el.removeAttribute(el.attributes[n % el.attributes.length]!.name);
        }
        if (found(doc) > 0) expect(mayShowExtras(doc)).toBe(true);
      },
    ),
    { numRuns: 300 },
  );
});
