/**
 * A short card for an offer that is not on the current ranking page, built from its row of
 * /offerte/offerte.json when the filters pull it in. Text only (textContent), never HTML; the same data
 * attributes as the full cards, so the list reads the same to the island and to tests.
 */
import { formatEuro } from '../../../shared/money.ts';
import { formatItalianDate } from '../../../shared/dates.ts';
import { HORIZON_MONTHS } from '../../../shared/offer-cost.ts';
import type { OfferRow } from '../../lib/offer-data.ts';
import { facetAttributes } from '../../lib/offer-filters.ts';
import { italianNumber } from '../../lib/offer-view.ts';
import { paths } from '../../lib/paths.ts';

const KIND_LABEL = { fixed: 'Casa (rete fissa)', mobile: 'Mobile' } as const;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string | null, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

/** "19,90 € al mese per 12 mesi, poi 29,90 €" or "29,90 € al mese". */
export function rowPriceText(r: Pick<OfferRow, 'promoCents' | 'promoMonths' | 'monthlyAfterCents'>): string {
  const after = formatEuro(r.monthlyAfterCents);
  if (r.promoCents === null) return `${after} al mese`;
  const months = r.promoMonths === 1 ? 'il primo mese' : `per ${r.promoMonths} mesi`;
  return `${formatEuro(r.promoCents)} al mese ${months}, poi ${after}`;
}

/** "fino a 2.500 Mbit/s", "150 GB", "Giga illimitati", or null when unknown (grouped as the full cards are). */
export function rowAllowanceText(r: Pick<OfferRow, 'kind' | 'speedMbps' | 'dataGB'>): string | null {
  if (r.kind === 'fixed') return r.speedMbps > 0 ? `fino a ${italianNumber(r.speedMbps)} Mbit/s` : null;
  if (r.dataGB === Number.POSITIVE_INFINITY) return 'Giga illimitati';
  return r.dataGB > 0 ? `${italianNumber(r.dataGB)} GB` : null;
}

export function offerRowItem(r: OfferRow): HTMLLIElement {
  const li = el('li', 'offer-compact');
  li.dataset.offerId = r.id;
  li.dataset.totalCents = String(r.totalCents);
  li.dataset.fromData = '';
  for (const [name, value] of Object.entries(facetAttributes(r))) li.setAttribute(name, value);
  const link = el('a', null, r.name);
  link.href = paths.offer(r.id);
  const facts = [rowPriceText(r), rowAllowanceText(r), r.lockInMonths > 0 ? `vincolo ${r.lockInMonths} mesi` : 'nessun vincolo'].filter((x): x is string => x !== null);
  const date = el('time', null, formatItalianDate(r.asOf));
  date.dateTime = r.asOf;
  const head = el(
    'div',
    'offer-compact-head',
    el(
      'div',
      'offer-compact-title',
      el('p', 'offer-meta', `${r.carrierName} · ${KIND_LABEL[r.kind]} · ${r.technology}`),
      el('h3', null, link),
      el('p', 'offer-compact-facts', facts.join(' · ')),
    ),
    el(
      'p',
      'offer-compact-total',
      el('span', null, `Totale ${HORIZON_MONTHS} mesi`),
      el('strong', null, formatEuro(r.totalCents)),
      el('span', null, `pari a ${formatEuro(r.effectiveMonthlyCents)} al mese`),
    ),
  );
  const source = el('p', 'offer-compact-source', 'Cifre del ', date, ': costi una tantum, condizioni e fonte nella pagina dell’offerta.');
  li.append(el('article', null, head, source));
  return li;
}
