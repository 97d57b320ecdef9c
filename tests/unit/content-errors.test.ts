/** Bad content fails with the file, the field and what was expected: one case per kind of mistake. */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ContentError, loadContent } from '../../shared/catalog/load.ts';

const ROOT = join(import.meta.dirname, '..', '..');
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sentinella-content-'));
  cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
  for (const folder of ['operators', 'services', 'offers', 'guides']) mkdirSync(join(dir, 'content', folder), { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Rewrites one file of the copy with `edit` and returns the problems loadContent reports. */
function problemsAfter(file: string, edit: (text: string) => string): string[] {
  const path = join(dir, file);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  try {
    loadContent(dir);
  } catch (e) {
    expect(e).toBeInstanceOf(ContentError);
    return (e as ContentError).problems;
  }
  throw new Error('expected the content to be rejected');
}

describe('content errors name the file, the field and what was expected', () => {
  test('the real content is valid', () => {
    expect(() => loadContent(dir)).not.toThrow();
  });

  test('a price that is not a number', () => {
    const problems = problemsAfter('content/services/tim-prime-go.md', (t) => t.replace('amount: 0.49', 'amount: "0,49 €"'));
    expect(problems).toEqual([expect.stringMatching(/^content\/services\/tim-prime-go\.md: prices\.0\.amount: expected an amount in euros as a number.*got "0,49 €"/)]);
  });

  test('a date that is not a date', () => {
    const problems = problemsAfter('content/services/tim-prime-go.md', (t) => t.replace('checked: 2016-05-19', 'checked: 2016-13-45'));
    expect(problems[0]).toMatch(/^content\/services\/tim-prime-go\.md: prices\.0\.checked: expected a real date written as YYYY-MM-DD \(got "2016-13-45"\)/);
  });

  test('an unknown carrier', () => {
    const problems = problemsAfter('content/services/tim-losai.md', (t) => t.replace('carrier: tim', 'carrier: timm'));
    expect(problems).toEqual([expect.stringMatching(/^content\/services\/tim-losai\.md: carrier: unknown carrier "timm": expected one of .*\btim\b/)]);
  });

  test('an unknown service id in a guide', () => {
    writeFileSync(
      join(dir, 'content/guides/prova.md'),
      `---\ntitle: Prova\ndescription: Una guida di prova per il controllo dei riferimenti.\nupdated: 2026-11-24\ncarrier: tim\nservices: [tim-prime-gooo]\nsources:\n  - title: tim.it\n    url: https://www.tim.it/\n    checked: 2026-11-24\n---\nTesto.\n`,
    );
    expect(() => loadContent(dir)).toThrow(/content\/guides\/prova\.md: services\.0: unknown service "tim-prime-gooo"/);
  });

  test('a missing source', () => {
    const problems = problemsAfter('content/operators/tim.md', (t) => t.replace(/sources:\n(  .*\n)+/, ''));
    expect(problems).toEqual(["content/operators/tim.md: sources: required field is missing (expected a list)"]);
  });

  test('an unknown field is named, not silently dropped', () => {
    const problems = problemsAfter('content/services/tim-losai.md', (t) => t.replace('onByDefault: true', 'onByDefault: true\nprezzo: 2'));
    expect(problems).toEqual(['content/services/tim-losai.md: (frontmatter): unknown field prezzo: remove or rename']);
  });

  test('a file without frontmatter', () => {
    writeFileSync(join(dir, 'content/offers/vuota.md'), 'Solo testo.\n');
    expect(() => loadContent(dir)).toThrow(/content\/offers\/vuota\.md: \(frontmatter\): expected the file to start with a frontmatter block/);
  });

  test('every problem is reported at once', () => {
    writeFileSync(join(dir, 'content/offers/vuota.md'), 'Solo testo.\n');
    const problems = problemsAfter('content/services/tim-losai.md', (t) => t.replace('carrier: tim', 'carrier: nessuno'));
    expect(problems).toHaveLength(2);
  });
});
