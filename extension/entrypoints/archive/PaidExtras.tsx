/**
 * Paid extras found on archived invoices or seen by the spotlight on the portal: where they were seen,
 * what each cost so far (invoice amounts, or an "almeno" estimate), the free way out and the refund path.
 * Names as the portal showed them are rendered as text.
 */
import catalog from 'virtual:sentinella-catalog';
import { formatItalianDate } from '../../../shared/dates.ts';
import { formatEuro, type Period } from '../../../shared/money.ts';
import { FREE_VAS_NUMBER } from '../../../shared/config.ts';
import { withoutFreeVasNumber } from '../../../shared/ways-out.ts';
import { listPaidExtras, type PaidExtraItem } from '../../lib/archive/extras-list.ts';
import { paidExtrasOnInvoices, refundPath, refundShort } from '../../lib/archive/paid-extras.ts';
import { t, tParts, uiLanguage } from '../../lib/i18n.ts';
import { invoices, seenExtras, wantedKeys } from './store.ts';

function span(from: string | null, to: string | null): string {
  if (!from || !to) return '';
  const lang = uiLanguage();
  return from === to ? t('archiveOnDay', formatItalianDate(from, lang)) : t('archiveFromTo', [formatItalianDate(from, lang), formatItalianDate(to, lang)]);
}

function onInvoicesText(item: PaidExtraItem): string {
  const n = item.invoiceNumbers.length;
  const numbers = item.invoiceNumbers.join(', ');
  const when = item.invoiceFrom ? span(item.invoiceFrom, item.invoiceTo) : '';
  if (n === 1) return when ? t('archiveSeenOnOneInvoiceWhen', [numbers, when]) : t('archiveSeenOnOneInvoice', numbers);
  return when ? t('archiveSeenOnInvoicesWhen', [String(n), numbers, when]) : t('archiveSeenOnInvoices', [String(n), numbers]);
}

function onPortalText(item: PaidExtraItem): string {
  const when = span(item.portalFrom, item.portalTo);
  if (item.lines.length === 0) return t('archiveSeenOnPortal', when);
  return t(item.lines.length === 1 ? 'archiveSeenOnPortalLine' : 'archiveSeenOnPortalLines', [when, item.lines.join(', ')]);
}

function WhereSeen({ item }: { item: PaidExtraItem }) {
  const invoices = item.onInvoices ? onInvoicesText(item) : null;
  const portal = item.onPortal ? onPortalText(item) : null;
  const text = invoices && portal ? t('archiveSeenBoth', [invoices, portal]) : t('archiveSeen', invoices ?? portal ?? '');
  return <p class="where">{text}</p>;
}

/** A price with its period, in the page's language: "1,99 € al mese". */
const PRICE_PER: Record<Period, string> = {
  day: 'archivePricePerDay',
  week: 'archivePricePerWeek',
  'four-weeks': 'archivePricePerFourWeeks',
  month: 'archivePerMonth',
  'two-months': 'archivePricePerTwoMonths',
  'four-months': 'archivePricePerFourMonths',
  year: 'archivePricePerYear',
  'one-off': 'archivePriceOneOff',
  'per-use': 'archivePricePerUse',
};

function Cost({ item }: { item: PaidExtraItem }) {
  const price = item.priceCents !== null && item.period ? t(PRICE_PER[item.period], formatEuro(item.priceCents)) : null;
  if (item.totalCents === null) return <p>{price ? t('archiveCostUnknownPrice', price) : t('archiveCostUnknown')}</p>;
  if (!item.estimate) return <p>{tParts('archiveCostFromInvoices', [<strong>{formatEuro(item.totalCents)}</strong>])}</p>;
  return <p>{tParts('archiveCostEstimate', [<strong>{t('archiveAtLeast', formatEuro(item.totalCents))}</strong>, price ?? ''])}</p>;
}

const services = new Map(catalog.services.map((s) => [s.id, s]));

/**
 * The free way out. A carrier's own option (in the catalog): its first free way, never 800 44 22 99, which
 * covers third-party premium subscriptions only (CASP 4.0, Delibera 108/19/CONS). An unknown subscription:
 * that number, saying what it covers.
 */
function FreeWayOut({ item }: { item: PaidExtraItem }) {
  const service = item.serviceId ? services.get(item.serviceId) : undefined;
  if (service) {
    const free = withoutFreeVasNumber(service.switchOff).find((w) => w.cost === 0);
    return (
      <p data-testid="free-way">
        {/* The way's label is content data (content/services), as content/ writes it. */}
        {free ? t('archiveFreeWay', free.label.replace(/[.]$/, '')) : t('archiveNoFreeWay')} {refundShort()}
      </p>
    );
  }
  return (
    <p data-testid="free-way">
      {tParts('archiveThirdPartyWay', [<a href={`tel:${FREE_VAS_NUMBER.tel}`}>{FREE_VAS_NUMBER.display}</a>])} {refundShort()}
    </p>
  );
}

function Item({ item }: { item: PaidExtraItem }) {
  return (
    <li
      class={item.wanted ? 'extra wanted' : 'extra'}
      data-testid="paid-extra"
      data-extra-id={item.extraId}
      data-service={item.serviceId ?? 'unknown'}
      data-total-cents={item.totalCents ?? ''}
      data-estimate={String(item.estimate)}
      data-wanted={String(item.wanted)}
      data-sources={[item.onInvoices ? 'invoices' : '', item.onPortal ? 'portal' : ''].filter(Boolean).join(' ')}
    >
      <h3>
        {item.name}
        {item.wanted && <span class="tag"> {t('archiveWantedTag')}</span>}
      </h3>
      <WhereSeen item={item} />
      <Cost item={item} />
      {!item.wanted && <FreeWayOut item={item} />}
    </li>
  );
}

export function PaidExtras() {
  const onInvoices = paidExtrasOnInvoices(invoices.value, catalog.services);
  const wanted = wantedKeys.value;
  const list = listPaidExtras(onInvoices, seenExtras.value, catalog.services, (key) => wanted?.has(key) ?? false);
  if (list.items.length === 0) return null;
  return (
    <section aria-labelledby="extras-title" class="extras">
      <h2 id="extras-title">{t('archiveExtrasTitle')}</h2>
      <p class="count" data-testid="extras-total" data-total-cents={list.totalCents}>
        {list.totalIncludesEstimate ? t('archiveExtrasTotalAtLeast', formatEuro(list.totalCents)) : t('archiveExtrasTotal', formatEuro(list.totalCents))}
        <span class="muted"> {t('archiveExtrasTotalNote')}</span>
      </p>
      <ul>
        {list.items.map((item) => <Item key={item.extraId} item={item} />)}
      </ul>
      <p>{refundPath()}</p>
    </section>
  );
}
