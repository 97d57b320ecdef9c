/** Project-wide settings read by both faces. */

/** Where the site is published: canonical URLs, sitemap, and the extension's "read more" links. */
export const SITE_URL = 'https://sentinella.it';

/**
 * The industry's free Call Center Unico for third-party premium subscriptions (set up by the CASP 4.0 code,
 * approved by AGCOM with Delibera 108/19/CONS, run for the content providers): called from a mobile line, it
 * lists and cancels that line's third-party subscriptions. It does not switch off a carrier's own options.
 */
export const FREE_VAS_NUMBER = { display: '800 44 22 99', tel: '800442299' } as const;
