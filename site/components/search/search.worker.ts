/**
 * The /cerca/ search, off the page's main thread: loads the index built at build time (Fuse.parseIndex, no
 * indexing in the browser) and answers queries over its shard of the documents (the island runs one worker per
 * core, up to two, and merges their answers). When several queries arrive while one is being answered, only
 * the newest is answered: typing fast never queues up searches nobody will see.
 */
import { createShardSearch, type SearchIndexFile } from '../../lib/site-search.ts';
import type { SearchReply, SearchRequest } from './search-messages.ts';

let search: ReturnType<typeof createShardSearch> | null = null;
let pending: Extract<SearchRequest, { type: 'search' }> | null = null;
let scheduled = false;

const reply = (message: SearchReply) => postMessage(message);

function answer(): void {
  scheduled = false;
  const request = pending;
  pending = null;
  if (!request || !search) return;
  const start = performance.now();
  const hits = search(request.query, request.limit);
  reply({ type: 'results', id: request.id, query: request.query, hits, ms: performance.now() - start });
}

addEventListener('message', (event: MessageEvent<SearchRequest>) => {
  const message = event.data;
  if (message.type === 'load') {
    fetch(message.url)
      .then((r) => {
        if (!r.ok) throw new Error(`HTTP ${r.status}`);
        return r.json() as Promise<SearchIndexFile>;
      })
      .then((file) => {
        search = createShardSearch(file, message.shard, message.shards);
        reply({ type: 'ready', documents: file.docs.length });
        if (pending && !scheduled) answer();
      })
      .catch((error: unknown) => reply({ type: 'error', message: String(error) }));
    return;
  }
  pending = message;
  // Answer after the messages already waiting have been read, so only the newest query costs a search.
  if (!scheduled && search) {
    scheduled = true;
    setTimeout(answer, 0);
  }
});
