/**
 * A connection to the archive that the browser ends (storage cleared, a disk error) or that a newer version
 * of the extension needs is dropped, and the next use opens a fresh one, in the background as in the page.
 */
import 'fake-indexeddb/auto';
import { expect, test, vi } from 'vitest';

// The extension's words as an Italian browser gives them (lib/i18n.ts reads browser.i18n).
vi.mock('wxt/browser', async () => (await import('../support/locale-browser.ts')).browserIn('it'));
import { unwrap } from 'idb';
import { forceCloseDatabase } from 'fake-indexeddb';
import { openArchive } from '../../extension/lib/archive/db.ts';

test('a connection the browser closes runs onClosed, and a new open works', async () => {
  const onClosed = vi.fn();
  const db = await openArchive('conn-a', onClosed);
  // What the browser fires on an abnormal close ("terminated" in idb).
  forceCloseDatabase(unwrap(db) as never);
  expect(onClosed).toHaveBeenCalledTimes(1);
  const again = await openArchive('conn-a');
  expect(await again.count('invoices')).toBe(0);
});

test('a newer version wanting the database closes this connection and runs onClosed', async () => {
  const onClosed = vi.fn();
  await openArchive('conn-b', onClosed);
  // A newer version asks for the database: the old connection must step aside or the upgrade waits forever.
  const upgrade = new Promise<void>((resolve, reject) => {
    const req = indexedDB.open('conn-b', 99);
    req.onsuccess = () => {
      req.result.close();
      resolve();
    };
    req.onerror = () => reject(req.error);
  });
  await upgrade;
  expect(onClosed).toHaveBeenCalledTimes(1);
});

test('the archive page drops a closed connection and reopens on its next read', async () => {
  const { archiveDb, load, invoices, unavailable } = await import('../../extension/entrypoints/archive/store.ts');
  const first = await archiveDb();
  forceCloseDatabase(unwrap(first) as never);
  const second = await archiveDb();
  expect(second).not.toBe(first);
  await load();
  expect(unavailable.value).toBeUndefined();
  expect(invoices.value).toEqual([]);
});

test('a database that cannot be read is shown as unavailable, not as an empty archive', async () => {
  const store = await import('../../extension/entrypoints/archive/store.ts');
  const db = await store.archiveDb();
  const spy = vi.spyOn(db, 'getAll').mockRejectedValue(new DOMException('disk I/O error', 'UnknownError'));
  await expect(store.load()).rejects.toThrow(/disk/);
  expect(store.unavailable.value).toMatch(/Archivio non disponibile: l'archivio non si è potuto leggere \(disk I\/O error\)/);
  spy.mockRestore();
});
