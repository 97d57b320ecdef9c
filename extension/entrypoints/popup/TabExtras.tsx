/** On a carrier page: the paid extras that tab shows, and what they cost in a year. */
import { formatEuro } from '../../../shared/money.ts';
import { t } from '../../lib/i18n.ts';
import type { SpotlightSummary } from '../../lib/tab-messages.ts';

export function TabExtras({ summary }: { summary: SpotlightSummary }) {
  return (
    <section data-testid="tab-extras" data-host={summary.host}>
      <h2>{t('popupExtrasTitle')}</h2>
      {summary.extras.length === 0 ? (
        <p>{t('popupExtrasNone')}</p>
      ) : (
        <>
          <ul class="extras">
            {summary.extras.map((e) => (
              <li key={e.key} data-service-id={e.id} class={e.wanted ? 'wanted' : undefined}>
                <span class="extra-name">{e.name}</span>{' '}
                <span class="extra-cost">{e.wanted ? t('popupExtrasWanted') : e.yearlyCents === null ? (e.priceText ?? '') : t('spotlightBadgeYear', formatEuro(e.yearlyCents))}</span>
              </li>
            ))}
          </ul>
          <p class="extras-total">
            {t('popupExtrasTotal')}: <strong data-total-yearly-cents={summary.totalYearlyCents}>{formatEuro(summary.totalYearlyCents)}</strong>
          </p>
        </>
      )}
    </section>
  );
}
