/** The layers stay apart: shared/ imports neither face, and the site and the extension never import each other. */
import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'public' ? [] : sourceFiles(path);
    return /\.(ts|tsx|astro|mjs)$/.test(name) ? [path] : [];
  });
}

/** Top-level folders that a file's relative imports reach into. */
function reachedFolders(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => m[1]!);
  return specifiers.map((s) => relative(ROOT, resolve(dirname(file), s)).split(/[\\/]/)[0]!);
}

describe('layers', () => {
  test.each([
    ['shared', ['site', 'extension']],
    ['site', ['extension']],
    ['extension', ['site']],
  ])('%s/ never imports from %j', (folder, forbidden) => {
    const offenders = sourceFiles(join(ROOT, folder)).flatMap((file) =>
      reachedFolders(file)
        .filter((top) => forbidden.includes(top))
        .map((top) => `${relative(ROOT, file)} → ${top}/`),
    );
    expect(offenders).toEqual([]);
  });

  test('the check sees real imports (shared/ is imported by both faces)', () => {
    const reached = [...sourceFiles(join(ROOT, 'site')), ...sourceFiles(join(ROOT, 'extension'))].flatMap(reachedFolders);
    expect(reached).toContain('shared');
  });
});
