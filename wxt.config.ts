import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { loadContentOnce } from './shared/catalog/load.ts';
import { hostMatchPatterns } from './shared/catalog/catalog.ts';
import { catalogPlugin } from './extension/build/catalog-plugin.ts';
import { noStringCodePlugin } from './extension/build/no-string-code-plugin.ts';

const root = import.meta.dirname;
/** Where content/ is read from: the project, unless SENTINELLA_CONTENT_ROOT points elsewhere (used to preview or test content). */
const contentRoot = process.env.SENTINELLA_CONTENT_ROOT ?? root;

/** Carrier portal hosts come from content/operators: the one list of where the extension may run. */
function carrierPatterns(): string[] {
  return hostMatchPatterns(loadContentOnce(contentRoot));
}

/** The Content Security Policy of the extension's own pages (archive, popup, background). */
const EXTENSION_PAGES_CSP = "script-src 'self'; object-src 'none'; connect-src 'self'; base-uri 'none'; form-action 'none'";

export default defineConfig({
  srcDir: 'extension',
  publicDir: 'extension/public',
  // WXT_OUT_DIR lets tests build elsewhere without touching .output/.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  imports: false,
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'it',
    // scripting (MV3 only, no install warning): the background runs the detector's and the invoice capture's
    // scripts on demand.
    // offscreen (Chrome): the document where the paid-extras detector reads a copy of the page, off its main thread.
    permissions: manifestVersion === 3 ? ['storage', 'scripting', 'offscreen'] : ['storage'],
    host_permissions: carrierPatterns(),
    // The spotlight's panel is an extension page shown in an iframe on the carrier page: only that page, and
    // only to the carrier hosts (whole origins: Chrome takes no path there; Firefox MV2 has no per-host list; its extension address differs per install).
    web_accessible_resources:
      manifestVersion === 3
        ? [{ resources: ['spotlight-frame.html'], matches: [...new Set(carrierPatterns().map((p) => p.replace(/^(\w+:\/\/[^/]+)\/.*$/, '$1/*')))] }]
        : (['spotlight-frame.html'] as unknown as { resources: string[]; matches: string[] }[]),
    // Extension pages run only the extension's own scripts, embed no plugins and connect nowhere but the
    // extension itself (the archive lives in IndexedDB; only content scripts fetch, from the carrier's page).
    content_security_policy:
      manifestVersion === 3 ? { extension_pages: EXTENSION_PAGES_CSP } : (EXTENSION_PAGES_CSP as unknown as { extension_pages: string }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'sentinella@sentinella.it',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox ESR 140 (Debian's, many companies') is the desktop minimum; on Android the data
            // collection declaration needs 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  hooks: {
    // Content scripts run exactly where the carrier portals are: the same list as host_permissions.
    'build:manifestGenerated': (_wxt, manifest) => {
      const patterns = carrierPatterns();
      for (const script of manifest.content_scripts ?? []) script.matches = patterns;
    },
  },
  zip: {
    // content/ stays: the extension build bundles content/services and content/operators.
    excludeSources: ['site/**', 'tests/**', 'dist/**', '.ci/**'],
  },
  vite: () => ({
    plugins: [preact(), catalogPlugin(contentRoot), noStringCodePlugin()],
    // The portal words' examples (extension/carrier-page/portal/selectors.ts) stay out of the bundles.
    define: { __SENTINELLA_BUNDLE__: 'true' },
    // SENTINELLA_UNMINIFIED=1: readable bundles, so a CPU profile of a carrier page (npm run bench -- page-cost,
    // PAGE_COST_PROFILE) names the functions that cost it.
    ...(process.env.SENTINELLA_UNMINIFIED === '1' ? { build: { minify: false } } : {}),
  }),
});
