/**
 * The slice of content/ the extension's bill comparison bundles (virtual:sentinella-catalog/compare): consumer
 * offers with only what the 24-month total (shared/offer-cost.ts), the kind match and the freshness rule need,
 * and the market averages with their source. Built at build time, so the comparison never fetches anything.
 */
import type { Content } from './load.ts';
import type { MarketAverage, Offer } from '../schemas/index.ts';

export interface CompareOffer extends Pick<Offer, 'name' | 'carrier' | 'kind' | 'technology' | 'monthlyPrice' | 'promo' | 'activation' | 'device' | 'validUntil'> {
  id: string;
  carrierName: string;
  /** The day the offer's source says its figures held (YYYY-MM-DD). */
  asOf: string;
}

export interface CompareMarketAverage extends Pick<MarketAverage, 'label' | 'kind' | 'technology' | 'forUnknownTechnology' | 'monthlyPrice' | 'approximate' | 'asOfPrecision' | 'method'> {
  id: string;
  asOf: string;
  source: { title: string; url: string };
}

export interface CompareCatalog {
  offers: CompareOffer[];
  market: CompareMarketAverage[];
}

/**
 * Offers for consumers only, with VAT: a business offer's ex-VAT price (or a business carrier's) would look
 * cheaper than what a household really pays.
 */
export function buildCompareCatalog(content: Content): CompareCatalog {
  const operators = new Map(content.operators.map((o) => [o.id, o.data]));
  const offers = content.offers
    .filter(({ data }) => data.customers === 'consumer' && data.vat === 'included' && operators.get(data.carrier)?.segment !== 'business')
    .map(({ id, data }) => ({
      id,
      name: data.name,
      carrier: data.carrier,
      carrierName: operators.get(data.carrier)?.name ?? data.carrier,
      kind: data.kind,
      technology: data.technology,
      monthlyPrice: data.monthlyPrice,
      ...(data.promo ? { promo: data.promo } : {}),
      activation: data.activation,
      device: data.device,
      ...(data.validUntil ? { validUntil: data.validUntil } : {}),
      asOf: data.source.asOf,
    }));
  const market = content.market.map(({ id, data }) => ({
    id,
    label: data.label,
    kind: data.kind,
    ...(data.technology ? { technology: data.technology } : {}),
    forUnknownTechnology: data.forUnknownTechnology,
    monthlyPrice: data.monthlyPrice,
    approximate: data.approximate,
    asOfPrecision: data.asOfPrecision,
    method: data.method,
    asOf: data.source.asOf,
    source: { title: data.source.title, url: data.source.url },
  }));
  return { offers, market };
}
