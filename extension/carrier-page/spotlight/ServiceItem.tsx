/** One paid extra in the panel: what it costs, how to stop it for free, what to avoid, how to get money back. */
import rules from 'virtual:sentinella-catalog/rules';
import { FREE_VAS_NUMBER, SITE_URL } from '../../../shared/config.ts';
import { sitePaths } from '../../../shared/site-paths.ts';
import { formatEuro } from '../../../shared/money.ts';
import { t } from './panel-words.ts';
import type { ServiceView } from './store.ts';
import { waysOut, type WayOut } from './ways-out.ts';
import { byUser, userOnly } from './by-user.ts';

const isWebPage = (href: string) => /^https?:/i.test(href);

function Way({ way }: { way: WayOut }) {
  return (
    <li>
      {/* Costly ways are named, never offered as a link to tap. */}
      {/* A web page opens in a tab of its own, never inside the panel's frame; a tel: or sms: link starts the call. */}
      {way.href && way.costCents === 0 ? (
        <a href={way.href} onClick={userOnly} target={isWebPage(way.href) ? '_blank' : undefined} rel={isWebPage(way.href) ? 'noopener noreferrer' : undefined}>
          {way.label}
        </a>
      ) : (
        way.label
      )}
      {way.costCents > 0 && <strong class="costly"> ({formatEuro(way.costCents)})</strong>}
      {way.note && <span> — {way.note}</span>}
      {way.steps.length > 0 && (
        <ol class="steps">
          {way.steps.map((step, i) => (
            <li key={i}>{step}</li>
          ))}
        </ol>
      )}
    </li>
  );
}

export function ServiceItem({ view, wanted, onToggleWanted }: { view: ServiceView; wanted: boolean; onToggleWanted: (key: string) => void }) {
  const { free, costly } = waysOut(view.service);
  const siteLink = SITE_URL + (view.service ? sitePaths.service(view.service.id) : sitePaths.services);
  return (
    <li class={wanted ? 'service wanted' : 'service'} data-service-id={view.id} data-wanted={wanted ? 'true' : undefined}>
      <p class="name">
        <span class="name-text">{view.name}</span>
        {!view.service && <span class="unknown-tag">{t('spotlightUnknown')}</span>}
      </p>
      <dl class="prices">
        <dt>{view.priceFromCatalog ? t('spotlightPriceCatalog') : t('spotlightPriceSeen')}</dt>
        <dd data-price>{view.priceText ?? '—'}</dd>
        <dt>{t('spotlightPerMonth')}</dt>
        <dd data-monthly>{view.monthlyCents === null ? '—' : formatEuro(view.monthlyCents)}</dd>
        <dt>{t('spotlightPerYear')}</dt>
        <dd class="year" data-yearly-cents={view.yearlyCents ?? undefined}>{view.yearlyCents === null ? '—' : formatEuro(view.yearlyCents)}</dd>
      </dl>
      {view.priceFromCatalog && <p class="fallback">{t('spotlightFallbackNote')}</p>}
      <button type="button" class="keep" aria-pressed={wanted} onClick={byUser(() => onToggleWanted(view.key))}>
        {t('spotlightKeep')}
      </button>
      {wanted && <span class="kept-note">{t('spotlightKeptNote')}</span>}
      <details>
        <summary>{t('spotlightHowToStop')}</summary>
        <h3>{t('spotlightFreeWays')}</h3>
        <ul class="ways">
          {!free.some((w) => w.method === 'portal') && <li>{t('spotlightPortalStep')}</li>}
          {/* A carrier's own option is switched off through the carrier; 800 44 22 99 is for third-party subscriptions. */}
          {!view.service && (
            <li>
              <a href={`tel:${FREE_VAS_NUMBER.tel}`} onClick={userOnly}>
                {t('spotlightCallFree')}
              </a>
            </li>
          )}
          {free.map((way, i) => (
            <Way key={i} way={way} />
          ))}
        </ul>
        {costly.length > 0 && (
          <>
            <h3 class="costly">{t('spotlightCostlyWays')}</h3>
            <ul class="ways">
              {costly.map((way, i) => (
                <Way key={i} way={way} />
              ))}
            </ul>
          </>
        )}
        <h3>{t('spotlightRefundTitle')}</h3>
        <p class="refund">
          {t('spotlightRefund', String(rules.refund.months))}{' '}
          <a href={rules.conciliation.url} target="_blank" rel="noopener noreferrer" onClick={userOnly}>
            {rules.conciliation.name}
          </a>
        </p>
        <p class="more">
          <a href={siteLink} target="_blank" rel="noopener noreferrer" data-site-link onClick={userOnly}>
            {t('spotlightReadMore')}
          </a>
        </p>
      </details>
    </li>
  );
}
