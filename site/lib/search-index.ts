/**
 * The search index, built at build time from content/: one small document per guide, paid service and
 * offer. The /cerca/ page serves it as static JSON; tests and benchmarks build it from the same content.
 */
import type { Offer } from '../../shared/schemas/offer.ts';
import { offerCost, isExpired, HORIZON_MONTHS } from '../../shared/offer-cost.ts';
import { formatEuro } from '../../shared/money.ts';
import { markdownText } from './markdown-text.ts';
import { paths } from './paths.ts';
import type { SearchDoc } from './site-search.ts';

export type { SearchDoc };

/** Body words beyond this many characters are left out of the index. */
export const BODY_CHARS = 6000;

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

/**
 * The distinct words of a text, in order of first appearance, capped at BODY_CHARS. The search matches
 * word by word, so repeats only cost time: a guide body shrinks to about a third.
 */
export function distinctWords(text: string): string {
  const seen = new Set<string>();
  const out: string[] = [];
  let length = 0;
  for (const word of text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? []) {
    const key = word.toLowerCase();
    if (seen.has(key) || word.length < 2) continue;
    if (length + word.length + 1 > BODY_CHARS) break;
    seen.add(key);
    out.push(word);
    length += word.length + 1;
  }
  return out.join(' ');
}

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
    text: distinctWords(markdownText(s.body ?? '').text),
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
      text: distinctWords(md.text),
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
