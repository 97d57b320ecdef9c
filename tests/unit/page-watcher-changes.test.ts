// @vitest-environment happy-dom
/** The page watcher says what changed, so features read again only that: the changed nodes, or null after a navigation. */
import { afterEach, expect, test } from 'vitest';
import { createPageWatcher, type PageWatcher } from '../../extension/carrier-page/page-watcher.ts';

let watcher: PageWatcher | undefined;
afterEach(() => watcher?.stop());

function next(w: PageWatcher): Promise<readonly Node[] | null> {
  return new Promise((resolve) => {
    const off = w.subscribe((_reason, changed) => {
      off();
      resolve(changed);
    });
  });
}

test('a text edited in one row: that text node, and nothing else', async () => {
  document.body.innerHTML = '<table><tr><td>RA1</td><td>10,00 €</td></tr><tr><td>RA2</td><td>12,00 €</td></tr></table>';
  watcher = createPageWatcher(window, 10, 100);
  const cell = document.querySelectorAll('td')[3]!;
  const changed = next(watcher);
  cell.firstChild!.nodeValue = '13,00 €';
  expect(await changed).toEqual([cell.firstChild]);
});

test('a switch turned off is a change', async () => {
  document.body.innerHTML = '<div><span>Lo Sai</span><button role="switch" aria-checked="true"></button></div>';
  watcher = createPageWatcher(window, 10, 100);
  const toggle = document.querySelector('button')!;
  const changed = next(watcher);
  toggle.setAttribute('aria-checked', 'false');
  expect(await changed).toEqual([toggle]);
});

test('after a navigation anything may have changed', async () => {
  document.body.innerHTML = '<p>Home</p>';
  watcher = createPageWatcher(window, 10, 100);
  const changed = next(watcher);
  document.querySelector('p')!.textContent = 'Fatture';
  watcher.navigated();
  expect(await changed).toBeNull();
});
