/** `npm test` reuses a build only while it matches the sources: any newer source, missing output or setting builds again. */
import { afterEach, beforeEach, expect, test } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { BUILD_OUTPUTS, buildFreshness } from '../support/build-freshness.ts';

const NOW = new Date('2026-12-01T15:00:00Z');
const at = (hh: number, mm = 0) => new Date(Date.UTC(2026, 11, 1, hh, mm));
let root: string;

function file(path: string, time: Date): void {
  const full = join(root, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, path);
  utimesSync(full, time, time);
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'sentinella-fresh-'));
  // Sources last changed at 10:00, built at 11:00.
  file('extension/entrypoints/archive/InvoiceList.tsx', at(10));
  file('content/services/tim-prime-go.md', at(9));
  file('package.json', at(8));
  file('node_modules/some-lib/index.js', at(14)); // only node_modules/.package-lock.json counts for dependencies
  for (const out of BUILD_OUTPUTS) file(`${out}/index.html`, at(11));
  file('.output/chrome-mv3/_locales/it/messages.json', at(11, 1));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

test('a build made after the last change, today, is current', () => {
  expect(buildFreshness(root, {}, NOW)).toMatchObject({ current: true });
});

test('a source changed after the build makes it stale, and says which', () => {
  file('content/services/tim-prime-go.md', at(12));
  expect(buildFreshness(root, {}, NOW)).toEqual({ current: false, reason: 'content/services/tim-prime-go.md changed after .output/chrome-mv3/index.html was built' });
});

test('a change while the build was running (after its first output, before its last) makes it stale', () => {
  file('shared/money.ts', at(11, 0));
  file('.output/firefox-mv2/background.js', at(11, 2));
  expect(buildFreshness(root, {}, NOW).current).toBe(false);
});

test('new dependencies make it stale', () => {
  file('node_modules/.package-lock.json', at(13));
  expect(buildFreshness(root, {}, NOW).current).toBe(false);
});

test('a missing or empty output folder makes it stale', () => {
  rmSync(join(root, 'dist/site/index.html'));
  expect(buildFreshness(root, {}, NOW)).toEqual({ current: false, reason: 'dist/site is missing' });
});

test('a build from another day is stale (the site dates its warnings by the build day)', () => {
  expect(buildFreshness(root, {}, new Date('2026-12-02T08:00:00Z'))).toEqual({ current: false, reason: 'the last build is from 2026-12-01' });
});

test('a setting that changes what a build makes always builds again', () => {
  expect(buildFreshness(root, { SENTINELLA_CONTENT_ROOT: '/tmp/other' }, NOW)).toEqual({ current: false, reason: 'SENTINELLA_CONTENT_ROOT is set' });
  expect(buildFreshness(root, { SENTINELLA_BUILD_DATE: '2027-01-01' }, NOW).current).toBe(false);
});
