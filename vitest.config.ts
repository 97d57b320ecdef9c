import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { catalogPlugin } from './extension/build/catalog-plugin.ts';

export default defineConfig({
  plugins: [preact(), catalogPlugin(import.meta.dirname)],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    reporters: ['default', './tests/support/count-reporter.ts'],
  },
});
