/**
 * The popup, the archive page and the spotlight panel as an English browser shows them: no Italian UI string, only the English locale
 * (and content facts — service, carrier and offer names, the sources' own wording — which are data and stay as
 * content/ writes them). The pages are rendered in happy-dom with browser.i18n answering from the en messages,
 * over an archive in fake-indexeddb with invoices that open most branches (a price rise matching an announced
 * change, a paid extra on the invoices, invoices due and overdue, a line compared with the market).
 *
 * Why not a browser test with an English UI: the browser drivers start Chromium and Firefox in Italian
 * (tests/support/launch.ts, browsers.ts); a second, English launch of both, plus filling the archive through the
 * portal fixtures, costs minutes on a shared two-core machine, while this renders the same components with the
 * same messages in about a second. The e2e test "Italian is the default language" still checks that the built
 * extension takes its words from _locales.
 */
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { Window } from 'happy-dom';
import { render } from 'preact';
import catalog from 'virtual:sentinella-catalog';
import compare from 'virtual:sentinella-catalog/compare';
import priceChanges from 'virtual:sentinella-catalog/price-changes';
import rules from 'virtual:sentinella-catalog/rules';
import { locales } from '../support/locale-browser.ts';
import { openArchive } from '../../extension/lib/archive/db.ts';
import { captureInvoices } from '../../extension/lib/archive/archive.ts';
import type { ParsedInvoice } from '../../extension/lib/archive/types.ts';
import { ArchivePage } from '../../extension/entrypoints/archive/ArchivePage.tsx';
import { load } from '../../extension/entrypoints/archive/store.ts';
import { Popup } from '../../extension/entrypoints/popup/Popup.tsx';
import { TabExtras } from '../../extension/entrypoints/popup/TabExtras.tsx';
import spotlightServices from 'virtual:sentinella-catalog/spotlight';
import { Panel } from '../../extension/carrier-page/spotlight/Panel.tsx';
import { createSpotlightStore } from '../../extension/carrier-page/spotlight/store.ts';

vi.mock('wxt/browser', async () => (await import('../support/locale-browser.ts')).browserIn('en'));

const window = new Window({ url: 'chrome-extension://sentinella/archive.html' });
Object.assign(globalThis, { window, document: window.document, location: window.location });
const document = window.document as unknown as Document;

/** Invoice lines as the carrier prints them: data, not UI. */
const CANONE = 'Canone TIM Fibra';
const MODEM = 'Rata modem';
const EXTRA = catalog.services.find((s) => s.id === 'tim-base-e-chat')!.name;

function invoice(number: string, month: string, canone: number, over: Partial<ParsedInvoice> = {}): ParsedInvoice {
  const items = [{ label: CANONE, amountCents: canone }, { label: MODEM, amountCents: 500 }, { label: EXTRA, amountCents: 199 }];
  return {
    number, period: null, periodMonth: month, issueDate: `${month}-05`, amountCents: canone + 699, dueDate: `${month}-26`, status: 'paid',
    line: '0612345678', documentUrl: null, items, ...over,
  };
}

const months = ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11'];

beforeAll(async () => {
  // A fixed day, so the invoices due and overdue stay so: only Date is faked, timers and IndexedDB run as usual.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-01T10:00:00Z'));
  const db = await openArchive();
  const list = months.map((m, i) => invoice(`8A0${i}`, m, m < '2026-03' ? 2990 : 3289));
  list[9] = { ...list[9]!, status: 'unpaid' }; // October: unpaid past its due date
  list[10] = { ...list[10]!, status: 'unpaid', dueDate: '2026-12-10' }; // November: due in the next 14 days
  const mobile = [invoice('M1', '2026-10', 990, { line: '3351234567', items: [] }), invoice('M2', '2026-11', 990, { line: '3351234567', items: [] })];
  await captureInvoices(db, 'tim', [...list, ...mobile], new Date('2026-11-20T09:00:00Z'));
  db.close();
});

afterAll(() => {
  render(null, document.body);
  vi.useRealTimers();
});

/** Every string value in the content the extension bundles: names, labels, sources' titles and methods. */
function contentStrings(value: unknown, into: Set<string> = new Set()): Set<string> {
  if (typeof value === 'string') into.add(value);
  else if (Array.isArray(value)) value.forEach((v) => contentStrings(v, into));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => contentStrings(v, into));
  return into;
}
const DATA = [...contentStrings([catalog, compare, priceChanges, rules]), CANONE, MODEM].filter((s) => letters(s) >= 4).sort((a, b) => b.length - a.length);

function letters(s: string): number {
  return (s.match(/\p{L}/gu) ?? []).length;
}
/** A whole-word, case-blind match of a fragment (no letter may touch its first or last letter). */
function word(fragment: string, flags = 'iu'): RegExp {
  const before = /^\p{L}/u.test(fragment) ? '(?<!\\p{L})' : '';
  const after = /\p{L}$/u.test(fragment) ? '(?!\\p{L})' : '';
  return new RegExp(`${before}${fragment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}${after}`, flags);
}
const englishText = Object.values(locales.en).map((m) => m.message).join('\n');

/**
 * The Italian UI strings: every piece of an Italian message between its placeholders, plus the Italian month
 * names (a date written in Italian), leaving out what English writes the same (brand names, PEC, "mobile").
 */
const ITALIAN = [
  ...new Set([
    ...Object.values(locales.it).flatMap((m) => m.message.split(/\$[A-Za-z0-9_@]+\$/)),
    ...Array.from({ length: 12 }, (_, i) => new Intl.DateTimeFormat('it-IT', { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2026, i, 1))),
  ]),
]
  .map((s) => s.replace(/^[\s\p{P}\p{S}\d]+|[\s\p{P}\p{S}\d]+$/gu, ''))
  .filter((s) => letters(s) >= 4 && !word(s).test(englishText))
  .filter((s, i, all) => all.findIndex((o) => o.toLowerCase() === s.toLowerCase()) === i);

/** Italian month abbreviations English neither shares nor writes ("ott", "dic"; not "nov", "set", "ago"): a short date left in Italian. */
const shortMonth = (lang: string, i: number) => new Intl.DateTimeFormat(lang, { month: 'short', timeZone: 'UTC' }).format(Date.UTC(2026, i, 1)).replace('.', '').toLowerCase();
const ITALIAN_SHORT_MONTHS = Array.from({ length: 12 }, (_, i) => shortMonth('it-IT', i)).filter((m, i) => !shortMonth('en-GB', i).startsWith(m) && !word(m).test(englishText));

/** Italian words that English never writes: they give away a string that is in no locale at all. */
const ITALIAN_WORDS = ['il', 'lo', 'della', 'delle', 'degli', 'dello', 'nel', 'nella', 'sul', 'sulla', 'sulle', 'non', 'che', 'con', 'una', 'gli', 'sono', 'è', 'più', 'già', 'anche', 'oppure', 'perché', 'questo', 'questa', 'fattura', 'fatture', 'mesi', 'anno', 'linea', 'nessun', 'nessuna', 'documento', 'documenti']
  .filter((w) => !word(w).test(englishText));

/** The text nodes under `root`, one string each. */
function textNodes(root: Element): string[] {
  const walker = document.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const texts: string[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n.textContent ?? '');
  return texts;
}

/**
 * What a user reads on the page: its text and the visible attributes, with the content facts taken out: a
 * text node that is part of a content string (a way out's words around its link), and every content string
 * written inside a message.
 */
function shownText(root: Element): string {
  const attributes = [...root.querySelectorAll('[aria-label], [title], [placeholder], [alt], [label]')].flatMap((e) =>
    ['aria-label', 'title', 'placeholder', 'alt', 'label'].map((a) => e.getAttribute(a) ?? ''),
  );
  const fromContent = (s: string) => letters(s) >= 4 && DATA.some((d) => d.includes(s.trim()));
  let text = [...textNodes(root).filter((s) => !fromContent(s)), ...attributes].join('\n');
  for (const data of DATA) if (text.includes(data)) text = text.replace(word(data, 'gu'), ' ');
  return text;
}

/** The Italian strings found, each with the words around it: "fatture ← …3 fatture archiviate…". */
function italianIn(text: string): string[] {
  return [...new Set([...ITALIAN, ...ITALIAN_WORDS, ...ITALIAN_SHORT_MONTHS])].flatMap((s) => {
    const at = text.search(word(s));
    return at < 0 ? [] : [`${s} ← ${text.slice(Math.max(0, at - 30), at + s.length + 30).replace(/\s+/g, ' ')}`];
  });
}

async function until(found: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200 && !found(); i++) await new Promise((r) => setTimeout(r, 10));
  if (!found()) throw new Error(`never shown: ${what}`);
}

describe('an English browser', () => {
  test('the check knows the Italian strings and finds one in a page', () => {
    expect(ITALIAN.length).toBeGreaterThan(150);
    expect(italianIn('Total per year. Fatture archiviate: 3')).toEqual(expect.arrayContaining([expect.stringMatching(/^fatture archiviate ← /i)]));
    expect(italianIn('15 ottobre 2026')).toEqual(['ottobre ← 15 ottobre 2026']);
    expect(italianIn('by 10 dic 2026')).toEqual(['dic ← by 10 dic 2026']);
    expect(italianIn('by 10 Nov 2026, 5 Oct 2026')).toEqual([]);
    expect(italianIn('Line 0612345678, landline')).toEqual([]);
  });

  test('the archive page shows no Italian UI string', async () => {
    await load();
    const app = document.createElement('div');
    document.body.append(app);
    render(<ArchivePage />, app);
    const shown = () => app.querySelector('[data-testid="price-rise"]') && app.querySelector('[data-testid="paid-extra"]') && app.querySelector('[data-testid="line-comparison"]') && app.querySelector('[data-testid="invoice-list"]');
    await until(() => !!shown(), 'the price rise, the paid extra, the comparison and the list');
    await until(() => app.querySelector('[data-testid="storage-persisted"]')?.getAttribute('data-persisted') !== 'asking', 'the storage answer');
    expect(app.querySelector('h1')!.textContent).toBe('Invoice archive');
    expect(app.querySelector('[data-testid="archive-count"]')!.textContent).toMatch(/^13 invoices archived, 13 new at the last visit/);
    expect(app.querySelector('[data-testid="announced-change"]')!.textContent).toMatch(/by 31 March 2026/);
    expect(italianIn(shownText(app))).toEqual([]);
    render(null, app);
    app.remove();
  });

  test('the popup, away from a carrier page and on one, shows no Italian UI string', async () => {
    const app = document.createElement('div');
    document.body.append(app);
    render(<Popup />, app);
    await until(() => !!app.querySelector('[data-testid="invoices-overdue"]') && !!app.querySelector('[data-testid="line-costs"]') && !!app.querySelector('[data-testid="supported-portals"]'), 'the invoice summary, the line costs and the portals');
    expect(app.querySelector('[data-testid="invoice-count"]')!.textContent).toBe('13 invoices archived, 13 new');
    expect(app.querySelector('[data-testid="invoices-due"]')!.textContent).toMatch(/^by 10 Dec 2026/);
    render(
      <TabExtras summary={{ host: 'www.tim.it', totalYearlyCents: 2388, extras: [{ key: 'a', id: 'tim-base-e-chat', name: EXTRA, wanted: false, yearlyCents: 2388, priceText: null }, { key: 'b', id: 'unknown', name: 'Oroscopo Plus', wanted: true, yearlyCents: null, priceText: null }] }} />,
      app.appendChild(document.createElement('div')),
    );
    await until(() => !!app.querySelector('[data-testid="tab-extras"]'), 'the tab extras');
    expect(italianIn(shownText(app).replace('Oroscopo Plus', ' '))).toEqual([]);
    render(null, app);
    app.remove();
  });

  test('the spotlight panel, open, with a known and an unknown paid extra, shows no Italian UI string', async () => {
    const store = createSpotlightStore();
    const known = spotlightServices.find((s) => s.id === 'tim-base-e-chat')!;
    store.show([
      { id: known.id, key: known.id, name: known.name, priceText: null, priceFromCatalog: true, period: 'month', monthlyCents: 199, yearlyCents: 2388, service: known },
      { id: 'unknown', key: 'unknown:oroscopo', name: 'Oroscopo Plus', priceText: '4,99 € a settimana', priceFromCatalog: false, period: 'week', monthlyCents: 2162, yearlyCents: 25948, service: undefined },
    ]);
    store.expanded.value = true;
    const app = document.createElement('div');
    document.body.append(app);
    render(<Panel store={store} onToggleWanted={() => undefined} />, app);
    for (const details of app.querySelectorAll('details')) details.setAttribute('open', '');
    await until(() => app.querySelectorAll('[data-service-id]').length === 2, 'both services');
    expect(app.querySelector('.headline')!.textContent).toMatch(/^Paid extras: 2/);
    // The page's own words (its price text, the unknown service's name) are the portal's data.
    expect(italianIn(shownText(app).replace('Oroscopo Plus', ' ').replace('4,99 € a settimana', ' '))).toEqual([]);
    render(null, app);
    app.remove();
  });
});
