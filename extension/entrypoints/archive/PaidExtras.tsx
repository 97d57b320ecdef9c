/** Paid extras found on archived invoices: what each cost so far, and how to get the money back. */
import catalog from 'virtual:sentinella-catalog';
import { formatEuro } from '../../../shared/money.ts';
import { FREE_VAS_NUMBER } from '../../../shared/config.ts';
import { paidExtrasOnInvoices, REFUND_PATH } from '../../lib/archive/paid-extras.ts';
import { invoices } from './store.ts';

export function PaidExtras() {
  const extras = paidExtrasOnInvoices(invoices.value, catalog.services);
  if (extras.length === 0) return null;
  return (
    <section aria-labelledby="extras-title" class="extras">
      <h2 id="extras-title">Servizi a pagamento nelle fatture</h2>
      <ul>
        {extras.map((e) => (
          <li key={e.serviceId} data-testid="paid-extra" data-service={e.serviceId} data-total-cents={e.totalCents}>
            <strong>{e.name}</strong>: {formatEuro(e.totalCents)} finora, in {e.invoices.length} {e.invoices.length === 1 ? 'fattura' : 'fatture'} ({e.invoices.map((i) => i.number).join(', ')}).
          </li>
        ))}
      </ul>
      <p>{REFUND_PATH}</p>
      <p>Per elencare e disattivare gratis i servizi a pagamento di una linea mobile chiama l'{FREE_VAS_NUMBER.display} da quella linea.</p>
    </section>
  );
}
