/** Monthly spending as an SVG bar chart, with the same figures as a table for screen readers and keyboards. */
import { formatEuro, formatShortMonth } from '../../../shared/format.ts';
import { monthlySpending } from '../../lib/archive/summaries.ts';
import { t, uiLanguage } from '../../lib/i18n.ts';
import { filtered } from './store.ts';

const label = (ym: string) => `${formatShortMonth(ym, uiLanguage())} ${ym.slice(2, 4)}`;

export function SpendingChart() {
  const months = monthlySpending(filtered.value).slice(-24);
  if (months.length === 0) return null;
  const max = Math.max(...months.map((m) => m.cents), 1);
  const W = 720;
  const H = 220;
  const pad = { top: 20, bottom: 36, left: 8 };
  const slot = (W - pad.left * 2) / months.length;
  const barW = Math.max(4, Math.min(40, slot * 0.7));
  const plotH = H - pad.top - pad.bottom;
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="chart-title" data-testid="spending-chart">
        <title id="chart-title">{t('archiveChartTitle', [label(months[0]!.key), label(months[months.length - 1]!.key), formatEuro(max)])}</title>
        <line x1={pad.left} x2={W - pad.left} y1={H - pad.bottom} y2={H - pad.bottom} class="axis" />
        {months.map((m, i) => {
          const h = Math.round((m.cents / max) * plotH);
          const x = pad.left + i * slot + (slot - barW) / 2;
          return (
            <g key={m.key} data-month={m.key} data-cents={m.cents}>
              <rect x={x} y={H - pad.bottom - h} width={barW} height={h} class="bar"><title>{`${label(m.key)}: ${formatEuro(m.cents)}`}</title></rect>
              {(months.length <= 12 || i % 2 === 0) && <text x={x + barW / 2} y={H - pad.bottom + 16} text-anchor="middle" class="tick">{label(m.key)}</text>}
              {months.length <= 12 && m.cents > 0 && <text x={x + barW / 2} y={H - pad.bottom - h - 4} text-anchor="middle" class="tick">{formatEuro(Math.round(m.cents / 100) * 100).replace(',00', '')}</text>}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <details>
          <summary>{t('archiveChartAsTable')}</summary>
          <table data-testid="spending-table">
            <thead><tr><th scope="col">{t('archiveMonth')}</th><th scope="col" class="num">{t('archiveInvoicesTitle')}</th><th scope="col" class="num">{t('archiveSpending')}</th></tr></thead>
            <tbody>{months.map((m) => <tr key={m.key}><th scope="row">{label(m.key)}</th><td class="num">{m.count}</td><td class="num">{formatEuro(m.cents)}</td></tr>)}</tbody>
          </table>
        </details>
      </figcaption>
    </figure>
  );
}
