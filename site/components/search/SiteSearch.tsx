/**
 * The /cerca/ island: a search box over the index built at build time, searched in Web Workers
 * (search.worker.ts, one per core up to two, each over half the documents) so no keystroke waits for fuse.js;
 * results as links with their type and a snippet.
 * The query lives in ?q= so a search can be linked.
 */
import { useSignal, useSignalEffect } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { MIN_QUERY_CHARS, TYPE_LABEL, pickHits, queryWords, type ResultDoc, type ResultHit } from '../../lib/search-query.ts';
import type { SearchReply, SearchRequest } from './search-messages.ts';
import './site-search.css';

interface Props {
  /** Where the index is served. */
  indexUrl: string;
}

const LIMIT = 20;
/** Workers to share the documents between: one per core, at most two (more only adds start-up cost). */
const SHARDS = Math.max(1, Math.min(2, globalThis.navigator?.hardwareConcurrency ?? 1));
const SNIPPET_CHARS = 180;
/** How long typing must pause before ?q= is updated. */
const URL_DELAY_MS = 300;

function snippet(doc: ResultDoc): string {
  const s = doc.summary;
  return s.length > SNIPPET_CHARS ? `${s.slice(0, SNIPPET_CHARS).replace(/\s+\S*$/, '')}…` : s;
}

export default function SiteSearch({ indexUrl }: Props) {
  const query = useSignal('');
  /** The hits shown and the query they answer (the worker may still be working on a newer one). */
  const shown = useSignal<{ query: string; hits: ResultHit[] }>({ query: '', hits: [] });
  const state = useSignal<'idle' | 'loading' | 'ready' | 'error'>('idle');
  const workers = useRef<Worker[]>([]);
  const lastId = useRef(0);
  /** The shards' answers to the latest query, by shard. */
  const answers = useRef(new Map<number, ResultHit[]>());
  const input = useRef<HTMLInputElement>(null);
  const urlTimer = useRef<ReturnType<typeof setTimeout>>();

  useEffect(() => {
    state.value = 'loading';
    let ready = 0;
    const all = Array.from({ length: SHARDS }, (_, shard) => {
      const w = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module', name: `ricerca-${shard + 1}` });
      w.addEventListener('message', (event: MessageEvent<SearchReply>) => {
        const m = event.data;
        if (m.type === 'ready') {
          if (++ready === SHARDS) state.value = 'ready';
        } else if (m.type === 'error') state.value = 'error';
        // Only answers to the latest query count: an older one arriving late would flash stale results.
        else if (m.id === lastId.current) {
          answers.current.set(shard, m.hits);
          if (answers.current.size === SHARDS) shown.value = { query: m.query, hits: pickHits([...answers.current.values()], LIMIT) };
        }
      });
      w.addEventListener('error', () => {
        state.value = 'error';
      });
      w.postMessage({ type: 'load', url: indexUrl, shard, shards: SHARDS } satisfies SearchRequest);
      return w;
    });
    workers.current = all;
    // Words typed before the island woke up win over the URL's ?q=.
    query.value = input.current?.value || (new URLSearchParams(location.search).get('q') ?? '');
    return () => all.forEach((w) => w.terminate());
  }, [indexUrl]);

  useSignalEffect(() => {
    const q = query.value;
    // Read here so the query typed while the index loads is searched as soon as it is ready.
    if (state.value === 'ready') {
      const id = ++lastId.current;
      answers.current = new Map();
      if (queryWords(q).length < MIN_QUERY_CHARS) shown.value = { query: q, hits: [] };
      else for (const w of workers.current) w.postMessage({ type: 'search', id, query: q, limit: LIMIT } satisfies SearchRequest);
    }
    // The address follows the box once typing pauses: rewriting it on every key cost the page time for nothing.
    clearTimeout(urlTimer.current);
    urlTimer.current = setTimeout(() => {
      const params = new URLSearchParams(location.search);
      if (q.trim()) params.set('q', q.trim());
      else params.delete('q');
      const qs = params.toString();
      const url = `${location.pathname}${qs ? `?${qs}` : ''}${location.hash}`;
      if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(history.state, '', url);
    }, URL_DELAY_MS);
  });

  const q = query.value.trim();
  const answeredQuery = shown.value.query.trim();
  const answered = answeredQuery === q;
  // Until the workers answer the newest key, the last answer stays on screen (marked busy): emptying the list
  // on every key and filling it again a few milliseconds later cost the page two layouts per key for nothing.
  const hits = q.length >= MIN_QUERY_CHARS && answeredQuery.length >= MIN_QUERY_CHARS ? shown.value.hits : [];
  let status = '';
  if (state.value === 'loading' && q) status = 'Carico l’indice…';
  else if (state.value === 'error') status = 'La ricerca non è disponibile ora: prova dalle sezioni qui sotto.';
  else if (state.value === 'ready' && q.length >= MIN_QUERY_CHARS && answeredQuery.length >= MIN_QUERY_CHARS) {
    const n = hits.length;
    status = n === 0 ? `Nessun risultato per «${answeredQuery}».` : `${n === LIMIT ? `Primi ${n}` : n} risultat${n === 1 ? 'o' : 'i'} per «${answeredQuery}».`;
  }

  return (
    <div class="site-search" data-state={state.value} data-answered={answered && state.value === 'ready' ? q : undefined}>
      <form role="search" aria-label="Ricerca in tutto il sito" action="" method="get" onSubmit={(e) => e.preventDefault()}>
        <label for="cerca-q">Cerca guide, servizi a pagamento e offerte</label>
        <div class="search-row">
          <input
            id="cerca-q"
            ref={input}
            type="search"
            name="q"
            autocomplete="off"
            placeholder="es. prime go, lo sai, fibra"
            value={query.value}
            onInput={(e) => {
              query.value = e.currentTarget.value;
            }}
          />
          <button type="submit">Cerca</button>
        </div>
      </form>
      <p class="search-status" role="status" aria-live="polite" aria-atomic="true">{status}</p>
      {hits.length > 0 && q.length >= MIN_QUERY_CHARS && (
        <ol class="search-results" aria-busy={answered ? undefined : 'true'}>
          {hits.map(({ doc }) => (
            <li key={doc.url} data-type={doc.type}>
              <span class="result-type">{TYPE_LABEL[doc.type]}</span>{' '}
              <a href={doc.url}>{doc.title}</a>
              {doc.carrier && <span class="result-carrier"> · {doc.carrier}</span>}
              <p class="result-snippet">{snippet(doc)}</p>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
