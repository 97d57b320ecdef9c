/**
 * Validates all of content/ before Astro builds: the same schemas and cross-reference checks as the
 * extension build, so a bad file fails both builds with the file, the field and what was expected.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { loadContent } from '../../shared/content/load.ts';

export function validateContent(): AstroIntegration {
  return {
    name: 'sentinella:validate-content',
    hooks: {
      'astro:config:setup': ({ config }) => {
        // SENTINELLA_CONTENT_ROOT lets editors and tests validate another copy of content/.
        loadContent(process.env.SENTINELLA_CONTENT_ROOT ?? fileURLToPath(config.root));
      },
    },
  };
}
