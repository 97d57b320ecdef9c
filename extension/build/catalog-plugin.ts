/**
 * Vite plugin: `import catalog from 'virtual:sentinella-catalog'` gives the extension the validated
 * services and carriers from content/, as JSON, at build time. Bad content fails the build here with
 * the file, the field and what was expected.
 */
import type { Plugin } from 'vite';
import { join } from 'node:path';
import { loadContent } from '../../shared/content/load.ts';
import { buildCatalog, spotlightServices } from '../../shared/content/catalog.ts';

const ID = 'virtual:sentinella-catalog';
const RESOLVED = `\0${ID}`;
/** The services slimmed down for the content script: `import services from 'virtual:sentinella-catalog/spotlight'`. */
const SPOTLIGHT_ID = 'virtual:sentinella-catalog/spotlight';
const SPOTLIGHT_RESOLVED = `\0${SPOTLIGHT_ID}`;

export function catalogPlugin(root: string): Plugin {
  return {
    name: 'sentinella-catalog',
    resolveId(id) {
      return id === ID ? RESOLVED : id === SPOTLIGHT_ID ? SPOTLIGHT_RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED && id !== SPOTLIGHT_RESOLVED) return undefined;
      const contentDir = join(root, 'content');
      this.addWatchFile?.(contentDir);
      const catalog = buildCatalog(loadContent(root));
      return `export default ${JSON.stringify(id === RESOLVED ? catalog : spotlightServices(catalog))};`;
    },
  };
}
