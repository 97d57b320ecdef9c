/** The detector on the portal fixtures the browser tests use: exactly the paid services on the line. */
import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import catalog from 'virtual:sentinella-catalog';
import { detectServices } from '../../extension/carrier-page/services/detect-services.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'portal');

function load(path: string): Document {
  const win = new Window({ url: 'https://www.tim.it/' });
  const html = readFileSync(join(FIXTURES, path), 'utf8').replace(/^<!doctype html>/i, '');
  // innerHTML never runs the fixture's scripts: this reads the markup as served.
  win.document.documentElement.innerHTML = html;
  return win.document as unknown as Document;
}

test.each([
  ['mytim/linea/opzioni.html', [['tim-prime-go', 'TIM PRIME GO', 2548], ['tim-losai', 'Lo Sai', 1908], ['unknown', 'Oroscopo Premium', 25948]]],
  ['marketing.html', []],
  ['index.html', []],
  ['mytim/spa.html', []],
  [
    'mytim/xss.html',
    [
      ['unknown', '<img src=x onerror="window.__pwned=1">Giochi', 3588],
      ['unknown', '<b>Oroscopo</b><script>window.__pwned=1</script>', 25948],
      ['tim-prime-go', 'TIM Prime Go', 2548],
    ],
  ],
  ['business/servizi.html', [['tim-business-safe-web-mobile', 'TIM Safe Web Mobile', 2400], ['tim-business-safe-web-mobile', 'Safe Web Mobile', 2400]]],
] as [string, [string, string, number][]][])('%s', (path, expected) => {
  const found = detectServices(load(path), catalog.services);
  expect(found.map((d) => [d.id, d.name, d.yearlyCents])).toEqual(expected);
});

test('xss.html: TIM Prime Go shows no price, so the catalog price stands in, marked as such', () => {
  const prime = detectServices(load('mytim/xss.html'), catalog.services).find((d) => d.id === 'tim-prime-go');
  expect(prime?.price?.fromCatalog).toBe(true);
});
