/** The invoice archive: every invoice Sentinella kept, with what it means for the customer. */
import { capture, invoices, notice } from './store.ts';
import { Filters } from './Filters.tsx';
import { InvoiceList } from './InvoiceList.tsx';
import { Totals } from './Totals.tsx';
import { SpendingChart } from './SpendingChart.tsx';
import { PriceRiseNotices } from './PriceRiseNotices.tsx';
import { PaidExtras } from './PaidExtras.tsx';
import { LineComparisons } from './LineComparison.tsx';
import { BackupPanel } from './BackupPanel.tsx';
import { StorageInfo } from './StorageInfo.tsx';

function Count() {
  const total = invoices.value.length;
  const last = capture.value;
  return (
    <p class="count" data-testid="archive-count">
      {total === 1 ? '1 fattura archiviata' : `${total} fatture archiviate`}
      {last ? `, ${last.added} ${last.added === 1 ? 'nuova' : 'nuove'} all'ultima visita (${new Date(last.at).toLocaleString('it-IT', { dateStyle: 'short', timeStyle: 'short' })})` : ''}
    </p>
  );
}

export function ArchivePage() {
  const n = notice.value;
  return (
    <main class="archive">
      <header>
        <h1>Archivio fatture</h1>
        <Count />
        <p class="muted">Sentinella conserva sul tuo computer le fatture che vedi sul portale, con il PDF: restano qui anche quando il portale le cancella o cambi operatore.</p>
      </header>
      <div aria-live="polite">{n && <p class={n.kind === 'error' ? 'error' : 'ok'} role={n.kind === 'error' ? 'alert' : 'status'} data-testid="notice">{n.text}</p>}</div>
      <PriceRiseNotices />
      <PaidExtras />
      <LineComparisons />
      <section aria-labelledby="list-title">
        <h2 id="list-title">Fatture</h2>
        <Filters />
        <Totals />
        <SpendingChart />
        <InvoiceList />
      </section>
      <BackupPanel />
      <StorageInfo />
    </main>
  );
}
