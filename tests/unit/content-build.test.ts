/**
 * Both real builds refuse bad content, naming the file and the field. Neither gets as far as bundling (no second
 * full build): wxt stops while resolving its config (the manifest's hosts come from content/), astro while its
 * content loader syncs, so each costs its tool's start-up (3 and 5 s here). Run one after the other: side by side
 * they took longer, the unit test files already filling the cores.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sentinella-badbuild-'));
  cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
  const file = join(dir, 'content/services/tim-prime-go.md');
  writeFileSync(file, readFileSync(file, 'utf8').replace('amount: 0.49', 'amount: tanti'));
  const other = join(dir, 'content/services/tim-losai.md');
  writeFileSync(other, readFileSync(other, 'utf8').replace('carrier: tim', 'carrier: timm'));
});

const UNKNOWN_CARRIER = /content\/services\/tim-losai\.md: carrier: unknown carrier "timm"/g;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function build(args: string[], outDir: string) {
  return spawnSync('npx', args, {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, SENTINELLA_CONTENT_ROOT: dir, ASTRO_TELEMETRY_DISABLED: '1', WXT_OUT_DIR: outDir },
    timeout: 120_000,
  });
}

describe('a bad content file fails the builds', () => {
  test('extension build (wxt)', () => {
    const r = build(['wxt', 'build'], join(dir, 'out'));
    expect(r.status).not.toBe(0);
    expect(r.stdout + r.stderr).toMatch(/content\/services\/tim-prime-go\.md: prices\.0\.amount: expected an amount in euros as a number/);
    expect(r.stdout + r.stderr).toMatch(UNKNOWN_CARRIER);
    // Refused before anything is written: no half-built extension is left to load.
    expect(existsSync(join(dir, 'out'))).toBe(false);
  }, 120_000);

  test('site build (astro)', () => {
    const r = build(['astro', 'build', '--outDir', join(dir, 'site')], dir);
    expect(r.status).not.toBe(0);
    expect(r.stdout + r.stderr).toMatch(/content\/services\/tim-prime-go\.md: prices\.0\.amount: expected an amount in euros as a number/);
    // Schema and references are checked in the same single pass, so every problem is listed, each once.
    expect((r.stdout + r.stderr).match(UNKNOWN_CARRIER)).toHaveLength(1);
  }, 120_000);
});
