/** RSS feed of the price changes, most recently announced first (announcement date, else the newest source). */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getCollection } from 'astro:content';
import { paths } from '../../lib/paths.ts';
import { increaseText } from '../../../shared/price-changes.ts';
import { formatItalianDate } from '../../../shared/dates.ts';

export async function GET(context: APIContext) {
  const changes = (await getCollection('priceChanges')).map((c) => ({
    c,
    published: c.data.announced ?? c.data.sources.map((s) => s.asOf).sort()[0]!,
  }));
  changes.sort((a, b) => b.published.localeCompare(a.published) || a.c.data.title.localeCompare(b.c.data.title, 'it'));
  return rss({
    title: 'Sentinella: i rincari degli operatori',
    description: 'Gli aumenti di prezzo annunciati ai clienti già attivi, con il termine per recedere senza penali.',
    site: context.site!,
    items: changes.map(({ c, published }) => ({
      title: c.data.title,
      description: `${increaseText(c.data)} dal ${formatItalianDate(c.data.effective)}; recesso senza penali entro il ${formatItalianDate(c.data.deadline)}.`,
      link: paths.priceChange(c.id),
      pubDate: new Date(`${published}T00:00:00Z`),
    })),
    customData: '<language>it</language>',
  });
}
