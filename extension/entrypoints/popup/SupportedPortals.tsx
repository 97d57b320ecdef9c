import catalog from 'virtual:sentinella-catalog';
import { t } from '../../lib/i18n.ts';

/** The carrier portals the extension runs on, and where: built from content/operators at build time. */
export function SupportedPortals() {
  const portals = catalog.operators.filter((o) => o.hosts.length > 0).sort((a, b) => a.name.localeCompare(b.name, 'it'));
  return (
    <>
      <h2>{t('popupSupportedPortals')}</h2>
      <ul data-testid="supported-portals">
        {portals.map((o) => (
          <li key={o.id}>
            {o.name} ({o.portalName}): <small>{o.addresses.filter((a) => !a.startsWith('*.')).join(', ')}</small>
          </li>
        ))}
      </ul>
    </>
  );
}
