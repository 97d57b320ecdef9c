/** Totals per year and per line of the invoices shown. */
import { formatEuro } from '../../../shared/money.ts';
import { NO_LINE, totalsPerLine, totalsPerYear, type Total } from '../../lib/archive/summaries.ts';
import { t } from '../../lib/i18n.ts';
import { filtered } from './store.ts';

function TotalsTable({ caption, heading, rows, testId }: { caption: string; heading: string; rows: Total[]; testId: string }) {
  return (
    <table class="totals" data-testid={testId}>
      <caption>{caption}</caption>
      <thead><tr><th scope="col">{heading}</th><th scope="col" class="num">{t('archiveInvoicesTitle')}</th><th scope="col" class="num">{t('archiveTotal')}</th></tr></thead>
      <tbody>
        {rows.map((total) => (
          <tr key={total.key} data-key={total.key} data-cents={total.cents}><th scope="row">{total.key === NO_LINE ? t('archiveNoLine') : total.key}</th><td class="num">{total.count}</td><td class="num">{formatEuro(total.cents)}</td></tr>
        ))}
      </tbody>
    </table>
  );
}

export function Totals() {
  const list = filtered.value;
  if (list.length === 0) return null;
  return (
    <div class="totals-grid">
      <TotalsTable caption={t('archiveTotalPerYear')} heading={t('archiveYear')} rows={totalsPerYear(list)} testId="totals-year" />
      <TotalsTable caption={t('archiveTotalPerLine')} heading={t('archiveLine')} rows={totalsPerLine(list)} testId="totals-line" />
    </div>
  );
}
