/**
 * The regexes of a group of portal words (extension/carrier-page/portal/selectors.ts), each named by its path
 * ("servicesPage.listHeading", "servicesPage.hints.euro"): the patterns with their examples, and the bare hints.
 */
import type { Pattern } from '../../extension/carrier-page/portal/selectors.ts';

export interface PortalRegex {
  name: string;
  re: RegExp;
  /** The pattern with its examples; none for a bare hint. */
  pattern?: Pattern;
}

export function portalRegexes(group: object, prefix: string): PortalRegex[] {
  const out: PortalRegex[] = [];
  for (const [key, value] of Object.entries(group)) {
    const name = `${prefix}.${key}`;
    if (value instanceof RegExp) out.push({ name, re: value });
    else if (value && typeof value === 'object' && 're' in value && 'examples' in value) out.push({ name, re: (value as Pattern).re, pattern: value as Pattern });
    else if (value && typeof value === 'object' && !Array.isArray(value)) out.push(...portalRegexes(value, name));
  }
  return out;
}

/** Only the patterns with examples, as [name, pattern]. */
export function portalPatterns(group: object, prefix: string): [string, Pattern][] {
  return portalRegexes(group, prefix).flatMap(({ name, pattern }) => (pattern ? [[name, pattern] as [string, Pattern]] : []));
}
