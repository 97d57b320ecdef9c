/** schema.org Product/Offer for an offer page: the published price, the carrier as brand, the validity. */
import type { Offer } from '../../shared/schemas/offer.ts';
import { toCents } from '../../shared/money.ts';

export function offerJsonLd(offer: Offer, opts: { url: string; carrierName: string; description: string; expired: boolean }): object {
  // The price a customer pays each month at first: the promotional one when there is one.
  const first = offer.promo?.monthlyPrice ?? offer.monthlyPrice;
  return {
    '@context': 'https://schema.org',
    '@type': 'Product',
    name: offer.name,
    description: opts.description,
    brand: { '@type': 'Brand', name: opts.carrierName },
    category: offer.kind === 'fixed' ? 'Internet casa' : 'Telefonia mobile',
    url: opts.url,
    offers: {
      '@type': 'Offer',
      url: opts.url,
      price: (toCents(first) / 100).toFixed(2),
      priceCurrency: 'EUR',
      availability: opts.expired ? 'https://schema.org/Discontinued' : 'https://schema.org/InStock',
      ...(offer.validFrom ? { validFrom: offer.validFrom } : {}),
      ...(offer.validUntil ? { priceValidUntil: offer.validUntil } : {}),
      seller: { '@type': 'Organization', name: opts.carrierName },
      priceSpecification: {
        '@type': 'UnitPriceSpecification',
        price: (toCents(first) / 100).toFixed(2),
        priceCurrency: 'EUR',
        unitText: 'mese',
      },
    },
  };
}
