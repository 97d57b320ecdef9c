/** The site's page addresses: the rule lives in shared/site-paths.ts, which the extension's links read too. */
export { sitePaths as paths } from '../../shared/site-paths.ts';
