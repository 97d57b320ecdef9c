import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { catalogPlugin } from './extension/build/catalog-plugin.ts';

export default defineConfig({
  // SENTINELLA_CONTENT_ROOT: read content/ from elsewhere (as wxt.config.ts does).
  plugins: [preact(), catalogPlugin(process.env.SENTINELLA_CONTENT_ROOT ?? import.meta.dirname)],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    reporters: ['default', './tests/support/count-reporter.ts'],
  },
});
