/**
 * The extension's stored state as browser tests set and read it from one of its own pages (archive.html):
 * an empty archive and default settings before each test, and waiting for a setting to be stored.
 */
import assert from 'node:assert/strict';
import type { TestPage } from './browsers.ts';

/** Empties every store of the archive's IndexedDB and the extension's local storage (settings, wanted list). */
export async function resetExtensionState(page: TestPage): Promise<void> {
  await page.evaluate(async () => {
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      const req = indexedDB.open('sentinella-archive');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const stores = [...db.objectStoreNames];
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(stores, 'readwrite');
      for (const store of stores) tx.objectStore(store).clear();
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
    await ((globalThis as any).browser ?? (globalThis as any).chrome).storage.local.clear();
  });
}

/** Waits until extension storage holds "archive automatically" as `value` (content scripts read it there). */
export async function settingStored(page: TestPage, value: boolean): Promise<void> {
  const end = Date.now() + 10_000;
  for (;;) {
    const stored = await page.evaluate(async () => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      return ((await api.storage.local.get('archiveAutomatically')).archiveAutomatically ?? true) as boolean;
    });
    if (stored === value) return;
    if (Date.now() > end) assert.fail(`"archive automatically" is still ${stored} in storage`);
    await page.waitForTimeout(50);
  }
}
