// @ts-check
import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { validateContent } from './site/integrations/validate-content.ts';
import { SITE_URL } from './shared/config.ts';

export default defineConfig({
  site: SITE_URL,
  srcDir: './site',
  publicDir: './site/public',
  outDir: './dist/site',
  trailingSlash: 'always',
  integrations: [validateContent(), preact(), sitemap()],
});
