/** /offerte/offerte.json: every ranked offer in compact form, for the filter island (see lib/offer-data.ts). */
import type { APIRoute } from 'astro';
import { offerCatalog } from '../../lib/offer-collection.ts';
import { encodeOfferData } from '../../lib/offer-data.ts';
import { BUILD_DAY } from '../../lib/build-day.ts';

export const GET: APIRoute = async () => {
  const { ranked, carrierName } = await offerCatalog();
  const file = encodeOfferData(ranked, (id) => carrierName.get(id) ?? id, BUILD_DAY);
  return new Response(JSON.stringify(file), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
