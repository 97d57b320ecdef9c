/**
 * What the offer pages show about one offer, in Italian, computed from its content file:
 * the facts line, promo and full price, one-off costs with instalments, lock-in, and the figures the
 * filters read. Figures are written by shared/format.ts and the total comes from shared/offer-cost.ts.
 */
import type { Offer } from '../../shared/schemas/offer.ts';
import { toCents } from '../../shared/money.ts';
import { formatEuro, formatNumber } from '../../shared/format.ts';
import { HORIZON_MONTHS, offerCost, type CostBreakdown } from '../../shared/offer-cost.ts';
import type { OfferFacets } from './offer-filters.ts';

export const KIND_LABEL: Record<Offer['kind'], string> = { fixed: 'Casa (rete fissa)', mobile: 'Mobile' };

type Allowance = number | 'illimitati' | undefined;

/** A number with Italian separators: 2500 → "2.500", 1.5 → "1,5" (format.ts). */
export const italianNumber = formatNumber;

function allowance(value: Allowance, unit: string): string | null {
  if (value === undefined) return null;
  if (value === 'illimitati') return `${unit} illimitati`;
  return `${italianNumber(value)} ${unit}`;
}

/** "fino a 1.000 Mbit/s" for fixed offers; "150 GB · minuti illimitati · 200 SMS" for mobile ones. */
export function allowanceText(o: Offer): string {
  if (o.kind === 'fixed') {
    return o.speedMbps ? `fino a ${italianNumber(o.speedMbps)} Mbit/s` : 'velocità non indicata';
  }
  const gb =
    o.dataGB === undefined ? null
    : o.dataGB === 'illimitati' ? 'Giga illimitati'
    : o.dataGB < 1 ? `${Math.round(o.dataGB * 1000)} MB`
    : `${italianNumber(o.dataGB)} GB`;
  const parts = [gb, allowance(o.minutes, 'minuti'), allowance(o.sms, 'SMS')].filter((p): p is string => p !== null);
  return parts.length ? parts.join(' · ') : 'traffico non indicato';
}

/** The monthly price as published: "19,90 € al mese per 12 mesi, poi 29,90 €" or "29,90 € al mese". */
export function priceText(o: Offer): string {
  const after = formatEuro(toCents(o.monthlyPrice));
  if (!o.promo) return `${after} al mese`;
  const months = o.promo.months === 1 ? 'il primo mese' : `per ${o.promo.months} mesi`;
  return `${formatEuro(toCents(o.promo.monthlyPrice))} al mese ${months}, poi ${after}`;
}

/** A one-off cost with its instalments: "39,90 € in 24 rate da 1,66 €", "inclusa" when zero. */
export function spreadCostText(cost: Offer['activation'], zero: string): string {
  const cents = toCents(cost.amount);
  if (cents === 0) return zero;
  if (cost.instalments <= 1) return formatEuro(cents);
  return `${formatEuro(cents)} in ${cost.instalments} rate da ${formatEuro(Math.round(cents / cost.instalments))}`;
}

/**
 * The 5G label of Delibera 106/25/CONS in words: "verde, fino a 2.000 Mbit/s", "gialla, limitata a 100 Mbit/s",
 * "rossa, limitata a 10 Mbit/s"; for a 5G offer without one, that the carrier published none (offers before the
 * rule, in force from about November 2025, had none). Null for 4G and fixed offers.
 */
export function fiveGLabelText(o: Pick<Offer, 'technology' | 'fiveGLabel'>): string | null {
  if (o.technology !== '5G') return null;
  const l = o.fiveGLabel;
  if (!l) return 'etichetta non indicata dalla fonte (le etichette sono obbligatorie da fine 2025)';
  if (l.color === 'green') return `verde, fino a ${italianNumber(l.maxMbps!)} Mbit/s`;
  return `${l.color === 'yellow' ? 'gialla' : 'rossa'}, limitata a ${italianNumber(l.capMbps!)} Mbit/s`;
}

/** "24 mesi" or "nessun vincolo". */
export function lockInText(o: Offer): string {
  if (o.lockInMonths === 0) return 'nessun vincolo';
  return o.lockInMonths === 1 ? '1 mese' : `${o.lockInMonths} mesi`;
}

/** What leaving early costs as published, plus a note on unpaid instalments. */
export function exitText(o: Offer): string {
  const base = o.exitCost > 0 ? formatEuro(toCents(o.exitCost)) : 'nessun costo dichiarato';
  const instalments = o.activation.instalments > 1 || o.device.instalments > 1;
  return instalments ? `${base}; le rate ancora dovute si pagano in un'unica soluzione` : base;
}

/** Everything a card needs, computed once per offer. */
export interface OfferView {
  cost: CostBreakdown;
  facets: OfferFacets;
}

/** The cost breakdown and the facts the filters read. */
export function offerView(id: string, o: Offer): OfferView {
  const cost = offerCost(o);
  const dataGB = o.dataGB === undefined ? 0 : o.dataGB === 'illimitati' ? Number.POSITIVE_INFINITY : o.dataGB;
  return {
    cost,
    facets: {
      id,
      kind: o.kind,
      technology: o.technology,
      carrier: o.carrier,
      lockInMonths: o.lockInMonths,
      totalCents: cost.totalCents,
      effectiveMonthlyCents: cost.effectiveMonthlyCents,
      monthlyAfterCents: toCents(o.monthlyPrice),
      speedMbps: o.speedMbps ?? 0,
      dataGB,
    },
  };
}

export { HORIZON_MONTHS };
