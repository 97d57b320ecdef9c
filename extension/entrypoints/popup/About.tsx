import catalog from 'virtual:sentinella-catalog';

/** What Sentinella does and where it works: shown away from carrier pages. */
export function About() {
  const portals = catalog.operators.filter((o) => o.hosts.length > 0);
  return (
    <section>
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
    </section>
  );
}
