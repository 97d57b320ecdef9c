/**
 * Site-relative URLs of every page kind, so links and canonical paths are written in one place: the site's pages
 * and the extension's "read more" links (after SITE_URL) both take them from here.
 */

export const sitePaths = {
  home: '/',
  guides: '/guide/',
  guide: (slug: string) => `/guide/${slug}/`,
  guidesRss: '/guide/rss.xml',
  services: '/servizi-a-pagamento/',
  service: (id: string) => `/servizi-a-pagamento/${id}/`,
  operators: '/operatori/',
  operator: (id: string) => `/operatori/${id}/`,
  offers: '/offerte/',
  offer: (id: string) => `/offerte/${id}/`,
  search: '/cerca/',
  extension: '/estensione/',
  priceChanges: '/rincari/',
  priceChange: (id: string) => `/rincari/${id}/`,
  priceChangesRss: '/rincari/rss.xml',
} as const;
