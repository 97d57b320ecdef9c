/** `npm run content:report`: what needs re-checking, oldest first, with file, figure, asOf and source URL. */
import { describe, expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { loadContent } from '../../shared/catalog/load.ts';
import { formatReport, staleFigures } from '../../shared/catalog/report.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const content = loadContent(ROOT);

describe('content report', () => {
  const rows = staleFigures(content, '2026-12-01');
  test('undated sources first, then oldest asOf first', () => {
    const dated = rows.filter((r) => r.asOf !== null).map((r) => r.asOf!);
    expect(dated).toEqual([...dated].sort());
    const firstDated = rows.findIndex((r) => r.asOf !== null);
    expect(rows.slice(firstDated).every((r) => r.asOf !== null)).toBe(true);
  });
  test('figures come from their asOf: a 2016 price is listed, a source of recent months is not, and before any source nothing dated is', () => {
    expect(rows).toContainEqual(expect.objectContaining({ file: 'content/services/tim-prime-go.md', figure: expect.stringMatching(/^prices\.0: 0\.49 € week/), asOf: '2016-05-19' }));
    expect(rows.some((r) => r.asOf !== null && r.asOf > '2026-06-04')).toBe(false);
    const nothingOld = staleFigures(content, '2014-01-01');
    // Undated sources are always listed: the list is not empty, and holds nothing else.
    expect(nothingOld.length).toBeGreaterThan(0);
    expect(nothingOld.every((r) => r.asOf === null)).toBe(true);
  });
  test('every row names the file, the figure, the date and the source URL', () => {
    for (const r of rows) {
      expect(r.file).toMatch(/^content\/[a-z-]+\/[a-z0-9-]+\.md$/);
      expect(r.figure.length).toBeGreaterThan(3);
      expect(r.url).toMatch(/^https?:\/\//);
    }
    const text = formatReport(rows, '2026-12-01').split('\n');
    expect(text[0]).toMatch(new RegExp(`^${rows.length} figures to re-check on 2026-12-01`));
    expect(text[1]!.split('\t')).toHaveLength(4);
  });
  test('npm run content:report prints the same report', () => {
    const out = execFileSync('npm', ['run', '-s', 'content:report'], { cwd: ROOT, env: { ...process.env, SENTINELLA_BUILD_DATE: '2026-12-01' }, encoding: 'utf8' });
    expect(out.trim()).toBe(formatReport(rows, '2026-12-01'));
  });
});
