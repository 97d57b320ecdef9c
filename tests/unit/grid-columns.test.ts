// @vitest-environment happy-dom
/** A CSS grid's columns, counted from its grid-template-columns as the browser gives it (px tracks) or as declared. */
import { expect, test } from 'vitest';
import { gridColumnCount } from '../../extension/carrier-page/reading/grid-columns.ts';

const grid = (style: string) => {
  const el = document.createElement('div');
  el.setAttribute('style', style);
  document.body.append(el);
  return el;
};

test.each([
  ['display: grid; grid-template-columns: 240px 96px 96px 80px', 4],
  ['display: grid; grid-template-columns: minmax(0, 2fr) 1fr 1fr auto', 4],
  ['display: grid; grid-template-columns: repeat(3, 1fr)', 3],
  ['display: grid; grid-template-columns: [name] 2fr [price] 1fr repeat(2, [x] 10px auto)', 6],
  ['display: inline-grid; grid-template-columns: 1fr 1fr', 2],
  // The number of columns depends on the width: not countable from the style.
  ['display: grid; grid-template-columns: repeat(auto-fill, minmax(120px, 1fr))', 0],
  ['display: flex; grid-template-columns: 1fr 1fr', 0],
  ['display: block', 0],
])('%s → %i columns', (style, columns) => {
  expect(gridColumnCount(grid(style))).toBe(columns);
});
