/**
 * Services the user said "Lo voglio tenere" about: kept in the extension's local storage (not the
 * page's), as service keys (catalog id, or "unknown:<name>"). Wanted services are not counted in totals.
 */
import { localItem } from './local-item.ts';
import { toggled } from './wanted-set.ts';

const wantedItem = localItem<string[]>('spotlight-wanted', []);

export async function loadWanted(): Promise<Set<string>> {
  return new Set(await wantedItem.getValue());
}

/** Adds or removes `key`; returns the new set. */
export async function toggleWanted(key: string): Promise<Set<string>> {
  const next = toggled(await loadWanted(), key);
  await wantedItem.setValue([...next].sort());
  return next;
}

/** Calls `listener` when another page or tab changes the list. */
export function watchWanted(listener: (wanted: Set<string>) => void): () => void {
  return wantedItem.watch((value) => listener(new Set(value ?? [])));
}
