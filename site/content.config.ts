/**
 * Content collections: the Markdown in content/, validated by the schemas in shared/.
 * Cross-references (carrier, services, related guides) are checked by integrations/validate-content.ts.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { guideSchema, marketAverageSchema, offerSchema, operatorSchema, priceChangeSchema, rulesSchema, serviceSchema } from '../shared/schemas/index.ts';

/** content/ of the project, or of SENTINELLA_CONTENT_ROOT (benchmarks and tests build other copies). */
const contentRoot = process.env.SENTINELLA_CONTENT_ROOT ?? '.';
const md = (folder: string) => glob({ pattern: '*.md', base: `${contentRoot}/content/${folder}` });

export const collections = {
  operators: defineCollection({ loader: md('operators'), schema: operatorSchema }),
  services: defineCollection({ loader: md('services'), schema: serviceSchema }),
  offers: defineCollection({ loader: md('offers'), schema: offerSchema }),
  guides: defineCollection({ loader: md('guides'), schema: guideSchema }),
  market: defineCollection({ loader: md('market'), schema: marketAverageSchema }),
  priceChanges: defineCollection({ loader: md('price-changes'), schema: priceChangeSchema }),
  rules: defineCollection({ loader: md('rules'), schema: rulesSchema }),
};
