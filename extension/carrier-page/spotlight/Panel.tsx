/** The spotlight panel: the line's paid extras, their yearly total, and the free way out. Collapsible. */
import { FREE_VAS_NUMBER } from '../../../shared/config.ts';
import { formatEuro } from '../../../shared/money.ts';
import { t } from './panel-words.ts';
import { ServiceItem } from './ServiceItem.tsx';
import type { SpotlightStore } from './store.ts';
import { byUser, userOnly } from './by-user.ts';

export interface PanelProps {
  store: SpotlightStore;
  onToggleWanted: (key: string) => void;
}

export function Panel({ store, onToggleWanted }: PanelProps) {
  const services = store.services.value;
  const wanted = store.wanted.value;
  const expanded = store.expanded.value;
  const total = formatEuro(store.total.value);
  return (
    <section class={expanded ? 'panel' : 'panel collapsed'} aria-label={t('spotlightTitle')} data-sentinella-panel>
      <button type="button" class="toggle" aria-expanded={expanded} aria-controls="sentinella-spotlight-body" onClick={byUser(() => (store.expanded.value = !expanded))}>
        <span class="brand">{t('extName')}</span>
        <span class="headline">{t('spotlightHeadline', [String(services.length), total])}</span>
        <span class="chevron" aria-hidden="true">
          {expanded ? '▼' : '▲'}
        </span>
      </button>
      <div class="body" id="sentinella-spotlight-body" hidden={!expanded}>
        <p class="total">
          {t('spotlightTotal')} <strong data-total-yearly-cents={store.total.value}>{total}</strong>
          <small>{t('spotlightTotalNote')}</small>
        </p>
        {/* The Call Center Unico covers third-party subscriptions only: shown when the list has one. */}
        {services.some((view) => !view.service) && (
          <a class="free-call" href={`tel:${FREE_VAS_NUMBER.tel}`} onClick={userOnly}>
            {t('spotlightCallFree')}
          </a>
        )}
        <ol class="services">
          {services.map((view) => (
            <ServiceItem key={view.key} view={view} wanted={wanted.has(view.key)} onToggleWanted={onToggleWanted} />
          ))}
        </ol>
      </div>
    </section>
  );
}
