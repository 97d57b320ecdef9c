/**
 * Finds the browsers the tests drive: a Chromium for playwright-core and a Firefox for puppeteer-core
 * (see browsers.ts). Finds a Chromium to drive with playwright-core: CHROME_PATH, then /usr/bin/chromium, chromium,
 * google-chrome on PATH. Without one, browser tests are skipped loudly, except under CI=true, where a
 * missing browser fails the run.
 */
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

function onPath(name: string): string | undefined {
  try {
    return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

export function findChromium(): string | undefined {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium'].filter((p): p is string => !!p);
  for (const c of candidates) if (existsSync(c)) return c;
  return onPath('chromium') ?? onPath('google-chrome') ?? onPath('chromium-browser');
}

export const INSTALL_HINT = 'Install it with: sudo apt-get install -y chromium (or set CHROME_PATH to a Chromium or Chrome binary).';

/** The Chromium path, or a skip reason; throws under CI=true when no browser is installed. */
export function chromiumOrSkip(): { path: string; skip: false } | { path: undefined; skip: string } {
  const path = findChromium();
  if (path) return { path, skip: false };
  if (process.env.CI === 'true') throw new Error(`No Chromium found and CI=true: browser tests cannot be skipped in CI. ${INSTALL_HINT}`);
  const reason = `No Chromium found: browser tests SKIPPED. ${INSTALL_HINT}`;
  console.error(`\n!!!! ${reason} !!!!\n`);
  return { path: undefined, skip: reason };
}

/** Firefox for the extension tests: FIREFOX_PATH, then Debian's firefox-esr, then firefox on PATH. */
export function findFirefox(): string | undefined {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr'].filter((p): p is string => !!p);
  for (const c of candidates) if (existsSync(c)) return c;
  return onPath('firefox-esr') ?? onPath('firefox');
}

export const FIREFOX_INSTALL_HINT = 'Install it with: sudo apt-get install -y firefox-esr firefox-esr-l10n-it (or set FIREFOX_PATH to a Firefox 140 or later).';

/** Flags every Chromium launch needs on this kind of machine (root, no network). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
];
