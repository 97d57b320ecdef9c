/** schema.org objects for JSON-LD, built from content. */
import type { Guide } from '../../shared/schemas/index.ts';

const PUBLISHER = { '@type': 'Organization', name: 'Sentinella' } as const;

/** A guide with questions is a FAQPage; otherwise an Article. */
export function guideJsonLd(guide: Pick<Guide, 'title' | 'description' | 'updated' | 'faq'> & { url: string }): object {
  if (guide.faq.length > 0) {
    return {
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      name: guide.title,
      description: guide.description,
      url: guide.url,
      inLanguage: 'it',
      dateModified: guide.updated,
      mainEntity: guide.faq.map((f) => ({
        '@type': 'Question',
        name: f.q,
        acceptedAnswer: { '@type': 'Answer', text: f.a },
      })),
    };
  }
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: guide.title,
    description: guide.description,
    url: guide.url,
    inLanguage: 'it',
    dateModified: guide.updated,
    author: PUBLISHER,
    publisher: PUBLISHER,
  };
}
