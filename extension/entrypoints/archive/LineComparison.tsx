/**
 * "La tua spesa e il mercato": per line, what it really costs per month from the archived invoices (3, 6 and 12
 * months, with how many invoices each figure rests on), its trend and the paid extras in it; beside it the
 * sourced market average and the cheapest offers of the same kind whose figures are at most a year old, and a
 * link to the site's ranking with the filters set. Computed here, offline; honest about what it cannot see.
 * Each comparison carries data-line, data-monthly-cents, data-benchmark-cents and data-benchmark-source.
 */
import catalog from 'virtual:sentinella-catalog';
import compare from 'virtual:sentinella-catalog/compare';
import { formatEuro } from '../../../shared/money.ts';
import { today } from '../../../shared/dates.ts';
import { formatItalianDate, formatMonthYear } from '../../../shared/format.ts';
import { SITE_URL } from '../../../shared/config.ts';
import { HORIZON_MONTHS } from '../../../shared/offer-cost.ts';
import { lineCosts, MIN_INVOICES, OUTLIER_FACTOR, type LineCost } from '../../lib/archive/line-cost.ts';
import { aboutEuros, averageDate, compareArchive, FRESH_DAYS, type LineComparison as Comparison, type LineReport } from '../../lib/archive/market-compare.ts';
import { t, tParts, uiLanguage } from '../../lib/i18n.ts';
import { invoices, seenExtras, wantedKeys } from './store.ts';
import './line-comparison.css';

function invoicesWord(n: number): string {
  return n === 1 ? t('archiveOneInvoice') : t('archiveManyInvoices', String(n));
}

function Windows({ cost }: { cost: LineCost }) {
  return (
    <table class="cost-windows">
      <caption class="sr-only">{t('archiveWindowsCaption', cost.line)}</caption>
      <thead>
        <tr><th scope="col">{t('archivePeriod')}</th><th scope="col" class="num">{t('archiveMonthlyAverage')}</th><th scope="col" class="num">{t('archiveInvoicesTitle')}</th></tr>
      </thead>
      <tbody>
        {cost.windows.map((w) => (
          <tr key={w.months} data-window={w.months} data-average-cents={w.averageCents ?? ''} data-invoices={w.invoices}>
            <th scope="row">{t('archiveLastMonths', String(w.months))}</th>
            <td class="num">{w.averageCents === null ? '—' : formatEuro(w.averageCents)}</td>
            <td class="num">{w.invoices}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Trend({ cost }: { cost: LineCost }) {
  const trend = cost.trend;
  if (!trend) return <p class="muted">{t('archiveTrendUnknown')}</p>;
  const words = { up: t('archiveTrendUp'), down: t('archiveTrendDown'), flat: t('archiveTrendFlat') };
  return (
    <p data-testid="line-trend" data-trend={trend.direction}>
      {tParts('archiveTrend', [<strong>{words[trend.direction]}</strong>, formatEuro(trend.fromCents), formatEuro(trend.toCents)])}
    </p>
  );
}

function Extras({ cost }: { cost: LineCost }) {
  if (cost.extras.length === 0) return <p>{t('archiveLineNoExtras')}</p>;
  const list = cost.extras
    .map((e) => {
      const price = e.monthlyCents === null ? t('archivePriceUnknown') : t('archivePerMonth', formatEuro(e.monthlyCents));
      return t(e.where === 'invoices' ? 'archiveLineExtraOnInvoices' : 'archiveLineExtraOnPortal', [e.name, price]);
    })
    .join('; ');
  return <p data-testid="line-extras">{t('archiveLineExtras', list)}</p>;
}

function Limits({ cost, comparison }: { cost: LineCost; comparison: Comparison | null }) {
  return (
    <ul class="limits" data-testid="line-limits" data-basis={cost.basis}>
      {cost.basis === 'totals' ? (
        <li>{tParts('archiveBasisTotals', [<strong>{t('archiveBasisTotalsStrong')}</strong>])}</li>
      ) : (
        <li>{tParts('archiveBasisItems', [<strong>{t('archiveBasisItemsStrong')}</strong>])}</li>
      )}
      {cost.excluded.length > 0 && (
        <li data-testid="line-excluded">
          {t('archiveExcluded', [String(OUTLIER_FACTOR), cost.excluded.map((x) => t('archiveExcludedInvoice', [x.number, formatMonthYear(x.month, uiLanguage()), formatEuro(x.amountCents)])).join('; ')])}
        </li>
      )}
      {cost.basedOn.invoices < MIN_INVOICES && <li>{t('archiveFewInvoices', invoicesWord(cost.basedOn.invoices))}</li>}
      {comparison?.benchmark && (
        // The average's label ("offerte in fibra FTTH") is content data: it stays as content/ writes it.
        <li>{t('archiveTechnologyUnknown', comparison.benchmark.label)}</li>
      )}
    </ul>
  );
}

function Cheaper({ comparison, kind }: { comparison: Comparison; kind: 'fixed' | 'mobile' }) {
  if (comparison.cheaper.length > 0) {
    return (
      <>
        <h4>{t(kind === 'fixed' ? 'archiveCheaperFixed' : 'archiveCheaperMobile', String(HORIZON_MONTHS))}</h4>
        <ol class="cheaper" data-testid="cheaper-offers">
          {comparison.cheaper.map((c) => (
            <li key={c.offer.id} data-offer-id={c.offer.id} data-total-cents={c.totalCents} data-as-of={c.offer.asOf}>
              {tParts('archiveCheaperOffer', [
                <a href={`${SITE_URL}/offerte/${c.offer.id}/`} target="_blank" rel="noopener noreferrer">{c.offer.name}</a>,
                c.offer.carrierName,
                c.offer.technology,
                formatEuro(c.totalCents),
                String(HORIZON_MONTHS),
                formatEuro(c.effectiveMonthlyCents),
                aboutEuros(c.yearlySavingCents),
                formatItalianDate(c.offer.asOf, uiLanguage()),
              ])}
            </li>
          ))}
        </ol>
      </>
    );
  }
  return (
    <p data-testid="no-cheaper-offers" data-stale-offers={comparison.staleOffers}>
      {comparison.staleOffers > 0
        ? t(kind === 'fixed' ? 'archiveStaleOffersFixed' : 'archiveStaleOffersMobile', [String(comparison.staleOffers), String(FRESH_DAYS)])
        : t(kind === 'fixed' ? 'archiveNoCheaperFixed' : 'archiveNoCheaperMobile', String(HORIZON_MONTHS))}
    </p>
  );
}

function Line({ report }: { report: LineReport }) {
  const { cost, comparison } = report;
  const kind = cost.kind;
  return (
    <article
      class="comparison"
      data-testid="line-comparison"
      data-line={cost.line}
      data-carrier={cost.carrier}
      data-kind={kind ?? ''}
      data-monthly-cents={cost.monthlyCents}
      data-benchmark-cents={comparison?.benchmarkCents ?? ''}
      data-benchmark-source={comparison?.benchmark?.source.url ?? ''}
      data-yearly-difference-cents={comparison?.yearlyDifferenceCents ?? ''}
    >
      <h3>
        {tParts('archiveLineHeading', [
          cost.line,
          <span class="tag">{kind ? t(kind === 'fixed' ? 'archiveCarrierFixedLine' : 'archiveCarrierMobileLine', report.carrierName) : report.carrierName}</span>,
        ])}
      </h3>
      <p class="line-cost">
        {tParts('archiveRealCost', [
          <strong>{t('archivePerMonth', formatEuro(cost.monthlyCents))}</strong>,
          <span class="muted">{t('archiveRealCostBasis', [String(cost.basedOn.months), formatMonthYear(cost.latestMonth, uiLanguage()), invoicesWord(cost.basedOn.invoices)])}</span>,
        ])}
      </p>
      <Windows cost={cost} />
      <Trend cost={cost} />
      <Extras cost={cost} />
      {report.business ? (
        <p>{t('archiveBusinessLine')}</p>
      ) : comparison && kind ? (
        <>
          <p class="verdict" data-testid="line-verdict">{comparison.sentence}</p>
          {comparison.benchmark && (
            <p class="benchmark-source">
              {tParts(comparison.benchmark.asOfPrecision === 'month' ? 'archiveAverageSourceMonth' : 'archiveAverageSourceDay', [
                <a href={comparison.benchmark.source.url} target="_blank" rel="noopener noreferrer">{comparison.benchmark.source.title}</a>,
                averageDate(comparison.benchmark, uiLanguage()),
              ])}{' '}
              {/* How the source computed its average is content data, as content/ writes it. */}
              {comparison.benchmark.method}
              {comparison.benchmarkOld && (
                <> <strong class="old">{t('archiveAverageOld')}</strong></>
              )}
            </p>
          )}
          <Cheaper comparison={comparison} kind={kind} />
          {comparison.siteLink && (
            <p>
              <a href={comparison.siteLink} target="_blank" rel="noopener noreferrer" data-testid="compare-link">
                {t(kind === 'fixed' ? 'archiveSiteLinkFixed' : 'archiveSiteLinkMobile', formatEuro(cost.monthlyCents))}
              </a>{' '}
              <span class="muted">{t('archiveSiteLinkNote')}</span>
            </p>
          )}
        </>
      ) : comparison ? (
        <p class="verdict" data-testid="line-verdict">{comparison.sentence}</p>
      ) : null}
      <Limits cost={cost} comparison={comparison} />
    </article>
  );
}

export function LineComparisons() {
  const wanted = wantedKeys.value;
  const costs = lineCosts(invoices.value, catalog.services, seenExtras.value, (key) => wanted?.has(key) ?? false);
  if (costs.length === 0) return null;
  const reports = compareArchive(costs, catalog.operators, compare, SITE_URL, today());
  return (
    <section aria-labelledby="compare-title" class="comparisons" data-testid="line-comparisons">
      <h2 id="compare-title">{t('archiveCompareTitle')}</h2>
      <p class="muted">{t('archiveCompareIntro')}</p>
      {reports.map((r) => <Line key={`${r.cost.carrier}|${r.cost.line}`} report={r} />)}
    </section>
  );
}
