/** Every word the spotlight and popup show exists in Italian and in English. */
import { expect, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..', 'extension');
const locale = (lang: string) => JSON.parse(readFileSync(join(root, 'public', '_locales', lang, 'messages.json'), 'utf8')) as Record<string, { message: string }>;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : []));
}

test('keys used with t() are in both locales', () => {
  const used = new Set<string>();
  for (const file of [...sources(join(root, 'carrier-page', 'spotlight')), ...sources(join(root, 'entrypoints', 'popup'))]) {
    for (const m of readFileSync(file, 'utf8').matchAll(/\bt\('([A-Za-z]+)'/g)) used.add(m[1]!);
  }
  expect(used.size).toBeGreaterThan(10);
  const it = locale('it');
  const en = locale('en');
  for (const key of used) {
    expect(it[key]?.message, `it: ${key}`).toBeTruthy();
    expect(en[key]?.message, `en: ${key}`).toBeTruthy();
  }
});
