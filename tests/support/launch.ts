/**
 * Launches Debian's Chromium through playwright-core: plain (for the site) or with the built extension
 * loaded (for the portal), with every carrier host of content/operators mapped to 127.0.0.1 and the test certificate accepted.
 */
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS } from './browser.ts';
import { chromiumHostRules } from './carrier-hosts.ts';

export const EXTENSION_DIR = join(import.meta.dirname, '..', '..', '.output', 'chrome-mv3');

/** Every carrier host of content/operators mapped to 127.0.0.1 (see carrier-hosts.ts). */
const HOST_RULES = `--host-resolver-rules=${chromiumHostRules()}`;

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  /** chrome-extension://ID/PATH */
  extensionUrl(path: string): string;
  close(): Promise<void>;
}

export async function launchWithExtension(executablePath: string, extensionDir = EXTENSION_DIR): Promise<ExtensionSession> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'sentinella-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    ignoreHTTPSErrors: true,
    viewport: { width: 1280, height: 900 },
    locale: 'it-IT',
    // Italian browser UI, so the extension speaks its default language (needs Debian's chromium-l10n).
    env: { ...process.env, LANGUAGE: 'it', LANG: 'it_IT.UTF-8' },
    args: [
      ...CHROMIUM_ARGS,
      HOST_RULES,
      '--lang=it',
      '--ignore-certificate-errors',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
  });
  let worker;
  try {
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  } catch (error) {
    // The extension did not start (a broken build): do not leave the browser and its profile behind.
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
    throw error;
  }
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export async function launchPlain(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, headless: true, args: [...CHROMIUM_ARGS, HOST_RULES, '--ignore-certificate-errors'] });
}
