/** The popup's view of the invoice archive: how many, the latest, unpaid ones due soon, and the way in. */
import { signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { formatEuro } from '../../../shared/money.ts';
import { formatItalianDateShort, today } from '../../../shared/dates.ts';
import { openArchive } from '../../lib/archive/db.ts';
import { lastCapture, lastError, listInvoices } from '../../lib/archive/archive.ts';
import { unpaidDueSoon, unpaidOverdue } from '../../lib/archive/summaries.ts';
import type { CaptureSummary, InvoiceRecord } from '../../lib/archive/types.ts';
import './invoice-summary.css';

const state = signal<{ invoices: InvoiceRecord[]; capture?: CaptureSummary; error?: string } | undefined>(undefined);

async function load() {
  const db = await openArchive();
  const [invoices, capture, error] = await Promise.all([listInvoices(db), lastCapture(db), lastError(db)]);
  db.close();
  state.value = { invoices, capture, error: error?.message };
}

export function InvoiceSummary() {
  useEffect(() => void load().catch(() => (state.value = { invoices: [], error: "L'archivio delle fatture non si apre." })), []);
  const s = state.value;
  if (!s) return null;
  const latest = s.invoices[0];
  const due = unpaidDueSoon(s.invoices, today());
  const overdue = unpaidOverdue(s.invoices, today()).length;
  const added = s.capture?.added ?? 0;
  return (
    <section class="invoice-summary" aria-labelledby="invoice-summary-title" data-testid="invoice-summary">
      <h2 id="invoice-summary-title">Archivio fatture</h2>
      <p data-testid="invoice-count">
        {s.invoices.length === 1 ? '1 fattura archiviata' : `${s.invoices.length} fatture archiviate`}
        {s.capture ? `, ${added} ${added === 1 ? 'nuova' : 'nuove'}` : ''}
      </p>
      {latest && (
        <p>
          Ultima: n. {latest.number}
          {latest.issueDate ? ` del ${formatItalianDateShort(latest.issueDate)}` : ''}
          {latest.amountCents !== null ? `, ${formatEuro(latest.amountCents)}` : ''}
        </p>
      )}
      {due.length > 0 && (
        <>
          <p>Da pagare nei prossimi 14 giorni:</p>
          <ul class="due" data-testid="invoices-due">
            {due.slice(0, 3).map((inv) => (
              <li key={inv.id}>
                entro il {formatItalianDateShort(inv.dueDate!)}: {inv.amountCents !== null ? formatEuro(inv.amountCents) : 'importo non indicato'} (n. {inv.number})
              </li>
            ))}
          </ul>
          {due.length > 3 && <p>e altre {due.length - 3} nell'archivio.</p>}
        </>
      )}
      {overdue > 0 && (
        <p data-testid="invoices-overdue">
          {overdue === 1 ? '1 fattura risulta' : `${overdue} fatture risultano`} da pagare con la scadenza passata, secondo l'ultima visita al portale.
        </p>
      )}
      {s.error && <p role="alert">{s.error}</p>}
      <p>
        <a href="archive.html" target="_blank" rel="noopener" data-testid="open-archive">Apri l'archivio</a>
      </p>
    </section>
  );
}
