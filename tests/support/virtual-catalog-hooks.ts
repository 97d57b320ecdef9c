/**
 * Node module hooks that give scripts run outside Vite (the benchmarks) the same `virtual:sentinella-catalog*`
 * modules the builds and vitest get from extension/build/catalog-plugin.ts: the same slices of the validated
 * content, made by the same plugin.
 */
import { join } from 'node:path';
import { catalogPlugin } from '../../extension/build/catalog-plugin.ts';

const PREFIX = 'virtual:sentinella-catalog';
const SCHEME = 'sentinella-virtual:';
const plugin = catalogPlugin(process.env.SENTINELLA_CONTENT_ROOT ?? join(import.meta.dirname, '..', '..'));

type Next<A extends unknown[], R> = (...args: A) => Promise<R>;

export async function resolve(specifier: string, context: unknown, next: Next<[string, unknown], unknown>) {
  if (specifier.startsWith(PREFIX)) return { url: `${SCHEME}${specifier}`, shortCircuit: true };
  return next(specifier, context);
}

export async function load(url: string, context: unknown, next: Next<[string, unknown], unknown>) {
  if (!url.startsWith(SCHEME)) return next(url, context);
  const load = plugin.load as (this: object, id: string) => string | undefined;
  const source = load.call({}, `\0${url.slice(SCHEME.length)}`);
  if (source === undefined) throw new Error(`Unknown virtual module ${url.slice(SCHEME.length)}`);
  return { format: 'module', source, shortCircuit: true };
}
