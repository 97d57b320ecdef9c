/**
 * `npm test`: every test, in order, then one closing line "N passed, N failed, N skipped".
 *   1. unit tests (vitest)
 *   2. both builds (extension for Chrome and Firefox, site) — skipped with --no-build, and when the last build is
 *      still current (tests/support/build-freshness.ts: every output newer than every source, built today; CI builds
 *      once for the benchmarks, just before); --build builds regardless
 *   3. web-ext lint on the Firefox build (one check: no errors and no warnings)
 *   4. browser tests (node --test tests/e2e): every extension scenario in Chromium and in Firefox ESR, the site
 *      in Chromium
 * Exit code 1 when anything failed.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildFreshness } from './support/build-freshness.ts';

const ROOT = join(import.meta.dirname, '..');
const args = new Set(process.argv.slice(2));
const totals = { passed: 0, failed: 0, skipped: 0 };
// What failed, repeated just above the closing line: a long log is often read from its end only.
const failures: string[] = [];
const tmp = mkdtempSync(join(tmpdir(), 'sentinella-test-'));

function run(title: string, cmd: string, cmdArgs: string[], env: Record<string, string> = {}) {
  console.log(`\n━━ ${title} ━━`);
  const r = spawnSync(cmd, cmdArgs, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status ?? 1;
}

// 1. Unit tests.
const countsFile = join(tmp, 'vitest.json');
const vitestStatus = run('Unit tests (vitest)', 'npx', ['vitest', 'run'], { SENTINELLA_COUNTS: countsFile });
if (existsSync(countsFile)) {
  const c = JSON.parse(readFileSync(countsFile, 'utf8')) as typeof totals & { failures?: string[] };
  failures.push(...(c.failures ?? []).map((f) => `unit: ${f}`));
  totals.passed += c.passed;
  totals.failed += c.failed;
  totals.skipped += c.skipped;
  if (vitestStatus !== 0 && c.failed === 0) {
    totals.failed++;
    failures.push(`unit: vitest exited with ${vitestStatus} although no test failed`);
  }
} else {
  console.error('vitest wrote no counts: counted as one failure');
  totals.failed++;
  failures.push('unit: vitest wrote no counts');
}

// 2. Builds.
let built = true;
const fresh = args.has('--build') ? { current: false, reason: '--build' } : buildFreshness(ROOT);
if (!args.has('--no-build') && fresh.current) {
  console.log(`\n━━ Build (extension + site) ━━\nThe last build is current (${fresh.reason}): not building again (npm test -- --build forces it).`);
} else if (!args.has('--no-build')) {
  built = run(`Build (extension + site): ${fresh.reason}`, 'npm', ['run', 'build']) === 0;
  if (!built) {
    totals.failed++;
    failures.push('build: npm run build failed');
  }
}

// 3. web-ext lint on the Firefox build.
if (built) {
  const lintStatus = run('web-ext lint (Firefox build)', 'npx', ['web-ext', 'lint', '--source-dir', '.output/firefox-mv2', '--self-hosted', '--warnings-as-errors']);
  if (lintStatus === 0) totals.passed++;
  else {
    totals.failed++;
    failures.push('web-ext lint reported errors or warnings');
  }
}

// 4. Browser tests.
if (built) {
  const tap = join(tmp, 'e2e.tap');
  const status = run('Browser tests (node --test, Chromium and Firefox ESR)', 'node', [
    '--test',
    '--test-concurrency=1',
    '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=tap', `--test-reporter-destination=${tap}`,
    'tests/e2e/**/*.test.ts',
  ]);
  const text = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
  const num = (name: string) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(text)?.[1] ?? 0);
  const [pass, fail, skipped, todo, cancelled] = [num('pass'), num('fail'), num('skipped'), num('todo'), num('cancelled')];
  // TAP: a failing test is "not ok N - name" (a failing suite is listed too, after its tests).
  for (const m of text.matchAll(/^ *not ok \d+ - (.*)$/gm)) failures.push(`browser: ${m[1]}`);
  totals.passed += pass;
  totals.failed += fail + cancelled;
  totals.skipped += skipped + todo;
  if (status !== 0 && fail + cancelled === 0) {
    totals.failed++;
    failures.push(`browser: node --test exited with ${status} although no test failed`);
  }
  if (pass + fail + skipped === 0) {
    console.error('The browser tests reported nothing: counted as one failure');
    totals.failed++;
    failures.push('browser: the browser tests reported nothing');
  }
}

rmSync(tmp, { recursive: true, force: true });
if (failures.length) console.log(`\nFailed:\n${failures.map((f) => `  ✖ ${f}`).join('\n')}`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);
