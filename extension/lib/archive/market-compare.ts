/**
 * A line's real monthly cost against the market, offline: the sourced market average of its kind (and
 * technology, where known) and the cheapest offers of the same kind from the site's offer data bundled at build
 * time, with the 24-month total computed by the site's own code (shared/offer-cost.ts). Offers whose figures
 * are more than a year old are never shown as cheaper: no recommendation rests on stale data. Pure.
 */
import type { CompareCatalog, CompareMarketAverage, CompareOffer } from '../../../shared/catalog/compare-catalog.ts';
import { toCents } from '../../../shared/money.ts';
import { daysBetween } from '../../../shared/dates.ts';
import { formatEuro, formatItalianDate, formatMonthYear, formatWholeEuros, type DayLanguage } from '../../../shared/format.ts';
import { t, uiLanguage } from '../i18n.ts';
import { HORIZON_MONTHS, isExpired, offerCost } from '../../../shared/offer-cost.ts';
import { offerListUrl } from '../../../shared/offer-query.ts';
import type { LineCost } from './line-cost.ts';

/** Offers (and averages) whose source is older than this many days are not presented as today's market. */
export const FRESH_DAYS = 365;
/** How many cheaper offers to show. */
export const CHEAPEST = 3;
/** A yearly difference below this is "about the same as the average". */
const SAME_YEARLY_CENTS = 1200;

/** A rounded amount for "circa": whole euros ("85 €", "1.020 €"). */
export function aboutEuros(cents: number): string {
  return formatWholeEuros(cents);
}

/** "1 novembre 2025", or "luglio 2025" for a figure the source dates by month. */
export function averageDate(m: Pick<CompareMarketAverage, 'asOf' | 'asOfPrecision'>, language: DayLanguage = 'it'): string {
  return m.asOfPrecision === 'month' ? formatMonthYear(m.asOf, language) : formatItalianDate(m.asOf, language);
}

export interface CheaperOffer {
  offer: CompareOffer;
  totalCents: number;
  effectiveMonthlyCents: number;
  /** What it saves in a year against the line's monthly cost. */
  yearlySavingCents: number;
}

export interface LineComparison {
  line: LineCost;
  /** The average compared with; null when the line's kind is unknown or there is none for it. */
  benchmark: CompareMarketAverage | null;
  benchmarkCents: number | null;
  /** (line − average) × 12; positive when the line costs more. */
  yearlyDifferenceCents: number | null;
  /** The average's source is older than FRESH_DAYS. */
  benchmarkOld: boolean;
  /** The sentence the page shows, in the extension's language (the average's label and source title are content data). */
  sentence: string;
  /** Fresh, current offers of the same kind cheaper than the line over 24 months, cheapest first. */
  cheaper: CheaperOffer[];
  /** Offers of the same kind left out because their figures are older than FRESH_DAYS. */
  staleOffers: number;
  /** The site's ranking with kind, technology and the line's monthly cost as maximum preset. */
  siteLink: string | null;
}

/** The average for a kind and technology: the same technology, else the one meant for an unknown one; newest first. */
export function pickAverage(market: CompareMarketAverage[], kind: 'fixed' | 'mobile', technology: string | null): CompareMarketAverage | null {
  const ofKind = market.filter((m) => m.kind === kind);
  const candidates = technology
    ? ofKind.filter((m) => m.technology === technology)
    : ofKind.filter((m) => m.technology === undefined || m.forUnknownTechnology);
  const list = candidates.length ? candidates : ofKind.filter((m) => m.technology === undefined || m.forUnknownTechnology);
  return [...list].sort((a, b) => (a.asOf < b.asOf ? 1 : a.asOf > b.asOf ? -1 : 0))[0] ?? null;
}

function averageText(m: CompareMarketAverage): string {
  const amount = formatEuro(toCents(m.monthlyPrice));
  const price = m.approximate ? t('compareAboutPerMonth', amount) : t('comparePerMonth', amount);
  return t('compareAverageOf', [m.label, price, m.source.title, averageDate(m, uiLanguage())]);
}

/** Compares one line on `day` (YYYY-MM-DD, the user's today). */
export function compareLine(line: LineCost, catalog: CompareCatalog, siteUrl: string, day: string, technology: string | null = null): LineComparison {
  const kind = line.kind;
  const benchmark = kind ? pickAverage(catalog.market, kind, technology) : null;
  const benchmarkCents = benchmark ? toCents(benchmark.monthlyPrice) : null;
  const yearlyDifferenceCents = benchmarkCents === null ? null : (line.monthlyCents - benchmarkCents) * 12;
  const benchmarkOld = benchmark ? daysBetween(benchmark.asOf, day) > FRESH_DAYS : false;

  let sentence: string;
  if (!kind) sentence = t('compareKindUnknown');
  else if (!benchmark || yearlyDifferenceCents === null) sentence = t(kind === 'fixed' ? 'compareNoAverageFixed' : 'compareNoAverageMobile');
  else if (yearlyDifferenceCents >= SAME_YEARLY_CENTS) sentence = t('compareAbove', [aboutEuros(yearlyDifferenceCents), averageText(benchmark)]);
  else if (yearlyDifferenceCents > -SAME_YEARLY_CENTS) sentence = t('compareSame', averageText(benchmark));
  else sentence = t('compareBelow', [aboutEuros(yearlyDifferenceCents), averageText(benchmark)]);

  const sameKind = kind ? catalog.offers.filter((o) => o.kind === kind && (!technology || o.technology === technology) && !isExpired(o, day)) : [];
  const fresh = sameKind.filter((o) => daysBetween(o.asOf, day) <= FRESH_DAYS);
  const lineTotal = line.monthlyCents * HORIZON_MONTHS;
  const cheaper = fresh
    .map((offer) => {
      const cost = offerCost(offer);
      return { offer, totalCents: cost.totalCents, effectiveMonthlyCents: cost.effectiveMonthlyCents, yearlySavingCents: (line.monthlyCents - cost.effectiveMonthlyCents) * 12 };
    })
    .filter((c) => c.totalCents < lineTotal)
    .sort((a, b) => a.totalCents - b.totalCents || a.offer.name.localeCompare(b.offer.name, 'it'))
    .slice(0, CHEAPEST);

  return {
    line,
    benchmark,
    benchmarkCents,
    yearlyDifferenceCents,
    benchmarkOld,
    sentence,
    cheaper,
    staleOffers: sameKind.length - fresh.length,
    siteLink: kind ? offerListUrl(siteUrl, { kind, technology, maxMonthlyCents: line.monthlyCents }) : null,
  };
}

export interface LineReport {
  cost: LineCost;
  carrierName: string;
  /** A business carrier's line: its prices are often ex-VAT, so it is not compared with household averages. */
  business: boolean;
  comparison: LineComparison | null;
}

/** Every archived line with its cost and, for household lines, its comparison (largest monthly cost first). */
export function compareArchive(
  costs: LineCost[],
  operators: { id: string; name: string; segment: 'consumer' | 'business' }[],
  catalog: CompareCatalog,
  siteUrl: string,
  day: string,
): LineReport[] {
  const byId = new Map(operators.map((o) => [o.id, o]));
  return costs.map((cost) => {
    const operator = byId.get(cost.carrier);
    const business = operator?.segment === 'business';
    return { cost, carrierName: operator?.name ?? cost.carrier, business, comparison: business ? null : compareLine(cost, catalog, siteUrl, day) };
  });
}
