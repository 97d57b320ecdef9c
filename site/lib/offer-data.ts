/**
 * /offerte/offerte.json: every ranked offer in a compact form, so the filter island can filter and sort all of
 * them while each HTML page holds only one page of the ranking. One array per offer (field order in ROW_FIELDS),
 * carriers named once: 5,000 offers stay far below 300 KB gzipped.
 */
import type { Offer } from '../../shared/schemas/offer.ts';
import { toCents } from '../../shared/money.ts';
import type { OfferFacets, OfferKind } from './offer-filters.ts';
import { offerView } from './offer-view.ts';

/** One ranked offer as the island needs it: the filter facets plus what a short card shows. */
export interface OfferRow extends OfferFacets {
  name: string;
  carrierName: string;
  /** The promotional monthly price in cents and its months, when there is a promotion. */
  promoCents: number | null;
  promoMonths: number;
  /** The day the offer's source says its figures held (YYYY-MM-DD). */
  asOf: string;
}

/** The order of the values in each row of the file. */
export const ROW_FIELDS = ['id', 'name', 'carrier', 'kind', 'technology', 'totalCents', 'effectiveMonthlyCents', 'monthlyAfterCents', 'lockInMonths', 'speedMbps', 'dataGB', 'promoCents', 'promoMonths', 'asOf'] as const;

type Cell = string | number | null;

export interface OfferDataFile {
  /** Format version: a reader refuses a file it does not know. */
  version: 1;
  /** The build day the ranking was computed on. */
  day: string;
  fields: typeof ROW_FIELDS;
  /** Carrier ids and names; rows name a carrier by its position here. */
  carriers: { id: string; name: string }[];
  /** In ranking order (cheapest 24-month total first). */
  rows: Cell[][];
}

/** Encodes ranked offers (in ranking order) into the file. */
export function encodeOfferData(ranked: { id: string; data: Offer }[], carrierName: (id: string) => string, day: string): OfferDataFile {
  const carriers: { id: string; name: string }[] = [];
  const carrierIndex = new Map<string, number>();
  const rows = ranked.map(({ id, data }) => {
    const { facets } = offerView(id, data);
    let c = carrierIndex.get(data.carrier);
    if (c === undefined) {
      c = carriers.push({ id: data.carrier, name: carrierName(data.carrier) }) - 1;
      carrierIndex.set(data.carrier, c);
    }
    const row: Record<(typeof ROW_FIELDS)[number], Cell> = {
      id,
      name: data.name,
      carrier: c,
      kind: data.kind === 'fixed' ? 0 : 1,
      technology: data.technology,
      totalCents: facets.totalCents,
      effectiveMonthlyCents: facets.effectiveMonthlyCents,
      monthlyAfterCents: facets.monthlyAfterCents,
      lockInMonths: facets.lockInMonths,
      speedMbps: facets.speedMbps,
      // JSON has no Infinity: -1 stands for unlimited data.
      dataGB: facets.dataGB === Number.POSITIVE_INFINITY ? -1 : facets.dataGB,
      promoCents: data.promo ? toCents(data.promo.monthlyPrice) : null,
      promoMonths: data.promo?.months ?? 0,
      asOf: data.source.asOf,
    };
    return ROW_FIELDS.map((f) => row[f]);
  });
  return { version: 1, day, fields: ROW_FIELDS, carriers, rows };
}

/** Reads the file back; throws on a file of another format, so the island can fall back to the page's own list. */
export function decodeOfferData(file: unknown): OfferRow[] {
  const f = file as Partial<OfferDataFile> | null;
  if (!f || f.version !== 1 || !Array.isArray(f.rows) || !Array.isArray(f.carriers) || JSON.stringify(f.fields) !== JSON.stringify(ROW_FIELDS)) {
    throw new Error('unknown offer data format');
  }
  const carriers = f.carriers;
  return f.rows.map((cells) => {
    const v = Object.fromEntries(ROW_FIELDS.map((name, i) => [name, cells[i]])) as Record<(typeof ROW_FIELDS)[number], Cell>;
    const carrier = carriers[v.carrier as number] ?? { id: '', name: '' };
    return {
      id: String(v.id),
      name: String(v.name),
      carrier: carrier.id,
      carrierName: carrier.name,
      kind: (v.kind === 0 ? 'fixed' : 'mobile') as OfferKind,
      technology: String(v.technology),
      totalCents: Number(v.totalCents),
      effectiveMonthlyCents: Number(v.effectiveMonthlyCents),
      monthlyAfterCents: Number(v.monthlyAfterCents),
      lockInMonths: Number(v.lockInMonths),
      speedMbps: Number(v.speedMbps),
      dataGB: v.dataGB === -1 ? Number.POSITIVE_INFINITY : Number(v.dataGB),
      promoCents: v.promoCents === null ? null : Number(v.promoCents),
      promoMonths: Number(v.promoMonths),
      asOf: String(v.asOf),
    };
  });
}
