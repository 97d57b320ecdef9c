/**
 * Builds the site from another copy of content/ without touching the project's own build state:
 * a temp project root holding copies of the site code, shared/ and content/, node_modules linked, and its
 * own Astro cache folder. (Astro keeps its content store in the cache folder, node_modules/.astro by
 * default, and, for an outDir outside the working directory, its prerender files in <cwd>/.astro: two
 * builds sharing either trip over each other.)
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
const COPIED = ['site', 'shared', 'package.json', 'tsconfig.json'];

/** A new temp project root with a copy of content/ (from `contentFrom`, the project by default). */
export function isolatedSiteRoot(contentFrom = ROOT): string {
  const dir = mkdtempSync(join(tmpdir(), 'sentinella-site-'));
  for (const name of COPIED) cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  cpSync(join(ROOT, 'astro.config.mjs'), join(dir, 'astro.project.mjs'));
  writeFileSync(join(dir, 'astro.config.mjs'), "import config from './astro.project.mjs';\nexport default { ...config, cacheDir: './.astro-cache' };\n");
  cpSync(join(contentFrom, 'content'), join(dir, 'content'), { recursive: true });
  return dir;
}

export interface SiteBuild {
  status: number;
  output: string;
  ms: number;
  /** The built site: <root>/dist/site. */
  outDir: string;
}

/** Runs `astro build` in `root` on this Node (the project's Node 24), with its content. */
export function buildIsolatedSite(root: string, env: Record<string, string> = {}): SiteBuild {
  const start = performance.now();
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SENTINELLA_CONTENT_ROOT: root, ...env },
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: r.status ?? 1, output: `${r.stdout}${r.stderr}`, ms: performance.now() - start, outDir: join(root, 'dist', 'site') };
}
