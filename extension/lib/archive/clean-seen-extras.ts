/**
 * Checks the paid extras a content script sends before they are recorded: a message comes from a carrier's
 * page, so anything malformed is dropped, names and lines are bounded, and an id outside the catalog is
 * treated as an unknown service. The detector's key is kept as sent, and only when it agrees with the rest:
 * its service is the catalog id (or an unknown one for an unknown service) and its line is the line sent.
 */
import { isRecurring, type Period } from '../../../shared/money.ts';
import { cleanText } from '../../../shared/text.ts';
import { isUnknownService, parseExtraKey } from '../extra-key.ts';
import type { SeenExtra } from './types.ts';

/** More than this on one page is not a list of a line's services. */
const MAX_EXTRAS = 100;
const MAX_NAME = 80;
const MAX_LINE = 40;
const MAX_KEY = 160;

function cleanPeriod(value: unknown): Period | null {
  if (typeof value !== 'string') return null;
  const p = value as Period;
  return isRecurring(p) || p === 'one-off' || p === 'per-use' ? p : null;
}

export function cleanSeenExtras(extras: unknown, catalogIds: ReadonlySet<string>): SeenExtra[] {
  if (!Array.isArray(extras)) return [];
  const out: SeenExtra[] = [];
  for (const raw of extras.slice(0, MAX_EXTRAS)) {
    if (!raw || typeof raw !== 'object') continue;
    const e = raw as Record<string, unknown>;
    const name = typeof e.name === 'string' ? cleanText(e.name).slice(0, MAX_NAME) : '';
    if (!name) continue;
    const price = e.priceCents;
    const priceCents = typeof price === 'number' && Number.isSafeInteger(price) && price >= 0 ? price : null;
    const line = typeof e.line === 'string' ? cleanText(e.line).slice(0, MAX_LINE) || null : null;
    const serviceId = typeof e.serviceId === 'string' && catalogIds.has(e.serviceId) ? e.serviceId : 'unknown';
    const key = typeof e.key === 'string' && e.key.length <= MAX_KEY ? e.key : '';
    const parts = parseExtraKey(key);
    if (!parts || parts.line !== line) continue;
    if (serviceId === 'unknown' ? !isUnknownService(parts.service) : parts.service !== serviceId) continue;
    out.push({
      serviceId,
      key,
      name,
      priceCents,
      period: priceCents === null ? null : cleanPeriod(e.period),
      priceFromCatalog: e.priceFromCatalog === true,
      line,
    });
  }
  return out;
}
