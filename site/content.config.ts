/**
 * Content collections: the Markdown in content/, read, validated by the schemas in shared/ and cross-checked
 * (carrier, services, related guides) in one pass by the shared loader (lib/content-loader.ts), the same code the
 * extension build runs. The schemas here give the collections their types.
 */
import { defineCollection } from 'astro:content';
import { sharedContentLoader } from './lib/content-loader.ts';
import { guideSchema, marketAverageSchema, offerSchema, operatorSchema, priceChangeSchema, rulesSchema, serviceSchema } from '../shared/schemas/index.ts';

/** content/ of the project, or of SENTINELLA_CONTENT_ROOT (benchmarks and tests build other copies). */
const contentRoot = process.env.SENTINELLA_CONTENT_ROOT ?? '.';
const md = (folder: Parameters<typeof sharedContentLoader>[0]) => sharedContentLoader(folder, contentRoot);

export const collections = {
  operators: defineCollection({ loader: md('operators'), schema: operatorSchema }),
  services: defineCollection({ loader: md('services'), schema: serviceSchema }),
  offers: defineCollection({ loader: md('offers'), schema: offerSchema }),
  guides: defineCollection({ loader: md('guides'), schema: guideSchema }),
  market: defineCollection({ loader: md('market'), schema: marketAverageSchema }),
  priceChanges: defineCollection({ loader: md('priceChanges'), schema: priceChangeSchema }),
  rules: defineCollection({ loader: md('rules'), schema: rulesSchema }),
};
