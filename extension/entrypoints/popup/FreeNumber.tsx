import { FREE_VAS_NUMBER } from '../../../shared/config.ts';

/** AGCOM's free number for paid extras, always at hand. */
export function FreeNumber() {
  return (
    <p class="free-number">
      Numero gratuito per i servizi a pagamento: <a href={`tel:${FREE_VAS_NUMBER.tel}`}>{FREE_VAS_NUMBER.display}</a>
    </p>
  );
}
