import { t } from '../../lib/i18n.ts';
import { SupportedPortals } from './SupportedPortals.tsx';

/** What Sentinella does and where it works: shown away from carrier pages. */
export function About() {
  return (
    <section>
      <p>{t('popupAbout')}</p>
      <SupportedPortals />
    </section>
  );
}
