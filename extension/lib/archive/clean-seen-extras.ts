/**
 * Checks the paid extras a content script sends before they are recorded: a message comes from a carrier's
 * page, so each extra is read leniently against the seen-extra schema (records.ts): anything malformed is
 * dropped, names and lines are bounded, a price that is not a whole number of cents, zero or more, is no
 * price, and an id outside the catalog is treated as an unknown service. The detector's key is kept as sent,
 * and only when it agrees with the rest: its service is the catalog id (or an unknown one for an unknown
 * service) and its line is the line sent.
 */
import { cleanText } from '../../../shared/text.ts';
import { isUnknownService, parseExtraKey } from '../extra-key.ts';
import { readLeniently, seenExtra, type MessageLimits, type SeenExtra } from './records.ts';

/** More than this on one page is not a list of a line's services. */
const MAX_EXTRAS = 100;
const MAX_NAME = 80;
const MAX_LINE = 40;
const MAX_KEY = 160;

/** Text a page shows, on one line and cut to `max` characters. */
const shown = (max: number) => (value: unknown) => (typeof value === 'string' ? cleanText(value).slice(0, max) : value);

function limits(catalogIds: ReadonlySet<string>): MessageLimits {
  return {
    text: MAX_NAME,
    list: 0,
    prepare: {
      name: shown(MAX_NAME),
      line: (value) => (typeof value === 'string' ? cleanText(value).slice(0, MAX_LINE) || null : null),
      serviceId: (value) => (typeof value === 'string' && catalogIds.has(value) ? value : 'unknown'),
      key: (value) => (typeof value === 'string' && value.length <= MAX_KEY ? value : null),
      priceFromCatalog: (value) => value === true,
    },
  };
}

/** The extras of one message, cleaned, and the ones left out with the reason. */
export function readSeenExtrasMessage(extras: unknown, catalogIds: ReadonlySet<string>): { extras: SeenExtra[]; dropped: { index: number; reason: string }[] } {
  if (!Array.isArray(extras)) return { extras: [], dropped: [] };
  const reading = limits(catalogIds);
  const out: SeenExtra[] = [];
  const dropped: { index: number; reason: string }[] = [];
  extras.slice(0, MAX_EXTRAS).forEach((raw: unknown, index) => {
    const read = readLeniently(seenExtra, raw, reading);
    if (!read.ok) {
      dropped.push({ index, reason: read.reason });
      return;
    }
    const extra = read.value;
    const parts = parseExtraKey(extra.key);
    if (!parts || parts.line !== extra.line) {
      dropped.push({ index, reason: `key ${extra.key}: non è la chiave di un servizio su questa linea` });
      return;
    }
    if (extra.serviceId === 'unknown' ? !isUnknownService(parts.service) : parts.service !== extra.serviceId) {
      dropped.push({ index, reason: `key ${extra.key}: non è la chiave di questo servizio` });
      return;
    }
    // A period says how often a price is charged: without a price there is none.
    out.push(extra.priceCents === null ? { ...extra, period: null } : extra);
  });
  return { extras: out, dropped };
}

export function cleanSeenExtras(extras: unknown, catalogIds: ReadonlySet<string>): SeenExtra[] {
  return readSeenExtrasMessage(extras, catalogIds).extras;
}
