/**
 * The /offerte/ filters: a small island that filters and reorders the server-rendered list in place
 * (each item keeps its data attributes), keeps the state in the URL query, and announces the count.
 * The list itself is complete and ordered without JavaScript; this only narrows it.
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
import './offer-filters.css';

export interface FilterOption {
  value: string;
  label: string;
}

interface Props {
  /** The id of the <ol> holding the ranked offers. */
  listId: string;
  /** Technologies present, with the kind each belongs to. */
  technologies: (FilterOption & { kind: OfferKind })[];
  carriers: FilterOption[];
  /** How many offers the list holds (for the count before hydration). */
  total: number;
}

interface Item {
  el: HTMLElement;
  facets: OfferFacets;
}

const SORT_LABEL: Record<OfferSort, string> = {
  totale: 'Totale in 24 mesi',
  mensile: 'Prezzo dopo la promo',
  prestazioni: 'Velocità o Giga',
};

export default function OfferFilters({ listId, technologies, carriers, total }: Props) {
  const filters = useSignal<Filters>(DEFAULT_FILTERS);
  const maxText = useSignal('');
  const shown = useSignal(total);
  const ready = useSignal(false);
  const items = useRef<Item[]>([]);

  useEffect(() => {
    const list = document.getElementById(listId);
    items.current = list
      ? [...list.querySelectorAll<HTMLElement>('[data-offer-id][data-total-cents]')].map((el) => ({ el, facets: facetsFromDataset(el.dataset) }))
      : [];
    const initial = filtersFromQuery(location.search);
    // A technology the list does not hold (or of the other kind) would silently empty it: ignore it.
    if (initial.technology && !technologies.some((t) => t.value === initial.technology && (initial.kind === null || t.kind === initial.kind))) {
      initial.technology = null;
    }
    maxText.value = initial.maxMonthlyCents === null ? '' : (initial.maxMonthlyCents / 100).toString().replace('.', ',');
    filters.value = initial;
    ready.value = true;
  }, [listId]);

  useSignalEffect(() => {
    const f = filters.value;
    if (!ready.value) return;
    const list = document.getElementById(listId);
    if (!list) return;
    const visible = applyFilters(items.current.map((i) => ({ ...i.facets, el: i.el })), f);
    const keep = new Set(visible.map((v) => v.el));
    for (const { el } of items.current) el.hidden = !keep.has(el);
    // Visible items in the chosen order, then the hidden ones, so the DOM order is the reading order.
    list.append(...visible.map((v) => v.el), ...items.current.filter((i) => !keep.has(i.el)).map((i) => i.el));
    shown.value = visible.length;
    const url = `${location.pathname}${filtersToQuery(f)}${location.hash}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(history.state, '', url);
  });

  const set = (patch: Partial<Filters>) => {
    filters.value = { ...filters.value, ...patch };
  };
  const f = filters.value;
  const techOptions = technologies.filter((t) => f.kind === null || t.kind === f.kind);
  const listed = ready.value ? items.current.length : total;

  return (
    <form class="offer-filters" onSubmit={(e) => e.preventDefault()} aria-label="Filtra le offerte">
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
          {shown.value === 0 ? 'Nessuna offerta corrisponde ai filtri.' : countLabel(shown.value, listed)}
        </p>
        <button
          type="button"
          class="filter-reset"
          disabled={!ready.value}
          onClick={() => {
            maxText.value = '';
            filters.value = DEFAULT_FILTERS;
          }}
        >
          Azzera i filtri
        </button>
      </div>
    </form>
  );
}
