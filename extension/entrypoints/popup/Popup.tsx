import catalog from 'virtual:sentinella-catalog';
import { FREE_VAS_NUMBER } from '../../../shared/config.ts';

/** The popup: what Sentinella does and where it works. */
export function Popup() {
  const portals = catalog.operators.filter((o) => o.hosts.length > 0);
  return (
    <main class="popup">
      <h1>Sentinella</h1>
      <p>
        Sul portale del tuo operatore Sentinella ti mostra i servizi a pagamento attivi sulla linea, quanto costano in un
        anno e come disattivarli gratis.
      </p>
      <h2>Portali supportati</h2>
      <ul data-testid="supported-portals">
        {portals.map((o) => (
          <li key={o.id}>
            {o.name} ({o.portalName})
          </li>
        ))}
      </ul>
      <p class="free-number">
        Numero gratuito per i servizi a pagamento: <a href={`tel:${FREE_VAS_NUMBER.tel}`}>{FREE_VAS_NUMBER.display}</a>
      </p>
    </main>
  );
}
