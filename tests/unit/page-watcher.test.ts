// @vitest-environment happy-dom
import { afterEach, expect, test, vi } from 'vitest';
import { createPageWatcher, OWN_NODE_ATTR, type PageWatcher } from '../../extension/carrier-page/page-watcher.ts';

let watcher: PageWatcher | undefined;
afterEach(() => {
  watcher?.stop();
  vi.useRealTimers();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

test('listeners run once the page settles, not for Sentinella\'s own nodes', async () => {
  // The debounce runs on fake timers: "no call" is checked after the quiet spell has certainly passed, not after
  // a real delay that a slow machine could stretch.
  vi.useFakeTimers();
  watcher = createPageWatcher(window, 40);
  const calls: string[] = [];
  watcher.subscribe((reason) => calls.push(reason));
  document.body.append(document.createElement('ul'));
  await vi.advanceTimersByTimeAsync(20);
  document.body.append(document.createElement('ul'));
  await vi.advanceTimersByTimeAsync(39);
  expect(calls).toEqual([]);
  await vi.advanceTimersByTimeAsync(1);
  expect(calls).toEqual(['mutation']);

  const own = document.createElement('span');
  own.setAttribute(OWN_NODE_ATTR, '');
  document.body.append(own);
  await vi.advanceTimersByTimeAsync(1_000);
  expect(calls).toEqual(['mutation']);
});

test('a page that never stops changing (a ticker, a carousel) is still scanned', async () => {
  watcher = createPageWatcher(window, 40, 200);
  let calls = 0;
  watcher.subscribe(() => calls++);
  const ticker = document.createElement('p');
  document.body.append(ticker);
  // A change every 10 ms for 600 ms: the quiet spell the debounce waits for never comes.
  for (let i = 0; i < 60; i++) {
    ticker.textContent = String(i);
    await sleep(10);
  }
  expect(calls).toBeGreaterThanOrEqual(2);
});

test('one listener that throws does not stop the others, now or on the next change', async () => {
  watcher = createPageWatcher(window, 30);
  const calls: string[] = [];
  const quiet = console.error;
  console.error = () => undefined;
  try {
    watcher.subscribe(() => calls.push('first'));
    watcher.subscribe(() => {
      throw new Error('a feature failed');
    });
    watcher.subscribe(() => calls.push('third'));
    document.body.append(document.createElement('section'));
    await sleep(100);
    expect(calls).toEqual(['first', 'third']);
    document.body.append(document.createElement('section'));
    await sleep(100);
    expect(calls).toEqual(['first', 'third', 'first', 'third']);
  } finally {
    console.error = quiet;
  }
});

test('Sentinella marking a row is not a page change: only what the page itself changed is read again', async () => {
  const row = document.createElement('tr');
  const other = document.createElement('p');
  document.body.append(row, other);
  vi.useFakeTimers();
  await vi.advanceTimersByTimeAsync(20);
  watcher = createPageWatcher(window, 40);
  const seen: (readonly Node[] | null)[] = [];
  watcher.subscribe((_reason, changed) => seen.push(changed));
  row.setAttribute('data-sentinella-service', 'tim-losai');
  row.setAttribute('data-sentinella-highlight', 'wanted');
  other.className = 'changed-by-the-page';
  await vi.advanceTimersByTimeAsync(1_000);
  expect(seen).toEqual([[other]]);
});

test('a web component that draws its list in its own shadow root, there from the start or added later, is followed', async () => {
  vi.useFakeTimers();
  document.body.innerHTML = '';
  const early = document.createElement('vf-billing-feed');
  early.attachShadow({ mode: 'open' }).innerHTML = '<div>Caricamento…</div>';
  document.body.append(early);
  watcher = createPageWatcher(window, 40);
  const changed: (readonly Node[] | null)[] = [];
  watcher.subscribe((_reason, nodes) => changed.push(nodes));

  early.shadowRoot!.innerHTML = '<article>Fattura AM19258954</article>';
  await vi.advanceTimersByTimeAsync(50);
  expect(changed).toHaveLength(1);
  expect(changed[0]).toContain(early.shadowRoot);

  const late = document.createElement('wt-invoice-list');
  late.attachShadow({ mode: 'open' });
  document.body.append(late);
  await vi.advanceTimersByTimeAsync(50);
  late.shadowRoot!.innerHTML = '<article>Fattura FT-2026-0418831</article>';
  await vi.advanceTimersByTimeAsync(50);
  expect(changed).toHaveLength(3);
  expect(changed[2]).toContain(late.shadowRoot);
});
