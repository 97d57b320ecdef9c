import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { catalogPlugin } from './extension/build/catalog-plugin.ts';

export default defineConfig({
  // SENTINELLA_CONTENT_ROOT: read content/ from elsewhere (as wxt.config.ts does).
  plugins: [preact(), catalogPlugin(process.env.SENTINELLA_CONTENT_ROOT ?? import.meta.dirname)],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Time limits catch hangs, not slowness: the corpus properties and the 5,000-offer pages take 1–3 s here and
    // must not fail on a busier CI machine (speed is measured in tests/bench, never asserted by a timer).
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: ['default', './tests/support/count-reporter.ts'],
  },
});
