/**
 * The /offerte/ filters: a small island over the whole ranking, not only the page it sits on. It fetches
 * /offerte/offerte.json (every ranked offer in compact form, from the site's own origin), filters and sorts all
 * of it, and shows the matches in the page's list: the page's own cards where it has them, short cards for the
 * others. The state lives in the URL query (?tipo=fisso&tecnologia=FTTH&max=30 …), so a link can open the page
 * with filters set. Without filters the page is exactly as built: complete for its part of the ranking, in
 * order, with links to the other pages; it needs no JavaScript.
 */
import { useSignal, useSignalEffect } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import {
  DEFAULT_FILTERS,
  applyFilters,
  countLabel,
  eurosToCents,
  facetsFromDataset,
  filtersFromQuery,
  filtersToQuery,
  type OfferFacets,
  type OfferFilters as Filters,
  type OfferKind,
  type OfferSort,
} from '../../lib/offer-filters.ts';
import { decodeOfferData, type OfferRow } from '../../lib/offer-data.ts';
import { offerRowItem } from './offer-row-item.ts';
import './offer-filters.css';

export interface FilterOption {
  value: string;
  label: string;
}

interface Props {
  /** The id of the <ol> holding this page's ranked offers. */
  listId: string;
  /** The id of the page links (hidden while filters are on: results then come from every page). */
  paginationId?: string;
  /** Where every ranked offer is served in compact form. */
  dataUrl: string;
  /** Technologies present, with the kind each belongs to. */
  technologies: (FilterOption & { kind: OfferKind })[];
  carriers: FilterOption[];
  /** How many offers the whole ranking holds (for the count before the data arrives). */
  total: number;
}

/** A card on the page as built, with its facets. */
interface PageItem {
  el: HTMLElement;
  facets: OfferFacets;
}

/** How many matches are shown at first, and added by each "Mostra altre". */
const STEP = 100;

const SORT_LABEL: Record<OfferSort, string> = {
  totale: 'Totale in 24 mesi',
  mensile: 'Prezzo dopo la promo',
  prestazioni: 'Velocità o Giga',
};

function isDefault(f: Filters): boolean {
  return filtersToQuery(f) === '';
}

export default function OfferFilters({ listId, paginationId, dataUrl, technologies, carriers, total }: Props) {
  const filters = useSignal<Filters>(DEFAULT_FILTERS);
  const maxText = useSignal('');
  const matches = useSignal(total);
  const limit = useSignal(STEP);
  const ready = useSignal(false);
  /** Every ranked offer, from the data file: fetched when filters are first used, or at once when the URL sets some. */
  const rows = useSignal<OfferRow[] | null>(null);
  const rowsState = useSignal<'idle' | 'loading' | 'ready' | 'failed'>('idle');
  const pageItems = useRef<PageItem[]>([]);
  const made = useRef(new Map<string, HTMLElement>());
  const counterReset = useRef('');

  /** Starts reading the data file once; resolves when it is read or has failed. */
  const loadRows = useRef<() => Promise<void>>(() => Promise.resolve());
  loadRows.current = () => {
    // When this page holds the whole ranking there is nothing more to read.
    if (rowsState.value !== 'idle' || pageItems.current.length >= total) return Promise.resolve();
    rowsState.value = 'loading';
    return fetch(dataUrl)
      .then((r) => {
        if (!r.ok) throw new Error(`HTTP ${r.status}`);
        return r.json();
      })
      .then((file: unknown) => {
        rows.value = decodeOfferData(file);
        rowsState.value = 'ready';
      })
      .catch(() => {
        // Without the data file the filters still work on this page's offers, and say so.
        rowsState.value = 'failed';
      });
  };

  useEffect(() => {
    const list = document.getElementById(listId);
    pageItems.current = list
      ? [...list.querySelectorAll<HTMLElement>(':scope > [data-offer-id][data-total-cents]')].map((el) => ({ el, facets: facetsFromDataset(el.dataset) }))
      : [];
    counterReset.current = list?.style.counterReset ?? '';
    const initial = filtersFromQuery(location.search);
    // A technology the ranking does not hold (or of the other kind) would silently empty it: ignore it.
    if (initial.technology && !technologies.some((t) => t.value === initial.technology && (initial.kind === null || t.kind === initial.kind))) {
      initial.technology = null;
    }
    maxText.value = initial.maxMonthlyCents === null ? '' : (initial.maxMonthlyCents / 100).toString().replace('.', ',');
    let done = false;
    // A page opened with filters (a shared link, the extension's) waits for every offer before it shows them.
    void (isDefault(initial) ? Promise.resolve() : loadRows.current()).then(() => {
      if (done) return;
      filters.value = initial;
      ready.value = true;
    });
    return () => {
      done = true;
    };
  }, [listId, dataUrl]);

  useSignalEffect(() => {
    const f = filters.value;
    const shownUpTo = limit.value;
    if (!ready.value) return;
    const list = document.getElementById(listId);
    if (!list) return;
    const pagination = paginationId ? document.getElementById(paginationId) : null;
    const page = pageItems.current;
    if (isDefault(f)) {
      // The page as built: its own cards in its own order, and the links to the other pages.
      for (const node of made.current.values()) node.remove();
      for (const { el } of page) el.hidden = false;
      list.append(...page.map((i) => i.el));
      list.style.counterReset = counterReset.current;
      if (pagination) pagination.hidden = false;
      matches.value = total;
    } else {
      const byId = new Map(page.map((i) => [i.facets.id, i.el]));
      // Until every offer is read (or if it cannot be), this page's offers are filtered.
      const all = rows.value ?? page.map((i) => ({ ...i.facets }) as OfferFacets);
      const found = applyFilters(all, f);
      const visible = found.slice(0, shownUpTo).map((r) => {
        let node = byId.get(r.id) ?? made.current.get(r.id);
        if (!node) {
          node = offerRowItem(r as OfferRow);
          made.current.set(r.id, node);
        }
        return node;
      });
      const keep = new Set(visible);
      for (const { el } of page) el.hidden = !keep.has(el);
      for (const node of made.current.values()) if (!keep.has(node)) node.remove();
      for (const node of visible) node.hidden = false;
      // Visible cards in the chosen order, then this page's hidden ones, so the DOM order is the reading order.
      list.append(...visible, ...page.filter((i) => !keep.has(i.el)).map((i) => i.el));
      // Ranks count from 1 over the matches, whatever page the reader started on.
      list.style.counterReset = 'offer-rank 0';
      if (pagination) pagination.hidden = true;
      matches.value = found.length;
    }
    const url = `${location.pathname}${filtersToQuery(f)}${location.hash}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(history.state, '', url);
  });

  const set = (patch: Partial<Filters>) => {
    void loadRows.current();
    limit.value = STEP;
    filters.value = { ...filters.value, ...patch };
  };
  const f = filters.value;
  const techOptions = technologies.filter((t) => f.kind === null || t.kind === f.kind);
  const filtering = ready.value && !isDefault(f);
  const hiddenMatches = filtering ? Math.max(0, matches.value - limit.value) : 0;
  const onlyThisPage = filtering && rows.value === null && pageItems.current.length < total;
  const listed = onlyThisPage ? pageItems.current.length : total;

  return (
    <form
      class="offer-filters"
      onSubmit={(e) => e.preventDefault()}
      // The first touch of a filter starts reading every offer, so the choice applies to all of them.
      onFocusIn={() => void loadRows.current()}
      onPointerDown={() => void loadRows.current()}
      aria-label="Filtra le offerte"
    >
      <fieldset disabled={!ready.value}>
        <legend>Filtra e ordina</legend>
        <div class="filter-row">
          <label>
            Tipo
            <select
              name="tipo"
              value={f.kind ?? ''}
              onChange={(e) => {
                const kind = ((e.currentTarget.value || null) as OfferKind | null);
                const techStillFits = f.technology === null || technologies.some((t) => t.value === f.technology && (kind === null || t.kind === kind));
                set({ kind, technology: techStillFits ? f.technology : null });
              }}
            >
              <option value="">Casa e mobile</option>
              <option value="fixed">Casa (rete fissa)</option>
              <option value="mobile">Mobile</option>
            </select>
          </label>
          <label>
            Tecnologia
            <select name="tecnologia" value={f.technology ?? ''} onChange={(e) => set({ technology: e.currentTarget.value || null })}>
              <option value="">Tutte</option>
              {techOptions.map((t) => <option value={t.value}>{t.label}</option>)}
            </select>
          </label>
          <label>
            Operatore
            <select name="operatore" value={f.carrier ?? ''} onChange={(e) => set({ carrier: e.currentTarget.value || null })}>
              <option value="">Tutti</option>
              {carriers.map((c) => <option value={c.value}>{c.label}</option>)}
            </select>
          </label>
          <label>
            Massimo al mese (€)
            <input
              name="max"
              type="text"
              inputMode="decimal"
              size={6}
              value={maxText.value}
              aria-describedby="filtro-max-nota"
              onInput={(e) => {
                maxText.value = e.currentTarget.value;
                set({ maxMonthlyCents: eurosToCents(e.currentTarget.value) });
              }}
            />
          </label>
          <label class="filter-check">
            <input type="checkbox" name="vincolo" checked={f.noLockIn} onChange={(e) => set({ noLockIn: e.currentTarget.checked })} />
            Solo senza vincolo
          </label>
          <label>
            Ordina per
            <select name="ordine" value={f.sort} onChange={(e) => set({ sort: e.currentTarget.value as OfferSort })}>
              {(Object.keys(SORT_LABEL) as OfferSort[]).map((s) => <option value={s}>{SORT_LABEL[s]}</option>)}
            </select>
          </label>
        </div>
        <p id="filtro-max-nota" class="filter-note">Il massimo al mese vale per la spesa media su 24 mesi, attivazione e modem inclusi.</p>
      </fieldset>
      <div class="filter-summary">
        <p class="filter-count" role="status" aria-live="polite" aria-atomic="true">
          {matches.value === 0 ? 'Nessuna offerta corrisponde ai filtri.' : countLabel(matches.value, listed)}
          {onlyThisPage && (rowsState.value === 'loading' ? ' in questa pagina (carico le altre…)' : ' (filtri applicati solo alle offerte di questa pagina)')}
        </p>
        <button
          type="button"
          class="filter-reset"
          disabled={!ready.value}
          onClick={() => {
            maxText.value = '';
            limit.value = STEP;
            filters.value = DEFAULT_FILTERS;
          }}
        >
          Azzera i filtri
        </button>
      </div>
      {hiddenMatches > 0 && (
        <p class="filter-more-note">
          Qui sotto le prime {limit.value} in classifica.{' '}
          <button type="button" class="filter-more" data-action="more-offers" onClick={() => (limit.value += STEP)}>
            Mostra altre {Math.min(STEP, hiddenMatches)} (ne restano {hiddenMatches})
          </button>
        </p>
      )}
    </form>
  );
}
