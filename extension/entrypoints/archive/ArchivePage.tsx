/** The invoice archive: every invoice Sentinella kept, with what it means for the customer. */
import { formatMoment } from '../../../shared/format.ts';
import { t, uiLanguage } from '../../lib/i18n.ts';
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
  const n = String(total);
  let text: string;
  if (!last) text = total === 1 ? t('invoicesArchivedOne') : t('invoicesArchivedMany', n);
  else {
    const when = formatMoment(last.at, uiLanguage());
    const added = String(last.added);
    if (total === 1) text = last.added === 1 ? t('archiveCountOneNewOne', when) : t('archiveCountOneNewMany', [added, when]);
    else text = last.added === 1 ? t('archiveCountManyNewOne', [n, when]) : t('archiveCountManyNewMany', [n, added, when]);
  }
  return <p class="count" data-testid="archive-count">{text}</p>;
}

export function ArchivePage() {
  const n = notice.value;
  return (
    <main class="archive">
      <header>
        <h1>{t('archiveTitle')}</h1>
        <Count />
        <p class="muted">{t('archiveIntro')}</p>
      </header>
      <div aria-live="polite">{n && <p class={n.kind === 'error' ? 'error' : 'ok'} role={n.kind === 'error' ? 'alert' : 'status'} data-testid="notice">{n.text}</p>}</div>
      <PriceRiseNotices />
      <PaidExtras />
      <LineComparisons />
      <section aria-labelledby="list-title">
        <h2 id="list-title">{t('archiveInvoicesTitle')}</h2>
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
