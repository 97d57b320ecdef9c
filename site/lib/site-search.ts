/**
 * The search itself: fuse.js over the index documents, tuned for what readers type ("prme go",
 * "lo sai chiamate perse"). Used by the /cerca/ worker, the index build, the unit tests and the benchmark.
 */
import Fuse, { type FuseIndex, type IFuseOptions } from 'fuse.js';
import { fold, pickHits, queryWords, MIN_QUERY_CHARS, type ResultDoc, type ResultHit, type SearchDoc } from './search-query.ts';

export * from './search-query.ts';

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

function toRecord(d: SearchDoc, i: number): SearchRecord {
  if (d.type === 'offer') {
    // An offer's summary is generated from its name, carrier and figures: searching it again only costs time.
    // Its few words go into one short field: fuse.js pays per field value and per character, and with thousands
    // of offers four fields each (name, technology, kind words, carrier) were most of the time a search took.
    // The kind is one word ("casa" or "mobile"); the technology (FTTH, 5G …) and the carrier stay searchable.
    const [technology = '', kindWords = ''] = d.names;
    const kind = kindWords.split(' ').includes('mobile') ? 'mobile' : 'casa';
    return { i, title: fold([d.title, d.carrier, technology, kind].join(' ')), names: [], headings: [], summary: '', carrier: '', text: '' };
  }
  return { i, title: fold(d.title), names: d.names.map(fold), headings: d.headings.map(fold), summary: fold(d.summary), carrier: fold(d.carrier), text: fold(d.text) };
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
  // A quarter of a word's letters may be wrong ("rimodulazone", "prme"): 0.35 also let two typos in seven
  // letters through, and cost fuse.js one more pass over every document for each word of the query.
  threshold: 0.25,
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


/**
 * The file /cerca/indice.json serves: the documents as results show them, and the fuse.js index over their
 * folded fields, made at build time with Fuse.createIndex so the browser only parses it (Fuse.parseIndex).
 */
export interface SearchIndexFile {
  docs: ResultDoc[];
  index: ReturnType<FuseIndex<SearchRecord>['toJSON']>;
}

/** Builds the index file from the documents (at build time). */
export function buildSearchIndex(docs: SearchDoc[]): SearchIndexFile {
  const index = Fuse.createIndex(FUSE_OPTIONS.keys!, docs.map(toRecord));
  return { docs: docs.map(({ type, url, title, carrier, summary }) => ({ type, url, title, carrier, summary })), index: index.toJSON() };
}

/**
 * Prepares a search over one shard of a built index file: the documents whose position modulo `shards` is
 * `shard` (the worker of each shard searches its part, so two cores answer a query in about half the time).
 * The returned function gives the shard's best `limit` hits, best first, before pickHits.
 */
export function createShardSearch(file: SearchIndexFile, shard = 0, shards = 1): (query: string, limit?: number) => ResultHit[] {
  const records = shards > 1 ? file.index.records.filter((r) => r.i % shards === shard) : file.index.records;
  // The records live in the index: fuse.js hands back their positions, which name the documents.
  const fuse = new Fuse<SearchRecord>([], FUSE_OPTIONS, Fuse.parseIndex<SearchRecord>({ ...file.index, records }));
  return (query, limit = 20) => {
    const q = queryWords(query);
    if (q.length < MIN_QUERY_CHARS) return [];
    return fuse.search(q, { limit }).map((r) => ({ i: r.refIndex, doc: file.docs[r.refIndex]!, score: r.score ?? 1 }));
  };
}

/** Prepares a search over a whole built index file; the returned function answers one query with the best `limit` hits. */
export function createIndexedSearch(file: SearchIndexFile): (query: string, limit?: number) => ResultHit[] {
  const search = createShardSearch(file);
  return (query, limit = 20) => pickHits([search(query, limit)], limit);
}

/** Prepares a search over `docs` as the site does: through a built index (used by tests and benchmarks). */
export function createSearch(docs: SearchDoc[]): (query: string, limit?: number) => SearchHit[] {
  const search = createIndexedSearch(buildSearchIndex(docs));
  return (query, limit) => search(query, limit).map((h) => ({ doc: docs[h.i]!, score: h.score }));
}
