/**
 * Paid extras the spotlight saw on the portal, kept in the archive database: one record per
 * (carrier, line, key), the key as the detector made it (extension/lib/extra-key.ts), with when it was first
 * and last seen and the price as seen. Idempotent: seeing it again only moves "last seen" and takes the newer
 * price and name. Whether the user keeps it lives in the one wanted list (extension/lib/wanted-services.ts).
 */
import { withLine } from '../extra-key.ts';
import { guarded } from './archive.ts';
import type { ArchiveDB } from './db.ts';
import type { SeenExtra, SeenExtraRecord } from './types.ts';

export function seenExtraId(carrier: string, line: string | null, key: string): string {
  return `${carrier}|${line ?? ''}|${key}`;
}

/**
 * A record as archive version 3 (and backups made then) kept it, made current: the key gains the record's
 * line (then the key had no "@line"), the id follows, and the wanted flag leaves the record (`kept`).
 */
export function upgradeSeenExtra(old: SeenExtraRecord & { wanted?: boolean }): { record: SeenExtraRecord; kept: boolean } {
  const { wanted, ...rest } = old;
  const key = withLine(rest.key, rest.line);
  return { record: { ...rest, key, id: key === rest.key ? rest.id : seenExtraId(rest.carrier, rest.line, key) }, kept: wanted === true };
}

export interface SeenExtrasResult {
  added: number;
  /** Records whose price or name changed (a visit that only moves "last seen" is not counted). */
  updated: number;
}

function changedFields(old: SeenExtraRecord, seen: SeenExtraRecord): boolean {
  return old.name !== seen.name || old.priceCents !== seen.priceCents || old.period !== seen.period || old.priceFromCatalog !== seen.priceFromCatalog;
}

/** Records the paid extras seen on one portal page, in one transaction. */
export async function recordSeenExtras(db: ArchiveDB, carrier: string, extras: SeenExtra[], now = new Date()): Promise<SeenExtrasResult> {
  const at = now.toISOString();
  return guarded(db, async () => {
    const tx = db.transaction('seenExtras', 'readwrite');
    // Each key the detector gave is one record: a service listed twice on a page is "key" and "key#2".
    const byId = new Map<string, SeenExtraRecord>();
    for (const e of extras) {
      const id = seenExtraId(carrier, e.line, e.key);
      byId.set(id, { ...e, id, carrier, firstSeen: at, lastSeen: at });
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
