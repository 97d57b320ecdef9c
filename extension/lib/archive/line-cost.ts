/**
 * What each line really costs per month, from its archived invoices: the average over the last 3, 6 and 12
 * months (with how many invoices each figure rests on), the trend, the paid extras included, and which amounts
 * were used. Invoices carry one-off items (a modem instalment, activation, calls beyond the allowance): where
 * every invoice lists its detail lines, only the charges that recur count; otherwise invoice totals are used
 * and a total far above the line's usual one is left out and named. Pure, so it is tested without a browser.
 */
import { monthlyCents } from '../../../shared/money.ts';
import { paidExtrasOnInvoices, type ServiceName } from './paid-extras.ts';
import type { InvoiceRecord, SeenExtraRecord } from './types.ts';

export type LineKind = 'fixed' | 'mobile';

/**
 * Fixed or mobile, from the number itself: in the Italian numbering plan (AGCOM) geographic, fixed numbers
 * start with 0 and mobile ones with 3. Null for a customer code or anything else.
 */
export function lineKind(line: string | null): LineKind | null {
  if (!line) return null;
  const digits = line.replace(/[\s./-]/g, '').replace(/^(\+|00)39/, '');
  if (/^0\d{5,10}$/.test(digits)) return 'fixed';
  if (/^3\d{8,9}$/.test(digits)) return 'mobile';
  return null;
}

export const WINDOWS = [3, 6, 12] as const;
export type WindowMonths = (typeof WINDOWS)[number];

export interface CostWindow {
  months: WindowMonths;
  /** Average monthly amount over the billing months of the window that have an invoice; null when none. */
  averageCents: number | null;
  /** How many invoices the figure rests on. */
  invoices: number;
}

export interface LineCost {
  carrier: string;
  line: string;
  kind: LineKind | null;
  /** The newest billing month on the invoices (YYYY-MM): the windows end there. */
  latestMonth: string;
  windows: CostWindow[];
  /**
   * The figure compared with the market: the shortest window resting on at least MIN_INVOICES invoices
   * (what the line costs now), else the longest one.
   */
  monthlyCents: number;
  basedOn: CostWindow;
  /** "recurring": only charges repeated across invoices (every invoice lists its items); "totals": invoice totals. */
  basis: 'recurring' | 'totals';
  /** Invoices left out as unusual (a total more than OUTLIER_FACTOR times the line's median). */
  excluded: { number: string; month: string; amountCents: number }[];
  /** The last 3 months against the earlier months of the 12: null without both. */
  trend: { direction: 'up' | 'down' | 'flat'; fromCents: number; toCents: number } | null;
  /** Paid extras charged on this line's invoices or seen on the portal for it, with their monthly cost when known. */
  extras: { serviceId: string; name: string; monthlyCents: number | null; where: 'invoices' | 'portal' }[];
}

export const MIN_INVOICES = 3;
export const OUTLIER_FACTOR = 2;
/** A change in the monthly cost under this share of it is "stable". */
const FLAT_SHARE = 0.02;

function monthOf(inv: InvoiceRecord): string | null {
  return inv.periodMonth ?? inv.issueDate?.slice(0, 7) ?? null;
}

/** Months between two YYYY-MM months (`to` later gives a positive number). */
function monthsBetween(from: string, to: string): number {
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  return (ty - fy) * 12 + (tm - fm);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : Math.round((s[m - 1]! + s[m]!) / 2);
}

function average(xs: number[]): number | null {
  return xs.length ? Math.round(xs.reduce((a, b) => a + b, 0) / xs.length) : null;
}

interface Billed {
  inv: InvoiceRecord;
  month: string;
  cents: number;
}

/** The amount each invoice counts for: its recurring items when every invoice lists items, else its total. */
function billedAmounts(list: { inv: InvoiceRecord; month: string }[]): { billed: Billed[]; basis: LineCost['basis'] } {
  const itemised = list.length > 0 && list.every(({ inv }) => inv.items.length > 0);
  if (itemised) {
    // A charge recurs when the same label is on at least two invoices (every label counts on a single invoice).
    const seenOn = new Map<string, number>();
    for (const { inv } of list) for (const label of new Set(inv.items.map((i) => i.label.trim().toLowerCase()))) seenOn.set(label, (seenOn.get(label) ?? 0) + 1);
    const recurs = (label: string) => list.length < 2 || (seenOn.get(label.trim().toLowerCase()) ?? 0) >= 2;
    return {
      basis: 'recurring',
      billed: list.map(({ inv, month }) => ({ inv, month, cents: inv.items.filter((i) => recurs(i.label)).reduce((sum, i) => sum + i.amountCents, 0) })),
    };
  }
  return { basis: 'totals', billed: list.filter(({ inv }) => inv.amountCents !== null).map(({ inv, month }) => ({ inv, month, cents: inv.amountCents! })) };
}

/** Average per billing month (several invoices in one month are added up first). */
function monthlyAverage(billed: Billed[]): number | null {
  const byMonth = new Map<string, number>();
  for (const b of billed) byMonth.set(b.month, (byMonth.get(b.month) ?? 0) + b.cents);
  return average([...byMonth.values()]);
}

/**
 * The cost of every line the archive holds invoices for (invoices without a line are left out), largest first.
 * `isWanted` answers for a seen extra's key whether the user keeps it (those are not listed as extras).
 */
export function lineCosts(invoices: InvoiceRecord[], services: ServiceName[], seen: SeenExtraRecord[] = [], isWanted: (key: string) => boolean = () => false): LineCost[] {
  const groups = new Map<string, { inv: InvoiceRecord; month: string }[]>();
  for (const inv of invoices) {
    const month = monthOf(inv);
    if (!inv.line || !month) continue;
    const key = `${inv.carrier}|${inv.line}`;
    const group = groups.get(key) ?? [];
    group.push({ inv, month });
    groups.set(key, group);
  }
  const out: LineCost[] = [];
  for (const list of groups.values()) {
    const { carrier, line } = list[0]!.inv as InvoiceRecord & { line: string };
    const latestMonth = list.reduce((m, x) => (x.month > m ? x.month : m), list[0]!.month);
    const recent = list.filter((x) => monthsBetween(x.month, latestMonth) < 12);
    const { billed: all, basis } = billedAmounts(recent);
    if (all.length === 0) continue;
    // Unusual totals (a device bought on the bill, a large one-off) would swamp the average: left out, and named.
    const usual = all.length >= MIN_INVOICES ? median(all.map((b) => b.cents)) : null;
    const isOutlier = (b: Billed) => basis === 'totals' && usual !== null && b.cents > usual * OUTLIER_FACTOR;
    const kept = all.filter((b) => !isOutlier(b));
    const windows = WINDOWS.map((months) => {
      const inside = kept.filter((b) => monthsBetween(b.month, latestMonth) < months);
      return { months, averageCents: monthlyAverage(inside), invoices: inside.length };
    });
    const usable = windows.filter((w) => w.averageCents !== null);
    if (usable.length === 0) continue;
    const basedOn = usable.find((w) => w.invoices >= MIN_INVOICES) ?? usable[usable.length - 1]!;
    const latest = monthlyAverage(kept.filter((b) => monthsBetween(b.month, latestMonth) < 3));
    const earlier = monthlyAverage(kept.filter((b) => monthsBetween(b.month, latestMonth) >= 3));
    let trend: LineCost['trend'] = null;
    if (latest !== null && earlier !== null) {
      const change = latest - earlier;
      const direction = Math.abs(change) <= earlier * FLAT_SHARE ? 'flat' : change > 0 ? 'up' : 'down';
      trend = { direction, fromCents: earlier, toCents: latest };
    }
    out.push({
      carrier,
      line,
      kind: lineKind(line),
      latestMonth,
      windows,
      monthlyCents: basedOn.averageCents!,
      basedOn,
      basis,
      excluded: all.filter(isOutlier).map((b) => ({ number: b.inv.number, month: b.month, amountCents: b.cents })),
      trend,
      extras: lineExtras(recent.map((x) => x.inv), services, seen.filter((s) => s.carrier === carrier && s.line === line && !isWanted(s.key))),
    });
  }
  return out.sort((a, b) => b.monthlyCents - a.monthlyCents);
}

function lineExtras(invoices: InvoiceRecord[], services: ServiceName[], seen: SeenExtraRecord[]): LineCost['extras'] {
  const extras = new Map<string, LineCost['extras'][number]>();
  for (const found of paidExtrasOnInvoices(invoices, services)) {
    // What the newest invoice charging it asked for: billing is monthly, so that is its monthly cost.
    const newest = [...found.invoices].sort((a, b) => ((a.issueDate ?? '') < (b.issueDate ?? '') ? 1 : -1))[0];
    extras.set(found.serviceId, { serviceId: found.serviceId, name: found.name, monthlyCents: newest?.amountCents ?? null, where: 'invoices' });
  }
  for (const s of seen) {
    if (extras.has(s.serviceId) && s.serviceId !== 'unknown') continue;
    const monthly = s.priceCents !== null && s.period ? monthlyCents(s.priceCents, s.period) : null;
    extras.set(s.serviceId === 'unknown' ? s.key : s.serviceId, { serviceId: s.serviceId, name: s.name, monthlyCents: monthly, where: 'portal' });
  }
  return [...extras.values()];
}
