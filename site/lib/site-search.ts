/**
 * The search itself: fuse.js over the index documents, tuned for what readers type ("prme go",
 * "lo sai chiamate perse"). Shared by the /cerca/ island, the unit tests and the benchmark.
 */
import Fuse, { type IFuseOptions } from 'fuse.js';
import type { SearchDoc } from './search-index.ts';

export const FUSE_OPTIONS: IFuseOptions<SearchDoc> = {
  // Each word of the query is matched on its own, typos allowed, and rarer words weigh more.
  useTokenSearch: true,
  includeScore: true,
  ignoreDiacritics: true,
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

/** Prepares a search over `docs`; the returned function answers one query with the best `limit` hits. */
export function createSearch(docs: SearchDoc[]): (query: string, limit?: number) => SearchHit[] {
  const fuse = new Fuse(docs, FUSE_OPTIONS);
  return (query, limit = 20) => {
    const q = query.trim().replace(/\s+/g, ' ');
    if (q.length < MIN_QUERY_CHARS) return [];
    return fuse.search(q, { limit }).map((r) => ({ doc: r.item, score: r.score ?? 1 }));
  };
}
