/**
 * The "Lo voglio tenere" key, from the page to the archive: the detector makes one key per listing, the message
 * to the background carries it as is, the archive files each sighting under it, the extras list and the wanted
 * list answer for it; older archives and backups (key without the line, a wanted flag per record) are upgraded
 * without losing a sighting or a kept service.
 */
import 'fake-indexeddb/auto';
import { describe, expect, test, vi } from 'vitest';
import { Window } from 'happy-dom';
import { openDB } from 'idb';
import catalog from 'virtual:sentinella-catalog';

/** The extension's local storage, as the wanted list reads and writes it. */
const local = new Map<string, unknown>();
vi.mock('wxt/browser', () => ({
  browser: {
    storage: {
      local: {
        get: async (key: string) => (local.has(key) ? { [key]: structuredClone(local.get(key)) } : {}),
        set: async (items: Record<string, unknown>) => void Object.entries(items).forEach(([k, v]) => local.set(k, structuredClone(v))),
      },
      onChanged: { addListener() {}, removeListener() {} },
    },
  },
}));

const { extraKey, parseExtraKey, serviceKey, withLine } = await import('../../extension/lib/extra-key.ts');
const { detectServices } = await import('../../extension/carrier-page/services/detect-services.ts');
const { toSeenExtras } = await import('../../extension/carrier-page/spotlight/seen-extras-payload.ts');
const { toShown, yearlyTotal } = await import('../../extension/carrier-page/spotlight/views.ts');
const { handleSeenExtras } = await import('../../extension/background/archive-handlers.ts');
const { DB_NAME, openArchive } = await import('../../extension/lib/archive/db.ts');
const { listSeenExtras, recordSeenExtras } = await import('../../extension/lib/archive/seen-extras.ts');
const { listPaidExtras } = await import('../../extension/lib/archive/extras-list.ts');
const { checkBackup, createBackup, restoreBackup } = await import('../../extension/lib/archive/backup.ts');
const { adoptArchivedWanted, loadWanted, toggleWanted } = await import('../../extension/lib/wanted-services.ts');

function page(html: string, title = ''): Document {
  const win = new Window({ url: 'https://www.tim.it/mytim/' });
  win.document.title = title;
  win.document.body.innerHTML = html;
  return win.document as unknown as Document;
}

/** Two "Oroscopo Premium" rows, 4,99 € a week each, on a page that names no line. */
const twoHoroscopes = () => {
  const row = '<tr><td>Oroscopo Premium</td><td>4,99 €/settimana</td><td>Attivo</td><td><button>Disattiva</button></td></tr>';
  return page(`<section><h2>Le tue opzioni</h2><table><tbody>${row}${row}</tbody></table></section>`);
};
/** One line's options page: the line is named in the title. */
const linePage = (line: string) => page('<section><h2>Le tue opzioni</h2><table><tbody><tr><td>TIM Prime Go</td><td>0,49 €/settimana</td><td>Attivo</td><td><button>Disattiva</button></td></tr></tbody></table></section>', `MyTIM - Linea ${line}`);

const tim = { url: 'https://www.tim.it/mytim/linea/opzioni.html' } as never;
const archiving = async () => true;

describe('the key', () => {
  test('is the service, "@line" when the page names it, "#n" from the second listing; it parses back', () => {
    expect(extraKey(serviceKey('tim-prime-go', 'TIM PRIME GO'), null)).toBe('tim-prime-go');
    expect(extraKey(serviceKey(undefined, 'Oroscopo Premium!'), '3331234567')).toBe('unknown:oroscopopremium@3331234567');
    expect(extraKey('unknown:oroscopopremium', null, 2)).toBe('unknown:oroscopopremium#2');
    expect(extraKey('tim-prime-go', '+393331234567', 3)).toBe('tim-prime-go@+393331234567#3');
    for (const key of ['tim-prime-go', 'unknown:oroscopopremium#2', 'tim-prime-go@3331234567', 'tim-prime-go@3331234567#2']) {
      const p = parseExtraKey(key)!;
      expect(extraKey(p.service, p.line, p.listing)).toBe(key);
    }
    expect(parseExtraKey('unknown:oroscopopremium@3331234567#2')).toEqual({ service: 'unknown:oroscopopremium', line: '3331234567', listing: 2 });
  });

  test('refuses what is not one', () => {
    for (const text of ['', 'TIM Prime Go', 'tim-prime-go#1', 'tim-prime-go#0', 'tim-prime-go@', 'tim-prime-go@333 123', 'tim-prime-go#2@333', 'x|y']) expect(parseExtraKey(text)).toBeNull();
    expect(() => extraKey('TIM Prime Go', null)).toThrow();
    expect(() => extraKey('tim-prime-go', 'Linea 333')).toThrow();
    expect(() => extraKey('tim-prime-go', null, 0)).toThrow();
  });

  test('of an older archive gains the line its record was seen on, once', () => {
    expect(withLine('tim-prime-go', '3331234567')).toBe('tim-prime-go@3331234567');
    expect(withLine('tim-prime-go@3331234567', '3331234567')).toBe('tim-prime-go@3331234567');
    expect(withLine('unknown:oroscopopremium', null)).toBe('unknown:oroscopopremium');
    expect(withLine('unknown:oroscopopremium', 'non una linea')).toBe('unknown:oroscopopremium');
  });
});

describe('two rows with the same unknown name on a page with no line number', () => {
  test('are two entries in the detector, and keeping one leaves the other in the yearly total', () => {
    const found = detectServices(twoHoroscopes(), catalog.services);
    expect(found.map((d) => [d.id, d.key, d.line])).toEqual([
      ['unknown', 'unknown:oroscopopremium', null],
      ['unknown', 'unknown:oroscopopremium#2', null],
    ]);
    const shown = found.map(toShown);
    const year = found[0]!.yearlyCents!;
    expect(yearlyTotal(shown, new Set())).toBe(2 * year);
    expect(yearlyTotal(shown, new Set([found[0]!.key]))).toBe(year);
    expect(yearlyTotal(shown, new Set([found[1]!.key]))).toBe(year);
  });

  test('are two records in the archive, and the extras list still counts the one not kept', async () => {
    const db = await openArchive('test-key-two-rows');
    const extras = toSeenExtras(detectServices(twoHoroscopes(), catalog.services));
    expect(await recordSeenExtras(db, 'tim', extras, new Date('2026-11-02T10:00:00Z'))).toEqual({ added: 2, updated: 0 });
    const records = await listSeenExtras(db);
    expect(records.map((r) => [r.key, r.line])).toEqual([
      ['unknown:oroscopopremium', null],
      ['unknown:oroscopopremium#2', null],
    ]);
    const list = (kept: string[]) => listPaidExtras([], records, catalog.services, (key) => kept.includes(key));
    expect(list([]).totalCents).toBe(2 * 499);
    expect(list(['unknown:oroscopopremium']).items).toMatchObject([{ extraId: 'unknown:oroscopopremium', wanted: false, totalCents: 499 }]);
    expect(list(['unknown:oroscopopremium']).totalCents).toBe(499);
    expect(list(['unknown:oroscopopremium#2']).totalCents).toBe(499);
    expect(list(['unknown:oroscopopremium', 'unknown:oroscopopremium#2'])).toMatchObject({ totalCents: 0, items: [{ wanted: true }] });
  });
});

describe('a service on line A and on line B', () => {
  test('gets a key per line, so keeping it on A leaves it counted on B, in the panel and in the archive', async () => {
    const [onA] = detectServices(linePage('333 1111111'), catalog.services);
    const [onB] = detectServices(linePage('333 2222222'), catalog.services);
    expect([onA!.key, onB!.key]).toEqual(['tim-prime-go@3331111111', 'tim-prime-go@3332222222']);
    const kept = new Set([onA!.key]);
    expect(yearlyTotal([toShown(onB!)], kept)).toBe(onB!.yearlyCents);
    expect(yearlyTotal([toShown(onA!)], kept)).toBe(0);

    const db = await openArchive('test-key-two-lines');
    await recordSeenExtras(db, 'tim', toSeenExtras([onA!]));
    await recordSeenExtras(db, 'tim', toSeenExtras([onB!]));
    const list = listPaidExtras([], await listSeenExtras(db), catalog.services, (key) => kept.has(key));
    expect(list.items).toMatchObject([{ extraId: 'tim-prime-go', lines: ['3331111111', '3332222222'], wanted: false, totalCents: 49 }]);
  });
});

test('the key goes through the message to the background and into the archive as the detector made it', async () => {
  const found = [...detectServices(twoHoroscopes(), catalog.services), ...detectServices(linePage('333 1111111'), catalog.services)];
  // What the runtime's message channel delivers: a structured copy of the payload.
  const message = structuredClone({ type: 'archive:seen-extras' as const, extras: toSeenExtras(found) });
  expect(await handleSeenExtras(message, tim, archiving)).toMatchObject({ recorded: true, added: 3 });
  const records = await listSeenExtras(await openArchive(DB_NAME));
  expect(records.map((r) => r.key).sort()).toEqual(found.map((d) => d.key).sort());
  expect(records.map((r) => r.id).sort()).toEqual(found.map((d) => `tim|${d.line ?? ''}|${d.key}`).sort());
});

/** An archive as version 3 wrote it: keys without the line, a wanted flag on every record. */
async function version3Archive(name: string) {
  const v3 = await openDB(name, 3, {
    upgrade(db) {
      db.createObjectStore('invoices', { keyPath: 'id' }).createIndex('carrier', 'carrier');
      db.createObjectStore('documents', { keyPath: 'id' });
      db.createObjectStore('meta');
      db.createObjectStore('seenExtras', { keyPath: 'id' }).createIndex('carrier', 'carrier');
    },
  });
  const base = { carrier: 'tim', priceCents: 49, period: 'week', priceFromCatalog: false, firstSeen: '2026-03-01T10:00:00.000Z', lastSeen: '2026-10-27T10:00:00.000Z' };
  const old = [
    { ...base, id: 'tim|3331111111|tim-prime-go', key: 'tim-prime-go', serviceId: 'tim-prime-go', name: 'TIM PRIME GO', line: '3331111111', wanted: true },
    { ...base, id: 'tim|3332222222|tim-prime-go', key: 'tim-prime-go', serviceId: 'tim-prime-go', name: 'TIM PRIME GO', line: '3332222222', wanted: false },
    { ...base, id: 'tim||unknown:oroscopopremium', key: 'unknown:oroscopopremium', serviceId: 'unknown', name: 'Oroscopo Premium', priceCents: 499, line: null, wanted: true },
  ];
  for (const r of old) await v3.put('seenExtras', r);
  const invoice = { id: 'tim:A1', carrier: 'tim', number: 'A1' };
  await v3.put('invoices', invoice as never);
  await v3.put('meta', { at: base.firstSeen, carrier: 'tim', seen: 1, added: 1, updated: 0 }, 'lastCapture');
  v3.close();
  return { old, invoice };
}

describe('an archive of version 3', () => {
  test('keeps every sighting, its keys gain their line, and its wanted flags move to the wanted list', async () => {
    const name = 'test-key-v3';
    const { old, invoice } = await version3Archive(name);
    local.set('spotlight-wanted', ['tim-losai']);

    const db = await openArchive(name);
    const records = await listSeenExtras(db);
    expect(records).toHaveLength(old.length);
    expect(records.map((r) => [r.id, r.key])).toEqual([
      ['tim|3331111111|tim-prime-go@3331111111', 'tim-prime-go@3331111111'],
      ['tim|3332222222|tim-prime-go@3332222222', 'tim-prime-go@3332222222'],
      ['tim||unknown:oroscopopremium', 'unknown:oroscopopremium'],
    ]);
    // Everything else as it was; no record holds a wanted flag any more.
    for (const r of records) {
      const { id, key, wanted, ...rest } = old.find((o) => o.line === r.line)!;
      expect(r).toEqual({ ...rest, id: r.id, key: r.key });
      expect(Object.hasOwn(r, 'wanted')).toBe(false);
      void [id, key, wanted];
    }
    expect(await db.get('invoices', 'tim:A1')).toEqual(invoice);
    expect(await db.get('meta', 'lastCapture')).toMatchObject({ carrier: 'tim', seen: 1 });

    // The flags wait in the archive until the wanted list takes them over, which it does once.
    expect(await db.get('meta', 'wantedToAdopt')).toEqual(['tim-prime-go@3331111111', 'unknown:oroscopopremium']);
    await adoptArchivedWanted(db);
    expect([...(await loadWanted())].sort()).toEqual(['tim-losai', 'tim-prime-go@3331111111', 'unknown:oroscopopremium']);
    expect(await db.get('meta', 'wantedToAdopt')).toBeUndefined();
    await toggleWanted('unknown:oroscopopremium');
    await adoptArchivedWanted(db);
    expect([...(await loadWanted())].sort()).toEqual(['tim-losai', 'tim-prime-go@3331111111']);

    // The upgraded sightings go on under the keys the detector makes now: no second record for the same one.
    const [onA] = detectServices(linePage('333 1111111'), catalog.services);
    expect(await recordSeenExtras(db, 'tim', toSeenExtras([onA!]), new Date('2026-11-03T10:00:00Z'))).toMatchObject({ added: 0 });
    expect(await listSeenExtras(db)).toHaveLength(old.length);
    const list = listPaidExtras([], await listSeenExtras(db), catalog.services, (key) => key === 'tim-prime-go@3331111111');
    expect(list.items.find((i) => i.extraId === 'tim-prime-go')).toMatchObject({ wanted: false, portalFrom: '2026-03-01', portalTo: '2026-11-03' });
    db.close();
  });
});

describe('backups', () => {
  test('an older file, with a wanted flag on each seen extra, restores its sightings under current keys and its kept ones into the wanted list', async () => {
    const source = await version3Archive('test-key-old-backup-source');
    const file = {
      format: 'sentinella-archivio-fatture',
      version: 1,
      createdAt: '2026-10-28T10:00:00.000Z',
      invoices: [],
      documents: [],
      seenExtras: source.old,
    };
    const checked = checkBackup(JSON.stringify(file));
    if (!checked.ok) throw new Error(checked.error);
    local.set('spotlight-wanted', []);
    const db = await openArchive('test-key-old-backup-target');
    expect(await restoreBackup(db, checked)).toMatchObject({ extras: 3 });
    expect((await listSeenExtras(db)).map((r) => r.key).sort()).toEqual(['tim-prime-go@3331111111', 'tim-prime-go@3332222222', 'unknown:oroscopopremium']);
    await adoptArchivedWanted(db);
    expect([...(await loadWanted())].sort()).toEqual(['tim-prime-go@3331111111', 'unknown:oroscopopremium']);
    // The same file again adds nothing.
    expect(await restoreBackup(db, checked)).toMatchObject({ extras: 0 });
    expect(await listSeenExtras(db)).toHaveLength(3);
  });

  test('a new file carries the wanted list, and restoring it brings the kept keys back', async () => {
    const db = await openArchive('test-key-backup-source');
    await recordSeenExtras(db, 'tim', toSeenExtras(detectServices(twoHoroscopes(), catalog.services)));
    const backup = await createBackup(db, new Date(), new Set(['unknown:oroscopopremium#2']));
    expect(backup.wanted).toEqual(['unknown:oroscopopremium#2']);
    const checked = checkBackup(JSON.stringify(backup));
    if (!checked.ok) throw new Error(checked.error);
    local.set('spotlight-wanted', []);
    const target = await openArchive('test-key-backup-target');
    expect(await restoreBackup(target, checked)).toMatchObject({ extras: 2 });
    await adoptArchivedWanted(target);
    expect([...(await loadWanted())]).toEqual(['unknown:oroscopopremium#2']);
    expect(listPaidExtras([], await listSeenExtras(target), catalog.services, (key) => key === 'unknown:oroscopopremium#2').totalCents).toBe(499);
  });
});
