/**
 * The search itself: fuse.js over the index documents, tuned for what readers type ("prme go",
 * "lo sai chiamate perse"). Shared by the /cerca/ island, the unit tests and the benchmark.
 */
import Fuse, { type IFuseOptions } from 'fuse.js';
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

/** What fuse.js searches: the document's searchable fields, already folded (see fold). */
export interface SearchRecord {
  /** Position of the document in the index. */
  i: number;
  title: string;
  names: string[];
  headings: string[];
  summary: string;
  carrier: string;
  text: string;
}

/**
 * Lower case without accents: "Più" → "piu". Records are folded once when the index loads and queries once
 * per keystroke, so fuse.js need not fold every field of every document on every search (its
 * isCaseSensitive/ignoreDiacritics would): that was most of the time a search took.
 */
export const fold = foldAccents;

function toRecord(d: SearchDoc, i: number): SearchRecord {
  // An offer's summary is generated from its name, carrier and figures: searching it again only costs time.
  const summary = d.type === 'offer' ? '' : fold(d.summary);
  return { i, title: fold(d.title), names: d.names.map(fold), headings: d.headings.map(fold), summary, carrier: fold(d.carrier), text: fold(d.text) };
}

export const FUSE_OPTIONS: IFuseOptions<SearchRecord> = {
  // Each word of the query is matched on its own, typos allowed, and rarer words weigh more.
  useTokenSearch: true,
  includeScore: true,
  // Records and queries are folded beforehand (see fold).
  isCaseSensitive: true,
  ignoreDiacritics: false,
  // A word may sit anywhere in a field: long guide bodies must not penalise late matches.
  ignoreLocation: true,
  threshold: 0.35,
  minMatchCharLength: 2,
  keys: [
    { name: 'title', weight: 4 },
    { name: 'names', weight: 3 },
    { name: 'headings', weight: 1.5 },
    { name: 'summary', weight: 1.5 },
    { name: 'carrier', weight: 1 },
    { name: 'text', weight: 0.5 },
  ],
};

export interface SearchHit {
  doc: SearchDoc;
  /** 0 is a perfect match, 1 no match at all. */
  score: number;
}

/** Words shorter than this are not worth a search on their own. */
export const MIN_QUERY_CHARS = 2;

/**
 * Scores above this come from a near-miss word deep in a long body ("prima" for "prime"): shown only to
 * fill the list up to MIN_HITS, so a precise query is not buried under noise.
 */
export const WEAK_SCORE = 0.95;
export const MIN_HITS = 5;

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

/** Prepares a search over `docs`; the returned function answers one query with the best `limit` hits. */
export function createSearch(docs: SearchDoc[]): (query: string, limit?: number) => SearchHit[] {
  const fuse = new Fuse(docs.map(toRecord), FUSE_OPTIONS);
  return (query, limit = 20) => {
    const q = queryWords(query);
    if (q.length < MIN_QUERY_CHARS) return [];
    const hits = fuse.search(q, { limit }).map((r) => ({ doc: docs[r.item.i]!, score: r.score ?? 1 }));
    const strong = hits.filter((h) => h.score <= WEAK_SCORE);
    return strong.length >= MIN_HITS ? strong : hits.slice(0, Math.max(strong.length, MIN_HITS));
  };
}
