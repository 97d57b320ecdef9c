/**
 * The search index, built at build time from content/: one small document per guide, paid service and
 * offer. The /cerca/ page serves it as static JSON; tests and benchmarks build it from the same content.
 */
import type { Offer } from '../../shared/schemas/offer.ts';
import { offerCost, isExpired, HORIZON_MONTHS } from '../../shared/offer-cost.ts';
import { formatEuro } from '../../shared/money.ts';
import { markdownText } from './markdown-text.ts';
import { paths } from './paths.ts';

export type SearchType = 'guide' | 'service' | 'offer';

export interface SearchDoc {
  type: SearchType;
  /** Where the result links to (a site path). */
  url: string;
  /** Guide title, service name or offer name. */
  title: string;
  /** Other names: a service's aliases, an offer's technology and kind. */
  names: string[];
  /** The carrier's name as readers know it. */
  carrier: string;
  /** One or two sentences shown under the result. */
  summary: string;
  /** A guide's section headings. */
  headings: string[];
  /** Body text, plain, capped at BODY_CHARS. */
  text: string;
}

/** Body text beyond this is left out of the index: enough for every word of a long guide's substance. */
export const BODY_CHARS = 6000;

/** Italian label of a result type, shown beside each result. */
export const TYPE_LABEL: Record<SearchType, string> = { guide: 'Guida', service: 'Servizio', offer: 'Offerta' };

interface Entry<T> {
  id: string;
  data: T;
  body?: string | undefined;
}

/** The fields of each collection the index reads (a subset of the content schemas). */
export interface IndexInput {
  operators: Entry<{ name: string }>[];
  guides: Entry<{ title: string; description: string; carrier: string }>[];
  services: Entry<{ name: string; carrier: string; aliases: string[]; summary: string }>[];
  offers: Entry<Offer>[];
}

const cap = (text: string) => (text.length > BODY_CHARS ? text.slice(0, BODY_CHARS) : text);

/**
 * Builds the index documents: services first, then guides, then offers (the order ties fall back to).
 * `day` (YYYY-MM-DD, the build day) marks offers that can no longer be taken.
 */
export function buildSearchDocs(input: IndexInput, day: string): SearchDoc[] {
  const carrierName = new Map(input.operators.map((o) => [o.id, o.data.name]));
  const nameOf = (id: string) => (id === 'tutti' ? '' : (carrierName.get(id) ?? id));
  const services: SearchDoc[] = input.services.map((s) => ({
    type: 'service',
    url: paths.service(s.id),
    title: s.data.name,
    names: s.data.aliases,
    carrier: nameOf(s.data.carrier),
    summary: s.data.summary,
    headings: [],
    text: cap(markdownText(s.body ?? '').text),
  }));
  const guides: SearchDoc[] = input.guides.map((g) => {
    const md = markdownText(g.body ?? '');
    return {
      type: 'guide',
      url: paths.guide(g.id),
      title: g.data.title,
      names: [],
      carrier: nameOf(g.data.carrier),
      summary: g.data.description,
      headings: md.headings,
      text: cap(md.text),
    };
  });
  const offers: SearchDoc[] = input.offers.map((o) => {
    const kind = o.data.kind === 'fixed' ? 'fisso fibra casa internet' : 'mobile cellulare SIM';
    const carrier = nameOf(o.data.carrier);
    return {
      type: 'offer',
      url: paths.offer(o.id),
      title: o.data.name,
      names: [o.data.technology, kind],
      carrier,
      summary: isExpired(o.data, day)
        ? `Offerta scaduta ${carrier}, ${o.data.technology}: non è più sottoscrivibile.`
        : `Offerta ${o.data.kind === 'fixed' ? 'per la casa' : 'mobile'} ${carrier}, ${o.data.technology}: ${formatEuro(offerCost(o.data).totalCents)} in ${HORIZON_MONTHS} mesi, tutto incluso.`,
      headings: [],
      text: '',
    };
  });
  return [...services, ...guides, ...offers];
}
