import { FREE_VAS_NUMBER } from '../../../shared/config.ts';
import { tParts } from '../../lib/i18n.ts';

/**
 * The industry's free Call Center Unico, always at hand, with what it covers: third-party premium
 * subscriptions (CASP 4.0, AGCOM Delibera 108/19/CONS), not a carrier's own options, which are switched off
 * from the carrier's customer area or free number.
 */
export function FreeNumber() {
  return (
    <p class="free-number">{tParts('popupFreeNumber', [<a href={`tel:${FREE_VAS_NUMBER.tel}`}>{FREE_VAS_NUMBER.display}</a>])}</p>
  );
}
