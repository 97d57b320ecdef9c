/**
 * Vite plugin: `import catalog from 'virtual:sentinella-catalog'` gives the extension the validated
 * services and carriers from content/, as JSON, at build time. Bad content fails the build here with
 * the file, the field and what was expected.
 */
import type { Plugin } from 'vite';
import { join } from 'node:path';
import { loadContentOnce } from '../../shared/catalog/load.ts';
import { buildCatalog, spotlightServices, type Catalog } from '../../shared/catalog/catalog.ts';
import { buildCompareCatalog } from '../../shared/catalog/compare-catalog.ts';
import type { Content } from '../../shared/catalog/load.ts';
import { priceChangeSlice } from '../../shared/price-changes.ts';

/**
 * Each module gives a slice of the catalog, the smallest its importer needs:
 * - the whole catalog, for the extension pages (popup, archive);
 * - `/background`: each carrier's id, hosts and customer-area addresses and the service ids, all the background
 *   reads (to tell which carrier a sender's page belongs to and to keep only known service ids);
 * - `/spotlight`: names, reference price and ways out, for the spotlight panel (loaded only when it has something to show);
 * - `/detector`: names, carrier and reference price only, for the content script that runs on every carrier page;
 * - `/carrier-hosts`: each carrier's id and hosts, for the content script to look only for that carrier's services;
 * - `/compare`: consumer offers and market averages, for the archive's and the popup's bill comparison;
 * - `/price-changes`: each announced price change's carrier, lines, dates, increase and letter channel, for the
 *   archive's price-rise notices (no sources, bodies or ways: the notice links to the site's page for those);
 * - `/rules`: the consumer rules of content/rules/diritti.md without their sources (refund months, the
 *   conciliation's name and address, the withdrawal window and article), for the panel and the archive.
 */
const SLICES: Record<string, (catalog: Catalog, content: Content) => unknown> = {
  'virtual:sentinella-catalog': (catalog) => catalog,
  'virtual:sentinella-catalog/background': (catalog) => ({
    operators: catalog.operators.map(({ id, hosts, addresses }) => ({ id, hosts, addresses })),
    serviceIds: catalog.services.map((s) => s.id),
  }),
  'virtual:sentinella-catalog/spotlight': spotlightServices,
  'virtual:sentinella-catalog/detector': (catalog) => spotlightServices(catalog).map(({ switchOff: _ways, ...named }) => named),
  'virtual:sentinella-catalog/carrier-hosts': (catalog) => catalog.operators.map(({ id, hosts }) => ({ id, hosts })),
  'virtual:sentinella-catalog/compare': (_catalog, content) => buildCompareCatalog(content),
  'virtual:sentinella-catalog/price-changes': (_catalog, content) => priceChangeSlice(content.priceChanges),
  'virtual:sentinella-catalog/rules': (_catalog, { rules }) => ({
    refund: { months: rules.refund.months },
    conciliation: { name: rules.conciliation.name, url: rules.conciliation.url },
    withdrawal: { days: rules.withdrawal.days, article: rules.withdrawal.article },
  }),
};

export function catalogPlugin(root: string): Plugin {
  return {
    name: 'sentinella-catalog',
    resolveId(id) {
      return Object.hasOwn(SLICES, id) ? `\0${id}` : undefined;
    },
    load(id) {
      const slice = id.startsWith('\0') ? SLICES[id.slice(1)] : undefined;
      if (!slice) return undefined;
      this.addWatchFile?.(join(root, 'content'));
      const content = loadContentOnce(root);
      return `export default ${JSON.stringify(slice(buildCatalog(content), content))};`;
    },
  };
}
