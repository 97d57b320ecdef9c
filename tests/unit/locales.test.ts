/**
 * The two locales say the same things: Italian and English have exactly the same keys, no message is empty,
 * every $NAME$ a message uses is defined in its placeholders (in both languages, with the same substitutions),
 * and every key the extension's code asks for with t() or tParts() exists.
 */
import { expect, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const root = join(import.meta.dirname, '..', '..');
const locale = (lang: string) => JSON.parse(readFileSync(join(root, 'extension', 'public', '_locales', lang, 'messages.json'), 'utf8')) as Record<string, Entry>;
const it = locale('it');
const en = locale('en');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : []));
}

/** The $NAME$ placeholders a message uses, lower-cased as browsers match them. */
const used = (message: string) => [...new Set([...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase()))].sort();

test('Italian and English have exactly the same keys', () => {
  expect(Object.keys(en).sort()).toEqual(Object.keys(it).sort());
});

test.each([
  ['it', it],
  ['en', en],
])('no %s message is empty', (_lang, messages) => {
  const empty = Object.entries(messages).filter(([, e]) => typeof e?.message !== 'string' || e.message.trim() === '').map(([k]) => k);
  expect(empty).toEqual([]);
});

test('every placeholder a message uses is defined, in both languages, with the same substitutions', () => {
  const problems: string[] = [];
  for (const key of Object.keys(it)) {
    for (const [lang, entry] of [['it', it[key]], ['en', en[key]]] as const) {
      if (!entry) continue;
      const defined = Object.keys(entry.placeholders ?? {}).map((n) => n.toLowerCase());
      for (const name of used(entry.message)) if (!defined.includes(name)) problems.push(`${lang} ${key}: $${name.toUpperCase()}$ is not defined`);
      for (const [name, p] of Object.entries(entry.placeholders ?? {})) if (!/^\$[1-9]$/.test(p.content)) problems.push(`${lang} ${key}: ${name} is not one substitution ($1…$9)`);
    }
    const contents = (e: Entry | undefined) => Object.fromEntries(Object.entries(e?.placeholders ?? {}).map(([n, p]) => [n.toLowerCase(), p.content]));
    if (en[key]) {
      const a = contents(it[key]);
      const b = contents(en[key]);
      for (const name of new Set([...used(it[key]!.message), ...used(en[key]!.message)])) {
        if (a[name] !== b[name]) problems.push(`${key}: $${name.toUpperCase()}$ is ${a[name]} in it, ${b[name]} in en`);
      }
      // A substitution one language shows and the other drops would lose a figure in translation.
      if (used(it[key]!.message).length !== used(en[key]!.message).length) problems.push(`${key}: it uses ${used(it[key]!.message).join(', ')}, en uses ${used(en[key]!.message).join(', ')}`);
    }
  }
  expect(problems).toEqual([]);
});

test('every key the extension asks for exists in both locales', () => {
  const asked = new Map<string, string>();
  for (const file of sources(join(root, 'extension'))) {
    for (const m of readFileSync(file, 'utf8').matchAll(/\bt(?:Parts)?\(\s*'([A-Za-z0-9_]+)'/g)) asked.set(m[1]!, relative(root, file));
    // Keys chosen by a condition: t(cond ? 'keyA' : 'keyB', …).
    for (const m of readFileSync(file, 'utf8').matchAll(/\bt(?:Parts)?\([^'()]*\?\s*'([A-Za-z0-9_]+)'\s*:\s*'([A-Za-z0-9_]+)'/g)) {
      asked.set(m[1]!, relative(root, file));
      asked.set(m[2]!, relative(root, file));
    }
  }
  expect(asked.size).toBeGreaterThan(100);
  const missing = [...asked].filter(([key]) => !it[key] || !en[key]).map(([key, file]) => `${file}: ${key}`);
  expect(missing).toEqual([]);
});

test('the spotlight panel carries, in both languages, every word its components ask for', async () => {
  const panel = ['carrier-page/spotlight/Panel.tsx', 'carrier-page/spotlight/ServiceItem.tsx', 'entrypoints/spotlight-frame/main.tsx'].map((f) => readFileSync(join(root, 'extension', f), 'utf8'));
  const asked = new Set(panel.flatMap((source) => [...source.matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)].map((m) => m[1]!)));
  expect(asked.size).toBeGreaterThan(15);
  for (const lang of ['it', 'en']) {
    const carried = await import(`../../extension/carrier-page/spotlight/panel-messages.${lang}.ts`);
    const missing = [...asked].filter((key) => !carried[key]);
    expect(missing, lang).toEqual([]);
  }
});
