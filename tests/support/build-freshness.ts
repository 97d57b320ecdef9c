/**
 * Whether the last build (extension for Chrome and Firefox, site) still matches the sources, so `npm test` can
 * reuse it instead of building again (CI builds once for the benchmarks, then runs `npm test`).
 *
 * A build empties its output folder first, so every output file is written after the build started: the
 * build is current when every output folder has files, each file in it is newer than every source file, it
 * was made today (the site dates its stale-figure warnings by the build day), and nothing that changes what a
 * build makes is set in the environment. Any doubt means "build again".
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What the builds read: the sources, content/, their configuration and the installed dependencies. */
export const BUILD_INPUTS = [
  'extension', 'shared', 'site', 'content',
  'wxt.config.ts', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'package-lock.json', 'node_modules/.package-lock.json',
];
/** What `npm run build` writes. */
export const BUILD_OUTPUTS = ['.output/chrome-mv3', '.output/firefox-mv2', 'dist/site'];
/** Settings that change what a build makes (wxt.config.ts, astro.config.mjs, site/lib/build-day.ts). */
export const BUILD_SETTINGS = ['SENTINELLA_CONTENT_ROOT', 'SENTINELLA_BUILD_DATE', 'SENTINELLA_UNMINIFIED', 'WXT_OUT_DIR'];

/** Calls `visit` with the modification time of every file under `path` (a file or a folder). */
function eachFile(path: string, visit: (mtimeMs: number, file: string) => void): void {
  const stat = statSync(path);
  if (!stat.isDirectory()) return visit(stat.mtimeMs, path);
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules') continue;
    eachFile(join(path, entry), visit);
  }
}

export interface Freshness {
  current: boolean;
  /** Why, in a few words, for the test run's log. */
  reason: string;
}

export function buildFreshness(root: string, env: Record<string, string | undefined> = process.env, now = new Date()): Freshness {
  const setting = BUILD_SETTINGS.find((name) => env[name]);
  if (setting) return { current: false, reason: `${setting} is set` };

  let oldestOutput = Infinity;
  let oldestFile = '';
  for (const out of BUILD_OUTPUTS) {
    const dir = join(root, out);
    let files = 0;
    if (existsSync(dir)) {
      eachFile(dir, (mtime, file) => {
        files++;
        if (mtime < oldestOutput) [oldestOutput, oldestFile] = [mtime, file];
      });
    }
    if (files === 0) return { current: false, reason: `${out} is missing` };
  }
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  if (day(oldestOutput) !== day(now.getTime())) return { current: false, reason: `the last build is from ${day(oldestOutput)}` };

  let newestInput = -Infinity;
  let newestFile = '';
  for (const input of BUILD_INPUTS) {
    const path = join(root, input);
    if (!existsSync(path)) continue;
    eachFile(path, (mtime, file) => {
      if (mtime > newestInput) [newestInput, newestFile] = [mtime, file];
    });
  }
  const rel = (file: string) => file.slice(root.length + 1);
  if (newestInput >= oldestOutput) return { current: false, reason: `${rel(newestFile)} changed after ${rel(oldestFile)} was built` };
  return { current: true, reason: `every output is newer than every source (newest: ${rel(newestFile)})` };
}
