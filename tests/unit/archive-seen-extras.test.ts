/**
 * Paid extras seen by the spotlight, kept in the archive: the background handler (carrier from the sending
 * page, idempotent, nothing while "archive automatically" is off), the store, and the list that merges
 * them with the extras printed on invoices, with what they cost so far.
 */
import 'fake-indexeddb/auto';
import { expect, test, vi } from 'vitest';

// The extension's words as an Italian browser gives them (lib/i18n.ts reads browser.i18n).
vi.mock('wxt/browser', async () => (await import('../support/locale-browser.ts')).browserIn('it'));
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import catalog from 'virtual:sentinella-catalog';

import { handleSeenExtras as handle } from '../../extension/background/archive-handlers.ts';
import { openArchive } from '../../extension/lib/archive/db.ts';
import { listSeenExtras, recordSeenExtras } from '../../extension/lib/archive/seen-extras.ts';
import { estimateSoFar, listPaidExtras } from '../../extension/lib/archive/extras-list.ts';
import { paidExtrasOnInvoices } from '../../extension/lib/archive/paid-extras.ts';
import { checkBackup, createBackup, restoreBackup } from '../../extension/lib/archive/backup.ts';
import { detectServices } from '../../extension/carrier-page/services/detect-services.ts';
import { toSeenExtras } from '../../extension/carrier-page/spotlight/seen-extras-payload.ts';
import type { InvoiceRecord, SeenExtra, SeenExtraRecord } from '../../extension/lib/archive/types.ts';

const from = (url: string) => ({ url }) as never;
/** The "archive automatically" option as the handler reads it. */
const option = { on: true };
const handleSeenExtras = (message: { extras: SeenExtra[] }, sender: never) => handle(message, sender, async () => option.on);
const primeGo: SeenExtra = { serviceId: 'tim-prime-go', key: 'tim-prime-go@3331234567', name: 'TIM PRIME GO', priceCents: 49, period: 'week', priceFromCatalog: false, line: '3331234567' };
const horoscope: SeenExtra = { serviceId: 'unknown', key: 'unknown:oroscopopremium@3331234567', name: 'Oroscopo Premium', priceCents: 499, period: 'week', priceFromCatalog: false, line: '3331234567' };

test('the handler records each extra once per carrier, line and service; a second visit only moves "last seen"', async () => {
  const db = await openArchive();
  const first = await handleSeenExtras({ extras: [primeGo, horoscope] }, from('https://www.tim.it/mytim/linea/opzioni.html'));
  expect(first).toEqual({ recorded: true, added: 2, updated: 0 });
  const before = await listSeenExtras(db);
  expect(before.map((r) => [r.carrier, r.line, r.key, r.name])).toEqual([
    ['tim', '3331234567', 'tim-prime-go@3331234567', 'TIM PRIME GO'],
    ['tim', '3331234567', 'unknown:oroscopopremium@3331234567', 'Oroscopo Premium'],
  ]);
  await new Promise((r) => setTimeout(r, 5));
  const again = await handleSeenExtras({ extras: [primeGo, horoscope] }, from('https://www.tim.it/mytim/linea/opzioni.html'));
  expect(again).toEqual({ recorded: true, added: 0, updated: 0 });
  const after = await listSeenExtras(db);
  expect(after).toHaveLength(2);
  expect(after[0]!.firstSeen).toBe(before[0]!.firstSeen);
  expect(after[0]!.lastSeen > before[0]!.lastSeen).toBe(true);
  // A new price is taken; the record stays one.
  expect(await handleSeenExtras({ extras: [{ ...primeGo, priceCents: 59 }] }, from('https://www.tim.it/x'))).toMatchObject({ added: 0, updated: 1 });
  expect((await listSeenExtras(db)).find((r) => r.key === 'tim-prime-go@3331234567')?.priceCents).toBe(59);
});

test('the carrier comes from the sending page, not from the message; other sites are refused', async () => {
  const r = await handleSeenExtras({ extras: [{ ...primeGo, key: 'tim-prime-go', line: null, carrier: 'tim' } as SeenExtra] }, from('https://timbusiness.tim.it/servizi'));
  expect(r.added).toBe(1);
  expect((await listSeenExtras(await openArchive())).some((x) => x.carrier === 'tim-business' && x.key === 'tim-prime-go')).toBe(true);
  await expect(handleSeenExtras({ extras: [primeGo] }, from('https://example.com/opzioni'))).rejects.toThrow(/non di un operatore/);
  await expect(handleSeenExtras({ extras: [primeGo] }, from('http://www.tim.it/opzioni'))).rejects.toThrow(/non di un operatore/);
});

test('with "archive automatically" off nothing is recorded', async () => {
  option.on = false;
  const db = await openArchive();
  const count = (await listSeenExtras(db)).length;
  expect(await handleSeenExtras({ extras: [{ ...horoscope, key: 'unknown:giochitop@3339999999', name: 'Giochi Top', line: '3339999999' }] }, from('https://www.tim.it/x'))).toEqual({ recorded: false, added: 0, updated: 0 });
  expect(await listSeenExtras(db)).toHaveLength(count);
  option.on = true;
});

test('malformed extras are dropped and an id outside the catalog becomes an unknown service', async () => {
  const bad = [
    null,
    { name: '' },
    { serviceId: 'made-up', key: 'unknown:meteoplus', name: 'Meteo Plus', priceCents: -5, period: 'fortnight', line: 42 },
    // Keys that do not agree with the rest of the message: no key, not a key, another service, another line.
    { serviceId: 'unknown', name: 'Senza Chiave', priceCents: 100, period: 'month', line: null },
    { serviceId: 'unknown', key: 'Senza Chiave!', name: 'Senza Chiave', priceCents: 100, period: 'month', line: null },
    { serviceId: 'tim-prime-go', key: 'tim-losai', name: 'TIM PRIME GO', priceCents: 49, period: 'week', line: null },
    { serviceId: 'tim-prime-go', key: 'tim-prime-go@3330000000', name: 'TIM PRIME GO', priceCents: 49, period: 'week', line: '3331111111' },
    { serviceId: 'made-up', key: 'made-up', name: 'Inventato', priceCents: 100, period: 'month', line: null },
  ] as unknown as SeenExtra[];
  const before = (await listSeenExtras(await openArchive())).length;
  expect(await handleSeenExtras({ extras: bad }, from('https://www.tim.it/x'))).toMatchObject({ added: 1 });
  const all = await listSeenExtras(await openArchive());
  expect(all).toHaveLength(before + 1);
  const rec = all.find((r) => r.name === 'Meteo Plus');
  expect(rec).toMatchObject({ serviceId: 'unknown', key: 'unknown:meteoplus', priceCents: null, period: null, line: null });
});

test('a price from the catalog never replaces one the page showed', async () => {
  const db = await openArchive('test-seen-catalog-price');
  await recordSeenExtras(db, 'tim', [{ ...primeGo, priceCents: 59 }]);
  expect(await recordSeenExtras(db, 'tim', [{ ...primeGo, priceCents: 49, priceFromCatalog: true }])).toEqual({ added: 0, updated: 0 });
  expect((await listSeenExtras(db))[0]).toMatchObject({ priceCents: 59, priceFromCatalog: false });
});

test('estimates with real figures: TIM Prime Go 0,49 € a week seen 8 weeks apart is at least 3,92 €', () => {
  expect(estimateSoFar(49, 'week', '2026-09-01', '2026-10-27')).toBe(392);
  // Seen once: one charge at least.
  expect(estimateSoFar(49, 'week', '2026-10-27', '2026-10-27')).toBe(49);
  // LoSai 1,59 € a month, 15 Sep → 14 Nov: one whole month, then two from 15 Nov.
  expect(estimateSoFar(159, 'month', '2026-09-15', '2026-11-14')).toBe(159);
  expect(estimateSoFar(159, 'month', '2026-09-15', '2026-11-15')).toBe(318);
  expect(estimateSoFar(90, 'four-weeks', '2026-09-01', '2026-11-24')).toBe(270);
  expect(estimateSoFar(200, 'one-off', '2026-09-01', '2026-11-24')).toBeNull();
  expect(estimateSoFar(null, 'week', '2026-09-01', '2026-11-24')).toBeNull();
});

const seen = (over: Partial<SeenExtraRecord>): SeenExtraRecord => ({
  ...primeGo,
  id: 'x',
  carrier: 'tim',
  firstSeen: '2026-09-01T10:00:00.000Z',
  lastSeen: '2026-10-27T10:00:00.000Z',
  ...over,
});

const invoiceWith = (number: string, issueDate: string, label: string, amountCents: number): InvoiceRecord => ({
  id: `tim:${number}`, carrier: 'tim', number, period: null, periodMonth: issueDate.slice(0, 7), issueDate, amountCents: 3000, dueDate: null, status: 'paid', line: '0612345678', documentUrl: null,
  items: [{ label, amountCents }], firstSeen: '2026-11-01T00:00:00.000Z', lastSeen: '2026-11-01T00:00:00.000Z', history: [], document: { state: 'none', attempts: 0 },
});

test('the list merges invoices and portal by service id: invoice amounts win, otherwise an "almeno" estimate; wanted ones are not counted', () => {
  const invoices = [invoiceWith('A1', '2026-09-05', 'LoSai - servizio informativo', 159), invoiceWith('A2', '2026-10-05', 'LoSai - servizio informativo', 159)];
  const onInvoices = paidExtrasOnInvoices(invoices, catalog.services);
  const portal = [
    seen({}),
    seen({ id: 'y', serviceId: 'tim-losai', key: 'tim-losai@3331234567', name: 'Lo Sai', priceCents: 159, period: 'month' }),
    seen({ id: 'z', serviceId: 'unknown', key: 'unknown:oroscopopremium@3331234567', name: 'Oroscopo Premium', priceCents: 499, firstSeen: '2026-10-27T09:00:00.000Z' }),
  ];
  const list = listPaidExtras(onInvoices, portal, catalog.services, (key) => key === 'unknown:oroscopopremium@3331234567');
  const byId = Object.fromEntries(list.items.map((i) => [i.extraId, i]));
  expect(byId['tim-losai']).toMatchObject({ onInvoices: true, onPortal: true, totalCents: 318, estimate: false, invoiceFrom: '2026-09-05', invoiceTo: '2026-10-05', portalFrom: '2026-09-01' });
  expect(byId['tim-prime-go']).toMatchObject({ name: 'TIM Prime Go', onInvoices: false, onPortal: true, totalCents: 392, estimate: true, lines: ['3331234567'] });
  expect(byId['unknown:oroscopopremium']).toMatchObject({ name: 'Oroscopo Premium', serviceId: null, wanted: true, totalCents: 499 });
  expect(list.items.at(-1)!.extraId).toBe('unknown:oroscopopremium');
  expect(list).toMatchObject({ totalCents: 318 + 392, totalIncludesEstimate: true });
  expect(listPaidExtras([], [seen({})], catalog.services, (key) => key === 'tim-prime-go@3331234567').totalCents).toBe(0);
  expect(listPaidExtras([], [seen({})], catalog.services, () => false).totalCents).toBe(392);
});

test('"Lo voglio tenere" is per line: keeping a service on one line leaves the other lines counted', () => {
  const lineA = seen({ id: 'a', line: '3331111111', key: 'tim-prime-go@3331111111' });
  const lineB = seen({ id: 'b', line: '3332222222', key: 'tim-prime-go@3332222222' });
  const kept = (keys: string[]) => listPaidExtras([], [lineA, lineB], catalog.services, (k) => keys.includes(k));
  expect(kept([])).toMatchObject({ totalCents: 784 });
  expect(kept(['tim-prime-go@3331111111']).items[0]).toMatchObject({ wanted: false, totalCents: 392 });
  expect(kept(['tim-prime-go@3331111111']).totalCents).toBe(392);
  const bothKept = kept(['tim-prime-go@3331111111', 'tim-prime-go@3332222222']);
  expect(bothKept.items[0]).toMatchObject({ wanted: true });
  expect(bothKept.totalCents).toBe(0);
  // The key of a page that names no line keeps no named line.
  expect(kept(['tim-prime-go']).items[0]).toMatchObject({ wanted: false, totalCents: 784 });
  // An extra known only from invoices is kept by the user's choice for its service id.
  const invoices = [invoiceWith('A1', '2026-09-05', 'LoSai - servizio informativo', 159)];
  expect(listPaidExtras(paidExtrasOnInvoices(invoices, catalog.services), [], catalog.services, (id) => id === 'tim-losai').items[0]).toMatchObject({ wanted: true });
});

test('the spotlight sends what the fixture shows, with the line the page names', () => {
  const load = (path: string) => {
    const win = new Window({ url: 'https://www.tim.it/' });
    win.document.documentElement.innerHTML = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'portal', path), 'utf8').replace(/^<!doctype html>/i, '');
    return win.document as unknown as Document;
  };
  const mytim = toSeenExtras(detectServices(load('mytim/linea/opzioni.html'), catalog.services));
  expect(mytim.map((e) => [e.serviceId, e.key, e.name, e.priceCents, e.period, e.line])).toEqual([
    ['tim-prime-go', 'tim-prime-go@3331234567', 'TIM PRIME GO', 49, 'week', '3331234567'],
    ['tim-losai', 'tim-losai@3331234567', 'Lo Sai', 159, 'month', '3331234567'],
    ['unknown', 'unknown:oroscopopremium@3331234567', 'Oroscopo Premium', 499, 'week', '3331234567'],
  ]);
  const business = toSeenExtras(detectServices(load('business/servizi.html'), catalog.services));
  expect(business.map((e) => [e.key, e.line])).toEqual([
    ['tim-business-safe-web-mobile@3351002000', '3351002000'],
    ['tim-business-safe-web-mobile@3351003000', '3351003000'],
  ]);
});

test('the backup carries the extras seen on the portal; restore merges them without duplicates and rejects a bad one whole', async () => {
  const source = await openArchive('test-seen-backup-source');
  await recordSeenExtras(source, 'tim', [primeGo, horoscope], new Date('2026-09-01T10:00:00Z'));
  await recordSeenExtras(source, 'tim', [primeGo], new Date('2026-10-27T10:00:00Z'));
  const text = JSON.stringify(await createBackup(source));

  const target = await openArchive('test-seen-backup-target');
  await recordSeenExtras(target, 'tim', [{ ...primeGo, priceCents: 39 }], new Date('2026-08-01T10:00:00Z'));
  const checked = checkBackup(text);
  if (!checked.ok) throw new Error(checked.error);
  expect(await restoreBackup(target, checked)).toMatchObject({ added: 0, extras: 1 });
  const merged = await listSeenExtras(target);
  expect(merged.map((r) => [r.key, r.firstSeen.slice(0, 10), r.lastSeen.slice(0, 10), r.priceCents])).toEqual([
    ['tim-prime-go@3331234567', '2026-08-01', '2026-10-27', 49],
    ['unknown:oroscopopremium@3331234567', '2026-09-01', '2026-09-01', 499],
  ]);
  // Restoring the same file again changes nothing.
  expect(await restoreBackup(target, checked)).toMatchObject({ extras: 0 });
  expect(await listSeenExtras(target)).toEqual(merged);

  const broken = JSON.parse(text);
  broken.seenExtras[0].period = 'fortnight';
  const bad = checkBackup(JSON.stringify(broken));
  expect(bad).toMatchObject({ ok: false });
  expect((bad as { error: string }).error).toMatch(/seenExtras\.0\.period.*nessun dato è stato importato/);
});
