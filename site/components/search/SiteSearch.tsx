/**
 * The /cerca/ island: a search box over the build-time index (fetched once from /cerca/indice.json),
 * results as links with their type and a snippet. The query lives in ?q= so a search can be linked.
 */
import { useSignal, useSignalEffect } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { createSearch, MIN_QUERY_CHARS, TYPE_LABEL, type SearchDoc, type SearchHit } from '../../lib/site-search.ts';
import './site-search.css';

interface Props {
  /** Where the index is served. */
  indexUrl: string;
}

const LIMIT = 20;
const SNIPPET_CHARS = 180;

function snippet(doc: SearchDoc): string {
  const s = doc.summary;
  return s.length > SNIPPET_CHARS ? `${s.slice(0, SNIPPET_CHARS).replace(/\s+\S*$/, '')}…` : s;
}

export default function SiteSearch({ indexUrl }: Props) {
  const query = useSignal('');
  const hits = useSignal<SearchHit[]>([]);
  const state = useSignal<'idle' | 'loading' | 'ready' | 'error'>('idle');
  const search = useRef<ReturnType<typeof createSearch> | null>(null);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    // Words typed before the island woke up win over the URL's ?q=.
    query.value = input.current?.value || (new URLSearchParams(location.search).get('q') ?? '');
    state.value = 'loading';
    fetch(indexUrl)
      .then((r) => {
        if (!r.ok) throw new Error(`HTTP ${r.status}`);
        return r.json() as Promise<SearchDoc[]>;
      })
      .then((docs) => {
        search.current = createSearch(docs);
        state.value = 'ready';
      })
      .catch(() => {
        state.value = 'error';
      });
  }, [indexUrl]);

  useSignalEffect(() => {
    const q = query.value;
    if (state.value !== 'ready' || !search.current) return;
    hits.value = search.current(q, LIMIT);
    const params = new URLSearchParams(location.search);
    if (q.trim()) params.set('q', q.trim());
    else params.delete('q');
    const qs = params.toString();
    const url = `${location.pathname}${qs ? `?${qs}` : ''}${location.hash}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(history.state, '', url);
  });

  const q = query.value.trim();
  let status = '';
  if (state.value === 'loading' && q) status = 'Carico l’indice…';
  else if (state.value === 'error') status = 'La ricerca non è disponibile ora: prova dalle sezioni qui sotto.';
  else if (state.value === 'ready' && q.length >= MIN_QUERY_CHARS) {
    const n = hits.value.length;
    status = n === 0 ? `Nessun risultato per «${q}».` : `${n === LIMIT ? `Primi ${n}` : n} risultat${n === 1 ? 'o' : 'i'} per «${q}».`;
  }

  return (
    <div class="site-search" data-state={state.value}>
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
      {hits.value.length > 0 && q.length >= MIN_QUERY_CHARS && (
        <ol class="search-results">
          {hits.value.map(({ doc }) => (
            <li data-type={doc.type}>
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
