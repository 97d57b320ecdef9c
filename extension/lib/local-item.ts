/**
 * One value in the extension's local storage (browser.storage.local, never the page's), read with a
 * fallback and watched for changes. The part of wxt/utils/storage that Sentinella uses, on the platform API
 * directly: that library is a quarter of the content script that runs on every carrier page (about 4 KB
 * gzipped of a 15 KB budget). Same keys and values as before, so stored settings carry over.
 */
import { browser } from 'wxt/browser';

export interface LocalItem<T> {
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  /** Calls `listener` with the new value whenever any page or tab of the extension changes it; returns an unwatch function. */
  watch(listener: (value: T) => void): () => void;
}

export function localItem<T>(key: string, fallback: T): LocalItem<T> {
  const orFallback = (value: unknown) => (value === undefined || value === null ? fallback : (value as T));
  return {
    async getValue() {
      const stored = await browser.storage.local.get(key);
      return orFallback(stored[key]);
    },
    async setValue(value) {
      await browser.storage.local.set({ [key]: value });
    },
    watch(listener) {
      const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        if (area === 'local' && Object.hasOwn(changes, key)) listener(orFallback(changes[key]!.newValue));
      };
      browser.storage.onChanged.addListener(onChanged);
      return () => browser.storage.onChanged.removeListener(onChanged);
    },
  };
}
