/**
 * The archive page's list of paid extras, from both sources: detail lines on archived invoices and services
 * the spotlight saw on the portal, merged by service (the service part of each sighting's key). What each has
 * cost so far: the invoice amounts when known, otherwise a lower-bound estimate from the price seen and its
 * period over first → last seen, each sighting (line, listing) counted on its own. Sightings the user keeps
 * are not counted. Pure, so it is tested without a browser.
 */
import { isRecurring, type Period } from '../../../shared/money.ts';
import { daysBetween } from '../../../shared/dates.ts';
import { parseExtraKey } from '../extra-key.ts';
import type { ExtraSeen, ServiceName } from './paid-extras.ts';
import type { SeenExtraRecord } from './types.ts';

export interface PaidExtraItem {
  /** The service part of the sightings' keys: the catalog id, or "unknown:" and the normalised name. */
  extraId: string;
  /** The catalog id; null for a service not in the catalog. */
  serviceId: string | null;
  name: string;
  onInvoices: boolean;
  onPortal: boolean;
  /** Numbers and first/last issue dates (YYYY-MM-DD) of the invoices that charge it. */
  invoiceNumbers: string[];
  invoiceFrom: string | null;
  invoiceTo: string | null;
  /** First and last day it was seen on the portal (YYYY-MM-DD). */
  portalFrom: string | null;
  portalTo: string | null;
  lines: string[];
  /** The latest price seen on the portal, with its period. */
  priceCents: number | null;
  period: Period | null;
  /** What it cost so far; null when nothing allows a figure (no price, or a non-recurring one). */
  totalCents: number | null;
  /** True when `totalCents` is an estimate from the portal ("almeno"), false when it adds up invoice amounts. */
  estimate: boolean;
  wanted: boolean;
}

export interface PaidExtrasList {
  items: PaidExtraItem[];
  /** What the extras not marked as wanted cost so far (estimates included as their lower bound). */
  totalCents: number;
  /** Whether that total includes an estimate. */
  totalIncludesEstimate: boolean;
}

const FIXED_DAYS: Partial<Record<Period, number>> = { day: 1, week: 7, 'four-weeks': 28 };
const MONTHS: Partial<Record<Period, number>> = { month: 1, 'two-months': 2, 'four-months': 4, year: 12 };

/** Whole calendar months from one day to another (YYYY-MM-DD): 2026-01-31 → 2026-02-28 is 0, → 2026-03-01 is 1. */
function wholeMonths(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  const months = (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
  return Math.max(0, months);
}

/**
 * The least a service has cost between two days it was seen active: one charge for each whole period in
 * between, and at least one (a paid service shown as active has been charged once). Null for a price
 * that does not repeat or has no period.
 */
export function estimateSoFar(priceCents: number | null, period: Period | null, from: string, to: string): number | null {
  if (priceCents === null || period === null || !isRecurring(period)) return null;
  const days = Math.max(0, daysBetween(from, to));
  const fixed = FIXED_DAYS[period];
  const periods = fixed !== undefined ? Math.floor(days / fixed) : Math.floor(wholeMonths(from, to) / MONTHS[period]!);
  return Math.max(1, periods) * priceCents;
}

const day = (iso: string) => iso.slice(0, 10);
const minDay = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a < b ? a : b);
const maxDay = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a > b ? a : b);

/** Estimate for the portal records of one service: each line counts on its own. */
function portalEstimate(records: SeenExtraRecord[]): number | null {
  let sum: number | null = null;
  for (const r of records) {
    const e = estimateSoFar(r.priceCents, r.period, day(r.firstSeen), day(r.lastSeen));
    if (e !== null) sum = (sum ?? 0) + e;
  }
  return sum;
}

/**
 * Merges the two sources. "Lo voglio tenere" is per sighting: `isWanted` answers for each portal sighting's
 * key as the detector made it (one per line and listing), and for the service id of extras known only from
 * invoices.
 */
export function listPaidExtras(onInvoices: ExtraSeen[], seen: SeenExtraRecord[], services: Pick<ServiceName, 'id' | 'name'>[], isWanted: (key: string) => boolean): PaidExtrasList {
  const catalogName = new Map(services.map((s) => [s.id, s.name]));
  const portal = new Map<string, SeenExtraRecord[]>();
  for (const r of seen) {
    const service = parseExtraKey(r.key)?.service ?? r.key;
    const records = portal.get(service);
    if (records) records.push(r);
    else portal.set(service, [r]);
  }
  const ids = [...new Set([...onInvoices.map((e) => e.serviceId), ...portal.keys()])];

  const items = ids.map((extraId): PaidExtraItem => {
    const inv = onInvoices.find((e) => e.serviceId === extraId);
    const records = portal.get(extraId) ?? [];
    const latest = records.reduce<SeenExtraRecord | undefined>((a, r) => (!a || r.lastSeen > a.lastSeen ? r : a), undefined);
    const issueDates = (inv?.invoices ?? []).map((i) => i.issueDate).filter((d): d is string => d !== null).sort();
    const known = catalogName.has(extraId);
    // "Lo voglio tenere" is per sighting: the sightings not kept are what it costs; an extra kept everywhere
    // still shows what it cost, and is left out of the list's total.
    const notKept = records.filter((r) => !isWanted(r.key));
    const fromPortal = portalEstimate(notKept.length > 0 ? notKept : records);
    return {
      extraId,
      serviceId: known ? extraId : null,
      name: catalogName.get(extraId) ?? latest?.name ?? inv?.name ?? extraId,
      onInvoices: inv !== undefined,
      onPortal: records.length > 0,
      invoiceNumbers: (inv?.invoices ?? []).map((i) => i.number),
      invoiceFrom: issueDates[0] ?? null,
      invoiceTo: issueDates.at(-1) ?? null,
      portalFrom: records.reduce<string | null>((a, r) => minDay(a, day(r.firstSeen)), null),
      portalTo: records.reduce<string | null>((a, r) => maxDay(a, day(r.lastSeen)), null),
      lines: [...new Set(records.map((r) => r.line).filter((l): l is string => l !== null))].sort(),
      priceCents: latest?.priceCents ?? null,
      period: latest?.period ?? null,
      totalCents: inv ? inv.totalCents : fromPortal,
      estimate: !inv && fromPortal !== null,
      wanted: records.length > 0 ? notKept.length === 0 : isWanted(extraId),
    };
  });

  // Unwanted first, the costliest first; wanted ones at the end.
  items.sort((a, b) => Number(a.wanted) - Number(b.wanted) || (b.totalCents ?? -1) - (a.totalCents ?? -1) || a.name.localeCompare(b.name, 'it'));
  const counted = items.filter((i) => !i.wanted && i.totalCents !== null);
  return {
    items,
    totalCents: counted.reduce((sum, i) => sum + i.totalCents!, 0),
    totalIncludesEstimate: counted.some((i) => i.estimate),
  };
}
