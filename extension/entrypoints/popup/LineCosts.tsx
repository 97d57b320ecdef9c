/**
 * The popup's view of the bill comparison: one row per archived line, its real monthly cost and how much more
 * (or less) than the sourced market average it costs in a year. The detail, the sources and the limits are on
 * the archive page.
 */
import { signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import catalog from 'virtual:sentinella-catalog';
import compare from 'virtual:sentinella-catalog/compare';
import { formatEuro } from '../../../shared/money.ts';
import { today } from '../../../shared/dates.ts';
import { SITE_URL } from '../../../shared/config.ts';
import { t, tParts } from '../../lib/i18n.ts';
import { openArchive } from '../../lib/archive/db.ts';
import { listInvoices } from '../../lib/archive/archive.ts';
import { lineCosts } from '../../lib/archive/line-cost.ts';
import { aboutEuros, compareArchive, type LineReport } from '../../lib/archive/market-compare.ts';
import './line-costs.css';

const reports = signal<LineReport[] | undefined>(undefined);

async function load() {
  const db = await openArchive();
  const invoices = await listInvoices(db);
  db.close();
  reports.value = compareArchive(lineCosts(invoices, catalog.services), catalog.operators, compare, SITE_URL, today());
}

function difference(r: LineReport): string {
  const d = r.comparison?.yearlyDifferenceCents;
  if (r.business) return t('popupLineBusiness');
  if (d === null || d === undefined) return t('popupLineNoAverage');
  const rounded = aboutEuros(d);
  if (d >= 1200) return t('popupLineAbove', rounded);
  if (d <= -1200) return t('popupLineBelow', rounded);
  return t('popupLineInLine');
}

export function LineCosts() {
  useEffect(() => void load().catch(() => (reports.value = [])), []);
  const list = reports.value;
  if (!list || list.length === 0) return null;
  return (
    <section class="line-costs" aria-labelledby="line-costs-title" data-testid="line-costs">
      <h2 id="line-costs-title">{t('popupLinesTitle')}</h2>
      <ul>
        {list.map((r) => (
          <li key={`${r.cost.carrier}|${r.cost.line}`} data-line={r.cost.line} data-monthly-cents={r.cost.monthlyCents} data-yearly-difference-cents={r.comparison?.yearlyDifferenceCents ?? ''}>
            {tParts('popupLineCost', [<span class="line-name">{r.cost.line}</span>, formatEuro(r.cost.monthlyCents), <strong>{difference(r)}</strong>])}
          </li>
        ))}
      </ul>
      <p class="muted-note">{t('popupLinesNote')}</p>
    </section>
  );
}
