import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { latinLetters } from '../../shared/latin-letters.ts';

const char = (code: number) => String.fromCodePoint(code);
const codes = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('latinLetters', () => {
  it.each([
    ['\\p{L}', 0x24f],
    ['\\p{N}', 0xff],
    ['\\p{Ll}', 0xff],
    ['\\p{Lu}', 0xff],
  ])('reads %s as the Unicode class does on every character up to U+%s', (cls, last) => {
    const unicode = new RegExp(`^${cls}$`, 'u');
    const latin = latinLetters(unicode);
    expect(latin.source).not.toContain('\\p{');
    const differ = codes(0, last as number).filter((code) => unicode.test(char(code)) !== latin.test(char(code)));
    expect(differ.map((code) => `U+${code.toString(16)}`)).toEqual([]);
  });

  it('reads a class inside a class as its ranges, and one outside as a class of its own', () => {
    const re = latinLetters(/^[\p{L}\p{N}+]{2,4}$|\p{L}{3}/u);
    expect(re.flags).toBe('u');
    expect(['4G', 'TV+', 'Città', 'ÀÈÌ', 'ab1'].map((s) => re.test(s))).toEqual([true, true, true, true, true]);
    expect(['4', '— –', '12345'].map((s) => re.test(s))).toEqual([false, false, false]);
  });

  it('keeps escapes, other property classes and flags as they are', () => {
    const picture = /^[\p{Extended_Pictographic}]\s\\p\{L\}$/giu;
    expect(latinLetters(picture)).toBe(picture);
    const mixed = latinLetters(/\[\p{L}\]|[\]\p{L}]\p{Extended_Pictographic}/iu);
    expect(mixed.flags).toBe('iu');
    expect(mixed.test('[à]')).toBe(true);
    expect(mixed.test(']🛡')).toBe(true);
    expect(mixed.test('x🛡')).toBe(true);
    expect(mixed.test('[1]')).toBe(false);
  });

  it('matches what the Unicode pattern matches on any Italian text', () => {
    const patterns = [/\p{L}{3}/u, /^\p{Ll}{3,}\s/u, /[.!?]\s+\p{Lu}/u, /(?:\s+|(?<=[^\p{L}\p{N}\s]))attiv[oa]$/iu, /\bdel\s+\d{1,2}\s+\p{L}+\.?\s+\d{4}/iu];
    const italian = fc.string({ unit: fc.constantFrom(...'aeiouAEIOUàèéìòùÀÈÉÌÒÙçñ bcdlmnrst BCDLMNRST 0123456789 .,;:!?-·€/()'.split(''), 'attivo', 'del ', 'novembre', ' 2026') });
    fc.assert(
      fc.property(italian, (text) => {
        for (const re of patterns) expect(latinLetters(re).test(text)).toBe(re.test(text));
      }),
      { numRuns: 500 },
    );
  });
});
