// @ts-check
import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { SITE_URL } from './shared/config.ts';

export default defineConfig({
  site: SITE_URL,
  srcDir: './site',
  publicDir: './site/public',
  outDir: './dist/site',
  trailingSlash: 'always',
  // content/ is validated by the content collections' loader (site/lib/content-loader.ts), in one pass.
  integrations: [preact(), sitemap()],
});
