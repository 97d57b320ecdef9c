/** The messages between the /cerca/ island and its search worker. */
import type { ResultHit } from '../../lib/search-query.ts';

export type SearchRequest =
  /** Load the index and search the documents whose position modulo `shards` is `shard`. */
  | { type: 'load'; url: string; shard: number; shards: number }
  | { type: 'search'; id: number; query: string; limit: number };

export type SearchReply =
  | { type: 'ready'; documents: number }
  | { type: 'error'; message: string }
  /** `ms`: how long the search took in the worker. */
  | { type: 'results'; id: number; query: string; hits: ResultHit[]; ms: number };
