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

test("a carrier's shop (prices per month, \"Attiva ora\", \"Scopri\", a footer of links under \"Servizi\") never loads the detector", async () => {
  document.body.innerHTML = `<main><h1>Con TIM Prime Go sconti ogni settimana</h1><p>Solo 0,49 €/settimana. Attivalo in un attimo.</p>
    <section><h2>Opzioni per il tuo smartphone</h2>
      <div><h3>LoSai</h3><p>1,59 €/mese</p><button type="button">Attiva ora</button></div>
      <div><h3>TIM Prime Go</h3><p>0,49 €/settimana</p><a href="/prime">Attiva</a></div></section>
    <footer><h4>Servizi</h4><ul><li><a href="/losai">LoSai</a></li></ul></footer></main>`;
  await start().started;
  expect(loads).toEqual([]);
});

test.each([
  ['a status badge', `<div><span>LoSai</span><span>1,59 €/mese</span><span class="b">In corso</span></div>`],
  ['a status only in an icon\'s label', `<div><span>LoSai</span><span>1,59 €/mese</span><i aria-label="Servizio attivo">●</i></div>`],
  ['a price under a heading naming the line\'s services', `<h2>Servizi a pagamento</h2><div><span>LoSai</span><span>1,59 €/mese</span></div>`],
  ['a section labelled so', `<section aria-label="Le tue opzioni"><div><span>LoSai</span><span>1,59 €/mese</span></div></section>`],
  ['a switch-off in a closed menu', `<div><span>LoSai</span><span>1,59 €/mese</span><ul hidden><li><a href="#">Disattiva</a></li></ul></div>`],
  ['a switch-off given as a button value', `<div><span>LoSai</span><span>1,59 €/mese</span><input type="button" value="Disattiva"></div>`],
])('%s loads the detector', async (_what, html) => {
  document.body.innerHTML = html;
  await start().started;
  expect(loads).toEqual(['paid-extras-spotlight']);
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
  document.body.innerHTML = `<div><span>Giga di Scorta</span><span>1,99 € al mese</span><span>Attivo</span></div>`;
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
