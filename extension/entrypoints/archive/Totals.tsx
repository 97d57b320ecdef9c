/** Totals per year and per line of the invoices shown. */
import { formatEuro } from '../../../shared/money.ts';
import { totalsPerLine, totalsPerYear, type Total } from '../../lib/archive/summaries.ts';
import { filtered } from './store.ts';

function TotalsTable({ caption, heading, rows, testId }: { caption: string; heading: string; rows: Total[]; testId: string }) {
  return (
    <table class="totals" data-testid={testId}>
      <caption>{caption}</caption>
      <thead><tr><th scope="col">{heading}</th><th scope="col" class="num">Fatture</th><th scope="col" class="num">Totale</th></tr></thead>
      <tbody>
        {rows.map((t) => (
          <tr key={t.key} data-key={t.key} data-cents={t.cents}><th scope="row">{t.key}</th><td class="num">{t.count}</td><td class="num">{formatEuro(t.cents)}</td></tr>
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
      <TotalsTable caption="Totale per anno" heading="Anno" rows={totalsPerYear(list)} testId="totals-year" />
      <TotalsTable caption="Totale per linea" heading="Linea" rows={totalsPerLine(list)} testId="totals-line" />
    </div>
  );
}
