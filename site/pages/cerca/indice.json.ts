/**
 * /cerca/indice.json: the search index, built from content/ at build time (never from the pages' DOM): the
 * documents as results show them and the fuse.js index over them (Fuse.createIndex), parsed by the search worker.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { buildSearchDocs } from '../../lib/search-index.ts';
import { buildSearchIndex } from '../../lib/site-search.ts';
import { BUILD_DAY } from '../../lib/build-day.ts';

export const GET: APIRoute = async () => {
  const [operators, guides, services, offers] = await Promise.all([
    getCollection('operators'),
    getCollection('guides'),
    getCollection('services'),
    getCollection('offers'),
  ]);
  const docs = buildSearchDocs({ operators, guides, services, offers }, BUILD_DAY);
  return new Response(JSON.stringify(buildSearchIndex(docs)), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
