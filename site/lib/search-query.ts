/**
 * What the search box and the search share without fuse.js: the document types, how a query is folded and
 * cut into words, and what a result carries. The island imports only this; fuse.js stays in the worker.
 */
import { foldAccents } from '../../shared/text.ts';

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
  /** The distinct words of the body text (see distinctWords in search-index.ts). */
  text: string;
}

/** Italian label of a result type, shown beside each result. */
export const TYPE_LABEL: Record<SearchType, string> = { guide: 'Guida', service: 'Servizio', offer: 'Offerta' };

/**
 * Lower case without accents: "Più" → "piu". Records are folded once when the index loads and queries once
 * per keystroke, so fuse.js need not fold every field of every document on every search (its
 * isCaseSensitive/ignoreDiacritics would): that was most of the time a search took.
 */
export const fold = foldAccents;

/** Words shorter than this are not worth a search on their own. */
export const MIN_QUERY_CHARS = 2;

/**
 * Italian words too common to tell documents apart. Each query word costs a pass over every field, and
 * these carry almost no weight in the ranking, so they are dropped (unless the query has nothing else).
 */
const STOPWORDS = new Set(
  'a ad al alla alle ai agli da dal dalla dai dalle di del della delle dei degli e ed i il in nel nella nei nelle la le lo gli un uno una o per su sul sulla tra fra con che come non si mi ti ci'.split(' '),
);

/** The query as fuse.js gets it: folded, words of one letter and stopwords left out. */
export function queryWords(query: string): string {
  const words = fold(query).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 2);
  const kept = words.filter((w) => !STOPWORDS.has(w));
  return (kept.length ? kept : words).join(' ');
}

/** What a result shows: the document without the fields only the index needs. */
export type ResultDoc = Pick<SearchDoc, 'type' | 'url' | 'title' | 'carrier' | 'summary'>;

export interface ResultHit {
  /** The document's position in the index (ties are broken by it, as fuse.js does). */
  i: number;
  doc: ResultDoc;
  /** 0 is a perfect match, 1 no match at all. */
  score: number;
}

/**
 * Scores above this come from a near-miss word deep in a long body ("prima" for "prime"): shown only to
 * fill the list up to MIN_HITS, so a precise query is not buried under noise.
 */
export const WEAK_SCORE = 0.95;
export const MIN_HITS = 5;

/** The hits to show from the best hits of each shard: merged best first, weak ones only to reach MIN_HITS. */
export function pickHits(lists: readonly ResultHit[][], limit: number): ResultHit[] {
  const hits = lists.flat().sort((a, b) => a.score - b.score || a.i - b.i).slice(0, limit);
  const strong = hits.filter((h) => h.score <= WEAK_SCORE);
  return strong.length >= MIN_HITS ? strong : hits.slice(0, Math.max(strong.length, MIN_HITS));
}
