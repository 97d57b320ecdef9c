/**
 * Paid extras found on archived invoices or seen by the spotlight on the portal: where they were seen,
 * what each cost so far (invoice amounts, or an "almeno" estimate), the free way out and the refund path.
 * Names as the portal showed them are rendered as text.
 */
import catalog from 'virtual:sentinella-catalog';
import { formatItalianDate } from '../../../shared/dates.ts';
import { formatEuro, formatPrice } from '../../../shared/money.ts';
import { FREE_VAS_NUMBER } from '../../../shared/config.ts';
import { withoutFreeVasNumber } from '../../../shared/ways-out.ts';
import { listPaidExtras, type PaidExtraItem } from '../../lib/archive/extras-list.ts';
import { paidExtrasOnInvoices, REFUND_PATH, REFUND_SHORT } from '../../lib/archive/paid-extras.ts';
import { invoices, seenExtras, wantedKeys } from './store.ts';

function span(from: string | null, to: string | null): string {
  if (!from || !to) return '';
  return from === to ? `il ${formatItalianDate(from)}` : `dal ${formatItalianDate(from)} al ${formatItalianDate(to)}`;
}

function WhereSeen({ item }: { item: PaidExtraItem }) {
  const places: string[] = [];
  if (item.onInvoices) {
    const n = item.invoiceNumbers.length;
    places.push(`sulle fatture (${n} ${n === 1 ? 'fattura' : 'fatture'}: ${item.invoiceNumbers.join(', ')}${item.invoiceFrom ? `; ${span(item.invoiceFrom, item.invoiceTo)}` : ''})`);
  }
  if (item.onPortal) {
    const lines = item.lines.length > 0 ? `, ${item.lines.length === 1 ? 'linea' : 'linee'} ${item.lines.join(', ')}` : '';
    places.push(`sul portale (${span(item.portalFrom, item.portalTo)}${lines})`);
  }
  return <p class="where">Visto {places.join(' e ')}.</p>;
}

function Cost({ item }: { item: PaidExtraItem }) {
  const price = item.priceCents !== null && item.period ? formatPrice(item.priceCents, item.period) : null;
  if (item.totalCents === null) return <p>Costo finora non calcolabile{price ? ` (prezzo visto: ${price})` : ''}.</p>;
  if (!item.estimate) return <p>Costato finora: <strong>{formatEuro(item.totalCents)}</strong> (importi delle fatture).</p>;
  return (
    <p>
      Costato finora: <strong>almeno {formatEuro(item.totalCents)}</strong> — stima da {price} tra la prima e l'ultima volta che Sentinella l'ha visto attivo sul portale.
    </p>
  );
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
        {free ? `Per disattivarlo gratis: ${free.label.replace(/[.]$/, '')}.` : 'Le fonti non indicano un modo gratuito per disattivarlo: chiedi al servizio clienti se la richiesta costa qualcosa.'}{' '}
        {REFUND_SHORT}
      </p>
    );
  }
  return (
    <p data-testid="free-way">
      Se è un abbonamento di terze parti (oroscopi, giochi, suonerie), chiama gratis dalla linea interessata l'<a href={`tel:${FREE_VAS_NUMBER.tel}`}>{FREE_VAS_NUMBER.display}</a>, il Call Center Unico di questi abbonamenti. {REFUND_SHORT}
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
        {item.wanted && <span class="tag"> Lo vuoi tenere: non conteggiato</span>}
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
      <h2 id="extras-title">Servizi a pagamento sulle fatture e sul portale</h2>
      <p class="count" data-testid="extras-total" data-total-cents={list.totalCents}>
        Costati finora: {list.totalIncludesEstimate ? 'almeno ' : ''}
        {formatEuro(list.totalCents)}
        <span class="muted"> (esclusi i servizi che vuoi tenere)</span>
      </p>
      <ul>
        {list.items.map((item) => <Item key={item.extraId} item={item} />)}
      </ul>
      <p>{REFUND_PATH}</p>
    </section>
  );
}
