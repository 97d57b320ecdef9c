/**
 * Paid extras the spotlight saw on the portal, kept in the archive database: one record per
 * (carrier, line, service) with when it was first and last seen and the price as seen. Idempotent:
 * seeing it again only moves "last seen" and takes the newer price, name and wanted flag.
 */
import { normalizeName } from '../../../shared/text.ts';
import { guarded } from './archive.ts';
import type { ArchiveDB } from './db.ts';
import type { SeenExtra, SeenExtraRecord } from './types.ts';

/** The spotlight's key: the catalog id, or "unknown:" and the normalised name as shown. */
export function extraKey(extra: Pick<SeenExtra, 'serviceId' | 'name'>): string {
  return extra.serviceId === 'unknown' ? `unknown:${normalizeName(extra.name)}` : extra.serviceId;
}

export function seenExtraId(carrier: string, line: string | null, key: string): string {
  return `${carrier}|${line ?? ''}|${key}`;
}

export interface SeenExtrasResult {
  added: number;
  /** Records whose price, name or wanted flag changed (a visit that only moves "last seen" is not counted). */
  updated: number;
}

function changedFields(old: SeenExtraRecord, seen: SeenExtraRecord): boolean {
  return old.name !== seen.name || old.priceCents !== seen.priceCents || old.period !== seen.period || old.priceFromCatalog !== seen.priceFromCatalog || old.wanted !== seen.wanted;
}

/** Records the paid extras seen on one portal page, in one transaction. */
export async function recordSeenExtras(db: ArchiveDB, carrier: string, extras: SeenExtra[], now = new Date()): Promise<SeenExtrasResult> {
  const at = now.toISOString();
  return guarded(db, async () => {
    const tx = db.transaction('seenExtras', 'readwrite');
    // The same service twice on the same line (a page listing it twice) is one record.
    const byId = new Map<string, SeenExtraRecord>();
    for (const e of extras) {
      const key = extraKey(e);
      const id = seenExtraId(carrier, e.line, key);
      byId.set(id, { ...e, id, carrier, key, firstSeen: at, lastSeen: at });
    }
    let added = 0;
    let updated = 0;
    const records = [...byId.values()];
    const olds = await Promise.all(records.map((r) => tx.store.get(r.id)));
    const writes = records.map((record, i) => {
      const old = olds[i];
      if (!old) {
        added++;
        return tx.store.put(record);
      }
      // A price the page shows wins over the catalog's; the catalog's never replaces one seen.
      const keepOldPrice = record.priceFromCatalog && !old.priceFromCatalog && old.priceCents !== null;
      const price = keepOldPrice ? { priceCents: old.priceCents, period: old.period, priceFromCatalog: false } : {};
      const next: SeenExtraRecord = { ...record, ...price, firstSeen: old.firstSeen < at ? old.firstSeen : at, lastSeen: old.lastSeen > at ? old.lastSeen : at };
      if (changedFields(old, next)) updated++;
      return tx.store.put(next);
    });
    await Promise.all([...writes, tx.done]);
    return { added, updated };
  }, now);
}

/** Every paid extra seen on the portal, oldest first. */
export async function listSeenExtras(db: ArchiveDB): Promise<SeenExtraRecord[]> {
  return (await db.getAll('seenExtras')).sort((a, b) => (a.firstSeen < b.firstSeen ? -1 : a.firstSeen > b.firstSeen ? 1 : a.id < b.id ? -1 : 1));
}
