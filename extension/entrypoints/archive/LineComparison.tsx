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
import { invoices, seenExtras, wantedKeys } from './store.ts';
import './line-comparison.css';

const KIND_WORD = { fixed: 'fissa', mobile: 'mobile' } as const;
const KIND_PLURAL = { fixed: 'per la casa', mobile: 'mobili' } as const;

function invoicesWord(n: number): string {
  return n === 1 ? '1 fattura' : `${n} fatture`;
}

function Windows({ cost }: { cost: LineCost }) {
  return (
    <table class="cost-windows">
      <caption class="sr-only">Costo medio al mese della linea {cost.line}</caption>
      <thead>
        <tr><th scope="col">Periodo</th><th scope="col" class="num">Media al mese</th><th scope="col" class="num">Fatture</th></tr>
      </thead>
      <tbody>
        {cost.windows.map((w) => (
          <tr key={w.months} data-window={w.months} data-average-cents={w.averageCents ?? ''} data-invoices={w.invoices}>
            <th scope="row">Ultimi {w.months} mesi</th>
            <td class="num">{w.averageCents === null ? '—' : formatEuro(w.averageCents)}</td>
            <td class="num">{w.invoices}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Trend({ cost }: { cost: LineCost }) {
  const t = cost.trend;
  if (!t) return <p class="muted">Andamento: servono fatture di almeno quattro mesi diversi per dirlo.</p>;
  const words = { up: 'in aumento', down: 'in calo', flat: 'stabile' } as const;
  return (
    <p data-testid="line-trend" data-trend={t.direction}>
      Andamento: <strong>{words[t.direction]}</strong>, da {formatEuro(t.fromCents)} al mese nei mesi precedenti a {formatEuro(t.toCents)} negli ultimi 3.
    </p>
  );
}

function Extras({ cost }: { cost: LineCost }) {
  if (cost.extras.length === 0) return <p>Servizi a pagamento: nessuno trovato sulle fatture o sul portale per questa linea.</p>;
  return (
    <p data-testid="line-extras">
      Servizi a pagamento compresi:{' '}
      {cost.extras
        .map((e) => `${e.name} (${e.monthlyCents === null ? 'prezzo non indicato' : `${formatEuro(e.monthlyCents)} al mese`}, ${e.where === 'invoices' ? 'sulle fatture' : 'visto sul portale'})`)
        .join('; ')}
      . Spegnerli abbassa subito la spesa: trovi come nella sezione dei servizi a pagamento.
    </p>
  );
}

function Limits({ cost, comparison }: { cost: LineCost; comparison: Comparison | null }) {
  return (
    <ul class="limits" data-testid="line-limits" data-basis={cost.basis}>
      {cost.basis === 'totals' ? (
        <li>
          Abbiamo usato <strong>il totale di ogni fattura</strong>, perché il portale non ne mostra le voci. Un totale comprende
          anche importi una tantum, rate del modem o del telefono e traffico oltre i limiti dell'offerta: il confronto è alla
          pari solo per la parte che si ripete ogni mese.
        </li>
      ) : (
        <li>
          Abbiamo usato <strong>solo le voci che si ripetono</strong> su più fatture (canone, opzioni, servizi), lasciando fuori
          gli importi una tantum: così il confronto è alla pari con il prezzo di un'offerta.
        </li>
      )}
      {cost.excluded.length > 0 && (
        <li data-testid="line-excluded">
          Lasciate fuori perché oltre {OUTLIER_FACTOR} volte il solito importo (probabilmente con addebiti una tantum):{' '}
          {cost.excluded.map((x) => `n. ${x.number} di ${formatMonthYear(x.month)}, ${formatEuro(x.amountCents)}`).join('; ')}.
        </li>
      )}
      {cost.basedOn.invoices < MIN_INVOICES && <li>La cifra si basa su {invoicesWord(cost.basedOn.invoices)}: è poco per una media affidabile.</li>}
      {comparison?.benchmark && (
        <li>
          Le fatture non dicono la tecnologia della linea (fibra FTTH o FTTC, FWA, ADSL; 4G o 5G): la confrontiamo con la media
          delle {comparison.benchmark.label}.
          Le medie riguardano le offerte in vendita ai nuovi clienti, non quello che pagano in media i clienti già attivi.
        </li>
      )}
    </ul>
  );
}

function Cheaper({ comparison, kind }: { comparison: Comparison; kind: 'fixed' | 'mobile' }) {
  if (comparison.cheaper.length > 0) {
    return (
      <>
        <h4>Offerte {KIND_PLURAL[kind]} che costano meno in {HORIZON_MONTHS} mesi</h4>
        <ol class="cheaper" data-testid="cheaper-offers">
          {comparison.cheaper.map((c) => (
            <li key={c.offer.id} data-offer-id={c.offer.id} data-total-cents={c.totalCents} data-as-of={c.offer.asOf}>
              <a href={`${SITE_URL}/offerte/${c.offer.id}/`} target="_blank" rel="noopener noreferrer">{c.offer.name}</a> ({c.offer.carrierName}, {c.offer.technology}):{' '}
              {formatEuro(c.totalCents)} in {HORIZON_MONTHS} mesi tutto compreso, pari a {formatEuro(c.effectiveMonthlyCents)} al mese; circa{' '}
              {aboutEuros(c.yearlySavingCents)} l'anno in meno. Prezzi del {formatItalianDate(c.offer.asOf)}.
            </li>
          ))}
        </ol>
      </>
    );
  }
  return (
    <p data-testid="no-cheaper-offers" data-stale-offers={comparison.staleOffers}>
      {comparison.staleOffers > 0
        ? `Non ti indichiamo offerte più convenienti: le ${comparison.staleOffers} offerte ${KIND_PLURAL[kind]} che conosciamo hanno prezzi di oltre un anno fa (più di ${FRESH_DAYS} giorni), e su cifre vecchie non diamo consigli.`
        : `Tra le offerte ${KIND_PLURAL[kind]} con prezzi dell'ultimo anno che conosciamo, nessuna costa meno della tua linea in ${HORIZON_MONTHS} mesi.`}
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
        Linea {cost.line} <span class="tag">{report.carrierName}{kind ? `, linea ${KIND_WORD[kind]}` : ''}</span>
      </h3>
      <p class="line-cost">
        Costo reale: <strong>{formatEuro(cost.monthlyCents)} al mese</strong>{' '}
        <span class="muted">(media degli ultimi {cost.basedOn.months} mesi fino a {formatMonthYear(cost.latestMonth)}, su {invoicesWord(cost.basedOn.invoices)})</span>
      </p>
      <Windows cost={cost} />
      <Trend cost={cost} />
      <Extras cost={cost} />
      {report.business ? (
        <p>Linea business: i prezzi per le aziende sono spesso senza IVA, quindi non la confrontiamo con le medie delle offerte per le famiglie.</p>
      ) : comparison && kind ? (
        <>
          <p class="verdict" data-testid="line-verdict">{comparison.sentence}</p>
          {comparison.benchmark && (
            <p class="benchmark-source">
              Fonte della media:{' '}
              <a href={comparison.benchmark.source.url} target="_blank" rel="noopener noreferrer">{comparison.benchmark.source.title}</a>, dato{' '}
              {comparison.benchmark.asOfPrecision === 'month' ? 'di' : 'del'} {averageDate(comparison.benchmark)}. {comparison.benchmark.method}
              {comparison.benchmarkOld && (
                <strong class="old"> È un dato di oltre un anno fa: da allora i prezzi possono essere cambiati, prendilo come ordine di grandezza.</strong>
              )}
            </p>
          )}
          <Cheaper comparison={comparison} kind={kind} />
          {comparison.siteLink && (
            <p>
              <a href={comparison.siteLink} target="_blank" rel="noopener noreferrer" data-testid="compare-link">
                Vedi sul sito di Sentinella le offerte {KIND_PLURAL[kind]} fino a {formatEuro(cost.monthlyCents)} al mese
              </a>{' '}
              <span class="muted">(si apre con i filtri già impostati: il link porta con sé solo il tipo di linea e questa spesa mensile)</span>
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
      <h2 id="compare-title">La tua spesa e il mercato</h2>
      <p class="muted">
        Calcolato su questo computer dalle fatture archiviate: nessun dato lascia il dispositivo. Le offerte vengono dai dati
        del sito di Sentinella inclusi nell'estensione; mostriamo come più convenienti solo quelle con prezzi di al massimo un anno fa.
      </p>
      {reports.map((r) => <Line key={`${r.cost.carrier}|${r.cost.line}`} report={r} />)}
    </section>
  );
}
