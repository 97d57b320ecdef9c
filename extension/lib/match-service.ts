/**
 * Recognises a catalog service from the name a portal shows, whatever its case, spaces, accents and
 * punctuation ("TIM PRIME GO", "Tim Prime", "Lo Sai"): an exact name or alias first, else the longest
 * name or alias contained in the shown name ("LoSai e ChiamaOra" beats "LoSai").
 */
import type { SpotlightService } from '../../shared/catalog/catalog.ts';
import { normalizeName } from '../../shared/text.ts';

/** Shorter spellings are too likely to appear inside unrelated names. */
const MIN_CONTAINED = 5;

/** What a matcher needs of a service: its names (the spotlight's catalog, or the archive's service names). */
type Named = Pick<SpotlightService, 'name' | 'aliases'>;

export type ServiceMatcher<S extends Named = SpotlightService> = (shownName: string) => S | undefined;

/**
 * The matcher's tables are built on its first question: the spotlight creates one on every carrier page, and
 * most pages never show a name to look up (building them costs the page milliseconds it would not otherwise pay).
 */
export function createServiceMatcher<S extends Named = SpotlightService>(services: readonly S[]): ServiceMatcher<S> {
  const exact = new Map<string, S>();
  const spellings: [string, S][] = [];
  let built = false;
  const build = () => {
    built = true;
    for (const service of services) {
      for (const name of [service.name, ...service.aliases]) {
        const key = normalizeName(name);
        if (!key) continue;
        if (!exact.has(key)) exact.set(key, service);
        spellings.push([key, service]);
      }
    }
    spellings.sort((a, b) => b[0].length - a[0].length);
  };
  return (shownName) => {
    if (!built) build();
    const key = normalizeName(shownName);
    if (!key) return undefined;
    const hit = exact.get(key);
    if (hit) return hit;
    for (const [spelling, service] of spellings) {
      if (spelling.length >= MIN_CONTAINED && key.includes(spelling)) return service;
    }
    return undefined;
  };
}
