/** Project-wide settings read by both faces. */

/** Where the site is published: canonical URLs, sitemap, and the extension's "read more" links. */
export const SITE_URL = 'https://sentinella.it';

/** AGCOM's free number that lists and cancels paid subscriptions on a mobile line, from that line. */
export const FREE_VAS_NUMBER = { display: '800 44 22 99', tel: '800442299' } as const;
