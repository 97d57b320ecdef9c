/**
 * Services the user said "Lo voglio tenere" about: the one store of that choice, in the extension's local
 * storage (not the page's), as the detector's keys (extension/lib/extra-key.ts: a service on a named line is
 * kept on that line only). Read by the panel, the popup and the archive page; wanted services are not counted
 * in totals. The archive database holds no wanted flag of its own: the flags of older archives and of restored
 * backups wait in its meta store until `adoptArchivedWanted` moves them here.
 */
import type { ArchiveDB } from './archive/db.ts';
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

/**
 * Adds to the list the kept keys the archive parked (an upgraded database, a restored backup), then clears
 * them there; the list is written first, so a failure leaves them parked for the next try.
 */
export async function adoptArchivedWanted(db: ArchiveDB): Promise<void> {
  const parked = (await db.get('meta', 'wantedToAdopt')) as string[] | undefined;
  if (!parked) return;
  const wanted = await loadWanted();
  const next = new Set([...wanted, ...parked]);
  if (next.size !== wanted.size) await wantedItem.setValue([...next].sort());
  // Only what was taken over leaves: keys a restore parked meanwhile stay for the next call.
  const tx = db.transaction('meta', 'readwrite');
  const now = ((await tx.store.get('wantedToAdopt')) as string[] | undefined) ?? [];
  const left = now.filter((key) => !next.has(key));
  await (left.length > 0 ? tx.store.put(left, 'wantedToAdopt') : tx.store.delete('wantedToAdopt'));
  await tx.done;
}
