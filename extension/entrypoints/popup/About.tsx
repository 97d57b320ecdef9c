import { SupportedPortals } from './SupportedPortals.tsx';

/** What Sentinella does and where it works: shown away from carrier pages. */
export function About() {
  return (
    <section>
      <p>
        Sul portale del tuo operatore Sentinella ti mostra i servizi a pagamento attivi sulla linea, quanto costano in un
        anno e come disattivarli gratis.
      </p>
      <SupportedPortals />
    </section>
  );
}
