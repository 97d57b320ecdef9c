// @vitest-environment happy-dom
/**
 * The light feature of every carrier page that loads the paid-extras detector: only where something may be a
 * paid extra's row, once, again after a failure, and the popup hears "nothing here" until the detector runs.
 */
import { beforeEach, expect, test, vi } from 'vitest';

type Listener = (message: unknown, sender: unknown, sendResponse: (answer: unknown) => void) => boolean;
const listeners = new Set<Listener>();
vi.mock('wxt/browser', () => ({
  browser: { runtime: { onMessage: { addListener: (l: Listener) => listeners.add(l), removeListener: (l: Listener) => listeners.delete(l) } } },
}));
const loads: string[] = [];
let loadAnswer: () => Promise<boolean> = async () => true;
vi.mock('../../extension/carrier-page/run-features.ts', () => ({
  loadFeature: vi.fn(async (script: string) => {
    loads.push(script);
    return loadAnswer();
  }),
}));

const { paidExtrasSpotlightLoader } = await import('../../extension/carrier-page/features/paid-extras-spotlight-loader.ts');
type PageListener = import('../../extension/carrier-page/page-watcher.ts').PageListener;

function start() {
  let changed: PageListener | undefined;
  const watcher = { subscribe: (l: PageListener) => ((changed = l), () => void (changed = undefined)), navigated() {}, stop() {} };
  const ctx = { isInvalid: false, onInvalidated: () => undefined };
  const errors: unknown[] = [];
  const started = paidExtrasSpotlightLoader.start({ ctx: ctx as never, watcher, report: (e) => errors.push(e) });
  return { started, errors, settle: () => changed?.('mutation', null), subscribed: () => changed !== undefined };
}

/** What the popup hears from this tab: the first answer given, as the browser keeps it. */
function popupAnswer(): unknown {
  let answer: unknown;
  for (const l of listeners) l({ type: 'spotlight:summary' }, {}, (a) => void (answer ??= a));
  return answer;
}

beforeEach(() => {
  loads.length = 0;
  listeners.clear();
  loadAnswer = async () => true;
});

test('a page with nothing a paid extra starts from (a home page) never loads the detector; the popup hears it shows none', async () => {
  document.body.innerHTML = `<h1>Benvenuto su TIM</h1><p>Scopri le offerte per la casa e il mobile.</p><a href="/mytim">Accedi a MyTIM</a>`;
  const { started, settle } = start();
  await started;
  settle();
  await Promise.resolve();
  expect(loads).toEqual([]);
  expect(popupAnswer()).toEqual({ host: location.host, extras: [], totalYearlyCents: 0 });
});

test('late content with a status and a switch-off loads the detector once, and it then answers the popup itself', async () => {
  document.body.innerHTML = `<main><p>Caricamento…</p></main>`;
  const { started, settle, subscribed } = start();
  await started;
  expect(loads).toEqual([]);
  document.querySelector('main')!.innerHTML = `<h2>Servizi attivi</h2><div><span>TIM Prime Go</span><span>Attivo</span><button>Disattiva</button></div>`;
  settle();
  await vi.waitFor(() => expect(loads).toEqual(['paid-extras-spotlight']));
  await vi.waitFor(() => expect(subscribed()).toBe(false));
  settle();
  expect(loads).toHaveLength(1);
  expect(popupAnswer()).toBeUndefined();
});

test('an on/off switch with no words at all is enough', async () => {
  document.body.innerHTML = `<div><span>LoSai</span><button role="switch" aria-checked="true"></button></div>`;
  await start().started;
  expect(loads).toEqual(['paid-extras-spotlight']);
});

test('a detector that could not be run (the worker restarting) is asked for again when the page next settles', async () => {
  document.body.innerHTML = `<div><span>Giga di Scorta</span><span>1,99 € al mese</span></div>`;
  loadAnswer = async () => {
    throw new Error('Could not establish connection');
  };
  const { started, settle, errors } = start();
  await started;
  expect(errors).toHaveLength(1);
  expect(popupAnswer()).toEqual({ host: location.host, extras: [], totalYearlyCents: 0 });
  loadAnswer = async () => true;
  settle();
  await vi.waitFor(() => expect(loads).toHaveLength(2));
});
