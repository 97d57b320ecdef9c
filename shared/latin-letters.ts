/**
 * Letters and digits as Italian pages write them, for regular expressions that run on a carrier's page.
 *
 * A Unicode property class (`\p{L}`, `\p{N}`, `\p{Ll}`, `\p{Lu}`) holds hundreds of ranges: in Chromium 156 a
 * regex holding one takes 0.5–5 ms to compile on first use, once per page load, on the page's own main thread
 * (the detector's dozen of them were a fifth of what it cost a line page). The Latin script's letters, the
 * only ones an Italian portal shows (à, è, é, ì, ò, ù, ç, ñ, ł, ğ …), are a class of a few ranges, compiled
 * in about 0.05 ms. So patterns keep being written with `\p{…}`, readable and exact, and are built through
 * `latinLetters`, which reads those classes as their Latin part; tests/unit/latin-letters.test.ts checks that
 * both agree on every character of the Latin blocks.
 */

/** The letters of Basic Latin, Latin-1 (ª µ º and À–ÿ but × and ÷), Latin Extended-A and -B: `\p{L}` up to U+024F. */
const LETTER = String.raw`A-Za-z\u00AA\u00B5\u00BA\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F`;

/** What each property class reads as, inside a character class (exported for the tests and the portal-words bench). */
export const LATIN: Readonly<Record<string, string>> = {
  L: LETTER,
  /** Digits, superscripts and vulgar fractions of Latin-1: `\p{N}` up to U+00FF. */
  N: String.raw`0-9\u00B2\u00B3\u00B9\u00BC-\u00BE`,
  /** Lowercase letters of Latin-1: `\p{Ll}` up to U+00FF. */
  Ll: String.raw`a-z\u00B5\u00DF-\u00F6\u00F8-\u00FF`,
  /** Uppercase letters of Latin-1: `\p{Lu}` up to U+00FF. */
  Lu: String.raw`A-Z\u00C0-\u00D6\u00D8-\u00DE`,
};

/**
 * `re` with its `\p{L}`, `\p{N}`, `\p{Ll}` and `\p{Lu}` read as the Latin script's (other property classes,
 * such as emoji's, stay): the same matches on Italian text, at a fraction of the cost to compile. Flags are
 * kept. A pattern with none of these is returned as it is.
 */
export function latinLetters(re: RegExp): RegExp {
  const source = re.source;
  if (!source.includes('\\p{')) return re;
  // One pass over what matters: escapes (skipped whole, so "\[" opens no class), class brackets, and the
  // property classes themselves. It runs as each carrier page loads: no loop over every character.
  let inClass = false;
  const out = source.replace(PARTS, (part: string, property: string | undefined) => {
    if (part === '[') inClass = true;
    else if (part === ']') inClass = false;
    else if (property !== undefined) return inClass ? LATIN[property]! : `[${LATIN[property]!}]`;
    return part;
  });
  return out === source ? re : new RegExp(out, re.flags);
}

/** A property class read as the Latin script's (group 1: its name), any other escape, or a class bracket. */
const PARTS = /\\p\{(L|N|Ll|Lu)\}|\\.|[[\]]/g;
