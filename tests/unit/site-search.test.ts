/** The /cerca/ search on the real content: the index built as the site builds it, queried as the island does. */
import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { loadContent } from '../../shared/catalog/load.ts';
import { buildSearchDocs, BODY_CHARS } from '../../site/lib/search-index.ts';
import { createSearch, fold, MIN_HITS, queryWords, WEAK_SCORE } from '../../site/lib/site-search.ts';
import { markdownText } from '../../site/lib/markdown-text.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const content = loadContent(ROOT);
const docs = buildSearchDocs(content, '2026-11-24');
const search = createSearch(docs);
const first = (q: string) => search(q)[0]?.doc;

describe('the index, built from content/', () => {
  test('holds every guide, service and offer once, with its page', () => {
    expect(docs.filter((d) => d.type === 'guide')).toHaveLength(content.guides.length);
    expect(docs.filter((d) => d.type === 'service')).toHaveLength(content.services.length);
    expect(docs.filter((d) => d.type === 'offer')).toHaveLength(content.offers.length);
    expect(docs.find((d) => d.title === 'TIM Prime Go')?.url).toBe('/servizi-a-pagamento/tim-prime-go/');
    expect(new Set(docs.map((d) => d.url)).size).toBe(docs.length);
  });

  test('guides are indexed with their headings and plain body text, capped', () => {
    const guide = content.guides.find((g) => /^#{2,3} /m.test(g.body))!;
    const doc = docs.find((d) => d.url === `/guide/${guide.id}/`)!;
    expect(doc.headings.length).toBeGreaterThan(0);
    expect(doc.text).not.toMatch(/\]\(|^#|\*\*/);
    for (const d of docs) expect(d.text.length).toBeLessThanOrEqual(BODY_CHARS);
  });

  test('an expired offer is described as expired, a current one with its 24-month total', () => {
    const input = { ...content, offers: content.offers.slice(0, 1).map((o) => ({ ...o, data: { ...o.data, validUntil: '2026-01-31' } })) };
    expect(buildSearchDocs(input, '2026-11-24').find((d) => d.type === 'offer')!.summary).toMatch(/scaduta/);
    expect(buildSearchDocs(input, '2026-01-01').find((d) => d.type === 'offer')!.summary).toMatch(/in 24 mesi, tutto incluso/);
  });
});

describe('typo-tolerant search on the real index', () => {
  test('"prme go" finds TIM Prime Go first', () => {
    expect(first('prme go')).toMatchObject({ type: 'service', title: 'TIM Prime Go' });
  });

  test('"lo sai chiamate perse" finds LoSai first', () => {
    expect(first('lo sai chiamate perse')).toMatchObject({ type: 'service', title: 'LoSai' });
  });

  test('a service by name, by alias, and with a typo', () => {
    expect(first('losai')?.title).toBe('LoSai');
    expect(first('prime')?.title).toBe('TIM Prime Go');
    expect(first('giga di scrota')?.title).toBe('Giga di Scorta');
    expect(first('rete sicura')?.title).toBe('Vodafone Rete Sicura');
  });

  test('guides by what they are about, typos and accents forgiven', () => {
    expect(first('credenziali perse')).toMatchObject({ type: 'guide', url: '/guide/mytim-credenziali-perse/' });
    expect(first('rimodulazone')?.url).toBe('/guide/rimodulazione-e-recesso/');
    expect(first('conciliaweb')?.url).toBe('/guide/rimborsi-e-conciliaweb/');
    expect(first('fatture')?.url).toBe('/guide/fatture-tim/');
    expect(search('perché conservarle')[0]?.doc.url).toBe(search('perche conservarle')[0]?.doc.url);
  });

  test('offers by carrier and technology rank the matching offers on top', () => {
    const iliad = search('iliad').slice(0, 3);
    expect(iliad).toHaveLength(3);
    expect(iliad.every((h) => h.doc.type === 'offer' && h.doc.carrier === 'iliad')).toBe(true);
    const ftth = content.offers.filter((o) => o.data.technology === 'FTTH').map((o) => `/offerte/${o.id}/`);
    expect(search('ftth').slice(0, ftth.length).map((h) => h.doc.url).sort()).toEqual(ftth.sort());
  });

  test('a precise query is not buried under near-miss words, a vague one still lists a few', () => {
    const prime = search('prime');
    expect(prime[0]?.doc.title).toBe('TIM Prime Go');
    expect(prime.length).toBeLessThan(10);
    expect(prime.every((h) => h.score <= WEAK_SCORE)).toBe(true);
    expect(search('disattivare').length).toBeGreaterThanOrEqual(MIN_HITS);
  });

  test('results come best first; nonsense and one-letter queries find nothing', () => {
    const scores = search('mytim').map((h) => h.score);
    expect(scores.length).toBeGreaterThan(2);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
    expect(search('zzqxjw')).toEqual([]);
    expect(search('a')).toEqual([]);
    expect(search('   ')).toEqual([]);
  });
});

describe('query words', () => {
  test('folded, without one-letter words and stopwords, unless nothing else is left', () => {
    expect(fold('Più Giga')).toBe('piu giga');
    expect(queryWords('Disattivare i servizi a pagamento')).toBe('disattivare servizi pagamento');
    expect(queryWords('  lo sai  ')).toBe('sai');
    expect(queryWords('di la')).toBe('di la');
    expect(queryWords("l'800 44 22 99")).toBe('800 44 22 99');
  });
});

describe('markdownText', () => {
  test('keeps words, drops markup, lists headings', () => {
    const md = '## Come si fa\n\nApri **MyTIM** e [vai qui](https://x.it).\n\n- primo\n- secondo\n\n```\ncodice\n```\n| a | b |\n|---|---|\n| 1 | 2 |';
    const t = markdownText(md);
    expect(t.headings).toEqual(['Come si fa']);
    expect(t.text).toBe('Come si fa Apri MyTIM e vai qui. primo secondo a b 1 2');
  });
});
