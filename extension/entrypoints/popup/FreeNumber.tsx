import { FREE_VAS_NUMBER } from '../../../shared/config.ts';

/**
 * The industry's free Call Center Unico, always at hand, with what it covers: third-party premium
 * subscriptions (CASP 4.0, AGCOM Delibera 108/19/CONS), not a carrier's own options, which are switched off
 * from the carrier's customer area or free number.
 */
export function FreeNumber() {
  return (
    <p class="free-number">
      Abbonamenti di terze parti (oroscopi, giochi, suonerie): disattivali gratis all'
      <a href={`tel:${FREE_VAS_NUMBER.tel}`}>{FREE_VAS_NUMBER.display}</a>. Le opzioni del gestore si spengono dall'area clienti o dal suo numero gratuito.
    </p>
  );
}
