/** The search index file built at build time (Fuse.createIndex) and searched by the workers, whole or in shards. */
import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { loadContent } from '../../shared/catalog/load.ts';
import { buildSearchDocs } from '../../site/lib/search-index.ts';
import { buildSearchIndex, createIndexedSearch, createShardSearch } from '../../site/lib/site-search.ts';
import { pickHits } from '../../site/lib/search-query.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const docs = buildSearchDocs(loadContent(ROOT), '2026-12-01');
// The file as the browser gets it: through JSON.
const file = JSON.parse(JSON.stringify(buildSearchIndex(docs))) as ReturnType<typeof buildSearchIndex>;

describe('the index file', () => {
  test('holds one record per document, made beforehand, and only what results show', () => {
    expect(file.index.records).toHaveLength(docs.length);
    expect(file.docs).toHaveLength(docs.length);
    expect(Object.keys(file.docs[0]!).sort()).toEqual(['carrier', 'summary', 'title', 'type', 'url']);
    // The guides' bodies are in the index records, not repeated in the documents.
    expect(JSON.stringify(file.docs)).not.toContain(docs.find((d) => d.type === 'guide')!.text.slice(0, 200));
  });

  test('searched from the parsed file, it finds what readers mean', () => {
    const search = createIndexedSearch(file);
    expect(search('prme go')[0]?.doc.url).toBe('/servizi-a-pagamento/tim-prime-go/');
    expect(search('p')).toEqual([]);
  });

  test('two shards together answer as the whole index does', () => {
    const whole = createIndexedSearch(file);
    const shards = [createShardSearch(file, 0, 2), createShardSearch(file, 1, 2)];
    for (const q of ['prme go', 'lo sai chiamate perse', 'fibra', 'iliad 5g', 'rimodulazone']) {
      const merged = pickHits(shards.map((s) => s(q, 20)), 20);
      // Rare words weigh more, counted per shard: the same documents come first, scores may differ slightly.
      expect(merged[0]?.doc.url, q).toBe(whole(q)[0]?.doc.url);
      expect(new Set(merged.slice(0, 3).map((h) => h.doc.url)), q).toEqual(new Set(whole(q).slice(0, 3).map((h) => h.doc.url)));
    }
  });
});
