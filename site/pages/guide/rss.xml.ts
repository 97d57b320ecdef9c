/** RSS feed of the guides, most recently updated first. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getCollection } from 'astro:content';
import { byGuideUpdated } from '../../lib/ordering.ts';
import { paths } from '../../lib/paths.ts';

export async function GET(context: APIContext) {
  const guides = (await getCollection('guides')).sort(byGuideUpdated);
  return rss({
    title: 'Sentinella: le guide',
    description: 'Guide per smettere di pagare quello che non hai chiesto al tuo gestore telefonico.',
    site: context.site!,
    items: guides.map((g) => ({
      title: g.data.title,
      description: g.data.description,
      link: paths.guide(g.id),
      pubDate: new Date(`${g.data.updated}T00:00:00Z`),
    })),
    customData: '<language>it</language>',
  });
}
