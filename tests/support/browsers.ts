/**
 * One way for the browser tests to drive the built extension in Chromium (playwright-core) and in Firefox
 * ESR (puppeteer-core over WebDriver BiDi): launch with the extension installed, open pages and extension
 * pages, evaluate, click with real (trusted) input, read through open shadow roots, upload, download,
 * screenshot. The page and locator methods are named and behave like Playwright's, so a test is written once
 * and runs in both: `for (const target of extensionTargets()) describe(..., { skip: target.skip }, ...)`.
 *
 * SENTINELLA_BROWSERS=chromium (or firefox) runs one browser only; SENTINELLA_EXTENSION_DIR and
 * SENTINELLA_FIREFOX_EXTENSION_DIR point at other builds.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page as PwPage } from 'playwright-core';
import type { Browser as PpBrowser, ElementHandle, Frame as PpFrame, JSHandle, Page as PpPage } from 'puppeteer-core';
import { chromiumOrSkip, findFirefox, FIREFOX_INSTALL_HINT } from './browser.ts';
import { EXTENSION_DIR, launchWithExtension } from './launch.ts';

const ROOT = join(import.meta.dirname, '..', '..');
export const FIREFOX_EXTENSION_DIR = join(ROOT, '.output', 'firefox-mv2');
/** The add-on id in the Firefox manifest (wxt.config.ts) and the internal UUID the tests pin for it. */
const GECKO_ID = 'sentinella@sentinella.it';
const FIREFOX_UUID = '5e471a3b-0c1d-4e2f-9a8b-7c6d5e4f3a21';

export type BrowserName = 'chromium' | 'firefox';

/** The spotlight panel's iframe on a carrier page, and the path of the extension page it shows. */
const PANEL_FRAME = 'iframe[data-sentinella-frame]';
const PANEL_PAGE_PATH = '/spotlight-frame.html';

export interface FileToUpload { name: string; mimeType: string; buffer: Buffer }
export interface Downloaded { name: string; bytes: Buffer }

/** The subset of Playwright's Locator the tests use; in Firefox, CSS reaches into open shadow roots as Playwright's does. */
export interface TestLocator {
  locator(selector: string, options?: { hasText?: string }): TestLocator;
  getByText(text: string): TestLocator;
  getByTestId(id: string): TestLocator;
  getByRole(role: 'button' | 'link' | 'checkbox', options?: { name?: string }): TestLocator;
  nth(index: number): TestLocator;
  last(): TestLocator;
  count(): Promise<number>;
  innerText(): Promise<string>;
  allInnerTexts(): Promise<string[]>;
  getAttribute(name: string): Promise<string | null>;
  inputValue(): Promise<string>;
  isVisible(): Promise<boolean>;
  click(): Promise<void>;
  focus(): Promise<void>;
  check(): Promise<void>;
  uncheck(): Promise<void>;
  selectOption(value: string): Promise<unknown>;
  setInputFiles(file: FileToUpload): Promise<void>;
  screenshot(options: { path: string }): Promise<unknown>;
  waitFor(options?: { state?: 'attached' | 'detached' | 'visible' | 'hidden'; timeout?: number }): Promise<void>;
  evaluateAll<R>(fn: (elements: Element[]) => R): Promise<R>;
}

/** The subset of Playwright's Page the tests use, plus download() for what a click saves. */
export interface TestPage {
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  goBack(): Promise<void>;
  close(): Promise<void>;
  title(): Promise<string>;
  evaluate<R, A = undefined>(fn: ((arg: A) => R | Promise<R>) | string, arg?: A): Promise<R>;
  waitForFunction<A>(fn: (arg: A) => unknown, arg?: A, options?: { timeout?: number }): Promise<void>;
  waitForSelector(selector: string, options?: { timeout?: number }): Promise<void>;
  waitForTimeout(ms: number): Promise<void>;
  $$eval<R>(selector: string, fn: (elements: Element[]) => R): Promise<R>;
  getAttribute(selector: string, name: string): Promise<string | null>;
  locator(selector: string, options?: { hasText?: string }): TestLocator;
  getByText(text: string): TestLocator;
  getByTestId(id: string): TestLocator;
  getByRole(role: 'button' | 'link' | 'checkbox', options?: { name?: string }): TestLocator;
  /**
   * The spotlight's panel: the document of its iframe (an extension page the carrier page itself cannot
   * reach), as a locator; no panel on the page, no matches.
   */
  panel(): TestLocator;
  /** `fn` (or a script's text) run in the panel's page; fails when the page shows no panel. */
  evaluatePanel<R>(fn: (() => R | Promise<R>) | string): Promise<R>;
  keyboard: { press(key: string): Promise<void> };
  screenshot(options: { path: string; fullPage?: boolean }): Promise<unknown>;
  setViewportSize(size: { width: number; height: number }): Promise<void>;
  /** The files a click (or anything `trigger` does) makes the browser save. */
  download(trigger: () => Promise<unknown>): Promise<Downloaded>;
}

export interface ExtensionBrowser {
  name: BrowserName;
  /** The extension page's address: chrome-extension://ID/PATH or moz-extension://UUID/PATH. */
  extensionUrl(path: string): string;
  newPage(): Promise<TestPage>;
  /** Called with the URL of every request a page of this browser makes (pages opened with newPage, in Firefox). */
  onRequest(listener: (url: string) => void): void;
  /** Whether the browser can emulate a colour scheme (Firefox over BiDi cannot: prefers-color-scheme needs CDP). */
  canEmulateColorScheme: boolean;
  emulateColorScheme(page: TestPage, scheme: 'light' | 'dark'): Promise<void>;
  close(): Promise<void>;
}

export interface ExtensionTarget {
  name: BrowserName;
  /** "Chromium" or "Firefox ESR", for test titles. */
  label: string;
  /** A reason to skip this browser's tests (not installed), or false. */
  skip: string | false;
  launch(): Promise<ExtensionBrowser>;
}

/** The browsers every extension scenario runs in (both, unless SENTINELLA_BROWSERS names one). */
export function extensionTargets(): ExtensionTarget[] {
  const wanted = (process.env.SENTINELLA_BROWSERS ?? 'chromium,firefox').split(',').map((s) => s.trim());
  const targets: ExtensionTarget[] = [];
  if (wanted.includes('chromium')) {
    const chrome = chromiumOrSkip();
    targets.push({ name: 'chromium', label: 'Chromium', skip: chrome.skip, launch: () => launchChromium(chrome.path!) });
  }
  if (wanted.includes('firefox')) {
    const firefox = firefoxOrSkip();
    targets.push({ name: 'firefox', label: 'Firefox ESR', skip: firefox.skip, launch: () => launchFirefox(firefox.path!) });
  }
  return targets;
}

function firefoxOrSkip(): { path: string; skip: false } | { path: undefined; skip: string } {
  const path = findFirefox();
  if (path) return { path, skip: false };
  if (process.env.CI === 'true') throw new Error(`No Firefox found and CI=true: browser tests cannot be skipped in CI. ${FIREFOX_INSTALL_HINT}`);
  const reason = `No Firefox found: Firefox browser tests SKIPPED. ${FIREFOX_INSTALL_HINT}`;
  console.error(`\n!!!! ${reason} !!!!\n`);
  return { path: undefined, skip: reason };
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Waits until a file appears in `dir` that was not in `before` and has stopped growing. */
async function newDownload(dir: string, before: Set<string>, timeout = 15_000): Promise<Downloaded> {
  const end = Date.now() + timeout;
  let lastSize = -1;
  while (Date.now() < end) {
    const names = readdirSync(dir).filter((n) => !before.has(n));
    const done = names.find((n) => !n.endsWith('.part') && !names.includes(`${n}.part`));
    if (done) {
      const size = statSync(join(dir, done)).size;
      if (size === lastSize) return { name: done, bytes: readFileSync(join(dir, done)) };
      lastSize = size;
    }
    await sleep(150);
  }
  throw new Error(`no download finished in ${dir} within ${timeout} ms`);
}

// ─── Chromium (playwright-core) ─────────────────────────────────────────────────────────────────────────

async function launchChromium(executablePath: string): Promise<ExtensionBrowser> {
  const session = await launchWithExtension(executablePath, process.env.SENTINELLA_EXTENSION_DIR ?? EXTENSION_DIR);
  const wrap = (page: PwPage): TestPage => ({
    goto: async (url) => void (await page.goto(url)),
    reload: async () => void (await page.reload()),
    goBack: async () => void (await page.goBack()),
    close: () => page.close(),
    title: () => page.title(),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitForFunction: async (fn, arg, options) => void (await page.waitForFunction(fn as never, arg, { timeout: options?.timeout ?? 10_000 })),
    waitForSelector: async (selector, options) => void (await page.waitForSelector(selector, { timeout: options?.timeout ?? 10_000 })),
    waitForTimeout: (ms) => page.waitForTimeout(ms),
    $$eval: (selector, fn) => page.$$eval(selector, fn as never) as never,
    getAttribute: (selector, name) => page.getAttribute(selector, name),
    locator: (selector, options) => page.locator(selector, options) as unknown as TestLocator,
    getByText: (text) => page.getByText(text) as unknown as TestLocator,
    getByTestId: (id) => page.getByTestId(id) as unknown as TestLocator,
    getByRole: (role, options) => page.getByRole(role, options) as unknown as TestLocator,
    panel: () => page.frameLocator(PANEL_FRAME).locator(':root') as unknown as TestLocator,
    evaluatePanel: async (fn) => {
      const frame = page.frames().find((f) => new URL(f.url()).pathname === PANEL_PAGE_PATH && f.url().startsWith('chrome-extension:'));
      if (!frame) throw new Error('no spotlight panel on the page');
      return frame.evaluate(fn as never) as never;
    },
    keyboard: { press: (key) => page.keyboard.press(key) },
    screenshot: (options) => page.screenshot(options),
    setViewportSize: (size) => page.setViewportSize(size),
    download: async (trigger) => {
      const [download] = await Promise.all([page.waitForEvent('download'), trigger()]);
      return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
    },
  });
  const pages = new WeakMap<TestPage, PwPage>();
  return {
    name: 'chromium',
    extensionUrl: session.extensionUrl,
    newPage: async () => {
      const page = await session.context.newPage();
      const wrapped = wrap(page);
      pages.set(wrapped, page);
      return wrapped;
    },
    onRequest: (listener) => void session.context.on('request', (r) => listener(r.url())),
    canEmulateColorScheme: true,
    emulateColorScheme: async (page, scheme) => void (await pages.get(page)!.emulateMedia({ colorScheme: scheme })),
    close: () => session.close(),
  };
}

// ─── Firefox ESR (puppeteer-core, WebDriver BiDi) ───────────────────────────────────────────────────────

type Step =
  | { kind: 'css'; selector: string; hasText?: string }
  | { kind: 'text'; text: string }
  | { kind: 'role'; role: string; name?: string }
  | { kind: 'nth'; index: number };

/**
 * Runs in the page: the elements a chain of steps selects. CSS matches in the light DOM and in every open
 * shadow root below the scope, as Playwright's CSS engine does; text and role match case-insensitively on
 * whitespace-normalised text, the innermost element first.
 */
function resolveSteps(steps: Step[]): Element[] {
  const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
  const deep = (scope: Document | Element, selector: string): Element[] => {
    const found = new Set<Element>();
    const visit = (root: Document | Element | ShadowRoot) => {
      for (const el of root.querySelectorAll(selector)) found.add(el);
      for (const el of root.querySelectorAll('*')) if (el.shadowRoot) visit(el.shadowRoot);
    };
    visit(scope);
    if (scope instanceof Element && scope.shadowRoot) visit(scope.shadowRoot);
    return [...found];
  };
  const ROLES: Record<string, string> = {
    button: 'button, [role="button"], input[type="button"], input[type="submit"]',
    link: 'a[href], [role="link"]',
    checkbox: 'input[type="checkbox"], [role="checkbox"]',
  };
  const nameOf = (el: Element) => el.getAttribute('aria-label') ?? ((el as HTMLInputElement).value && el.tagName === 'INPUT' ? (el as HTMLInputElement).value : el.textContent);
  let current: (Document | Element)[] = [document];
  for (const step of steps) {
    if (step.kind === 'nth') {
      const el = step.index < 0 ? current[current.length + step.index] : current[step.index];
      current = el ? [el] : [];
      continue;
    }
    const next: Element[] = [];
    for (const scope of current) {
      if (step.kind === 'css') {
        next.push(...deep(scope, step.selector).filter((el) => !step.hasText || norm(el.textContent).includes(norm(step.hasText))));
      } else if (step.kind === 'role') {
        next.push(...deep(scope, ROLES[step.role] ?? `[role="${step.role}"]`).filter((el) => !step.name || norm(nameOf(el)).includes(norm(step.name))));
      } else {
        const wanted = norm(step.text);
        const hits = deep(scope, '*').filter((el) => !['SCRIPT', 'STYLE', 'HTML', 'HEAD'].includes(el.tagName) && norm(el.textContent).includes(wanted));
        next.push(...hits.filter((el) => !hits.some((other) => other !== el && el.contains(other))));
      }
    }
    current = [...new Set(next)];
  }
  return current.filter((x): x is Element => x instanceof Element);
}

/** Retries `fn` while the page is between documents (an extension page's realm is replaced on navigation). */
async function settled<T>(fn: () => Promise<T>, timeout = 10_000): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    try {
      return await fn();
    } catch (error) {
      if (Date.now() > end || !/context|realm|destroyed|navigat|discarded|No such/i.test(String(error))) throw error;
      await sleep(100);
    }
  }
}

/**
 * A trusted click in the middle of `el`, as the user's. In the panel's frame the point is found from the
 * frame's own box in the page: puppeteer would ask Firefox for the frame's element with a WebDriver BiDi
 * locator (type "context") that Firefox ESR 140.12 refuses ("Expected locator.type to be one of
 * accessibility, css, innerText, xpath").
 */
async function trustedClick(el: ElementHandle<Element>): Promise<void> {
  const frame = el.frame;
  if (!frame.parentFrame()) return el.click();
  const page = frame.page();
  // The frame follows the panel's size a message later (a list opened, a line added): the point is taken once
  // the frame and the element have both stood still and the element's middle lies inside the frame.
  let last = '';
  const end = Date.now() + 3000;
  for (;;) {
    const inFrame = await el.evaluate((e) => {
      e.scrollIntoView({ block: 'center', inline: 'center' });
      const box = e.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    });
    const box = await page.mainFrame().$eval(PANEL_FRAME, (f) => {
      const r = f.getBoundingClientRect();
      return { x: r.left + f.clientLeft, y: r.top + f.clientTop, width: f.clientWidth, height: f.clientHeight };
    });
    const inside = inFrame.x >= 0 && inFrame.y >= 0 && inFrame.x < box.width && inFrame.y < box.height;
    const now = JSON.stringify([inFrame, box]);
    if ((inside && now === last) || Date.now() > end) return page.mouse.click(box.x + inFrame.x, box.y + inFrame.y);
    last = now;
    await sleep(100);
  }
}

/** Where a Firefox locator looks: the page, or a frame found anew on every look (none: no matches). */
type Scope = () => Promise<PpPage | PpFrame | null>;

class FirefoxLocator implements TestLocator {
  private readonly scope: Scope;
  private readonly steps: Step[];
  private readonly uploads: string;
  constructor(scope: Scope, steps: Step[], uploads: string) {
    this.scope = scope;
    this.steps = steps;
    this.uploads = uploads;
  }

  private with(step: Step): FirefoxLocator {
    return new FirefoxLocator(this.scope, [...this.steps, step], this.uploads);
  }
  locator(selector: string, options?: { hasText?: string }) {
    return this.with({ kind: 'css', selector, hasText: options?.hasText });
  }
  getByText(text: string) {
    return this.with({ kind: 'text', text });
  }
  getByTestId(id: string) {
    return this.with({ kind: 'css', selector: `[data-testid="${id}"]` });
  }
  getByRole(role: string, options?: { name?: string }) {
    return this.with({ kind: 'role', role, name: options?.name });
  }
  nth(index: number) {
    return this.with({ kind: 'nth', index });
  }
  last() {
    return this.with({ kind: 'nth', index: -1 });
  }

  private async all(): Promise<JSHandle<Element[]> | null> {
    return settled(async () => {
      const scope = await this.scope();
      return scope ? scope.evaluateHandle(resolveSteps, this.steps) : null;
    });
  }
  private async elements(): Promise<ElementHandle<Element>[]> {
    const list = await this.all();
    if (!list) return [];
    const props = await list.getProperties();
    const out: ElementHandle<Element>[] = [];
    for (const [key, handle] of props) if (/^\d+$/.test(key)) out.push(handle.asElement() as ElementHandle<Element>);
    await list.dispose();
    return out;
  }
  /** The first match, waiting for one to exist (as Playwright's actions do). */
  private async first(timeout = 10_000): Promise<ElementHandle<Element>> {
    const end = Date.now() + timeout;
    for (;;) {
      const [el] = await this.elements();
      if (el) return el;
      if (Date.now() > end) throw new Error(`no element for ${JSON.stringify(this.steps)} within ${timeout} ms`);
      await sleep(100);
    }
  }

  /** Runs `fn` in the page on the current matches (resolveSteps itself is sent to the page, not named in `fn`). */
  private async onAll<R>(fn: (elements: Element[]) => R): Promise<R> {
    return settled(async () => {
      const scope = await this.scope();
      // No frame to look in: the function runs here, on no elements.
      if (!scope) return fn([]);
      const list = await scope.evaluateHandle(resolveSteps, this.steps);
      try {
        return (await list.evaluate(fn as never)) as R;
      } finally {
        await list.dispose().catch(() => undefined);
      }
    });
  }
  async count() {
    return this.onAll((els) => els.length);
  }
  async innerText() {
    return (await this.first()).evaluate((el) => (el as HTMLElement).innerText);
  }
  async allInnerTexts() {
    return this.onAll((els) => els.map((el) => (el as HTMLElement).innerText));
  }
  async getAttribute(name: string) {
    return (await this.first()).evaluate((el, n) => el.getAttribute(n), name);
  }
  async inputValue() {
    return (await this.first()).evaluate((el) => (el as HTMLInputElement).value);
  }
  async isVisible() {
    const [el] = await this.elements();
    return el ? el.evaluate((e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden') : false;
  }
  async click() {
    await trustedClick(await this.first());
  }
  async focus() {
    await (await this.first()).focus();
  }
  /** As Playwright's check()/uncheck(): waits until the box can be used (a page may disable it while loading), clicks, and checks it took. */
  private async setChecked(on: boolean, timeout = 10_000) {
    const el = await this.first();
    const end = Date.now() + timeout;
    while (await el.evaluate((e) => (e as HTMLInputElement).disabled)) {
      if (Date.now() > end) throw new Error(`${JSON.stringify(this.steps)} stayed disabled for ${timeout} ms`);
      await sleep(50);
    }
    if ((await el.evaluate((e) => (e as HTMLInputElement).checked)) !== on) await trustedClick(el);
    while ((await el.evaluate((e) => (e as HTMLInputElement).checked)) !== on) {
      if (Date.now() > end) throw new Error(`${JSON.stringify(this.steps)} did not become ${on ? 'checked' : 'unchecked'}`);
      await sleep(50);
    }
  }
  check() {
    return this.setChecked(true);
  }
  uncheck() {
    return this.setChecked(false);
  }
  async selectOption(value: string) {
    return (await this.first()).select(value);
  }
  async setInputFiles(file: FileToUpload) {
    const dir = mkdtempSync(join(this.uploads, 'file-'));
    const path = join(dir, file.name);
    writeFileSync(path, file.buffer);
    await ((await this.first()) as ElementHandle<HTMLInputElement>).uploadFile(path);
  }
  async screenshot(options: { path: string }) {
    return (await this.first()).screenshot({ path: options.path as `${string}.png` });
  }
  async waitFor(options?: { state?: 'attached' | 'detached' | 'visible' | 'hidden'; timeout?: number }) {
    const state = options?.state ?? 'visible';
    const timeout = options?.timeout ?? 10_000;
    const end = Date.now() + timeout;
    for (;;) {
      const n = await this.count();
      const ok = state === 'attached' ? n > 0 : state === 'detached' ? n === 0 : state === 'visible' ? n > 0 && (await this.isVisible()) : n === 0 || !(await this.isVisible());
      if (ok) return;
      if (Date.now() > end) throw new Error(`${JSON.stringify(this.steps)} not ${state} within ${timeout} ms`);
      await sleep(100);
    }
  }
  evaluateAll<R>(fn: (elements: Element[]) => R): Promise<R> {
    return this.onAll(fn);
  }
}

async function launchFirefox(executablePath: string): Promise<ExtensionBrowser> {
  const { default: puppeteer } = await import('puppeteer-core');
  const profile = mkdtempSync(join(tmpdir(), 'sentinella-firefox-'));
  const downloads = mkdtempSync(join(tmpdir(), 'sentinella-downloads-'));
  const uploads = mkdtempSync(join(tmpdir(), 'sentinella-uploads-'));
  const cleanup = () => {
    for (const dir of [profile, downloads, uploads]) rmSync(dir, { recursive: true, force: true });
  };
  let browser: PpBrowser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless: true,
      acceptInsecureCerts: true,
      userDataDir: profile,
      // Lets WebDriver BiDi navigate a tab to moz-extension:// pages (the archive, the popup); test-only.
      args: ['--remote-allow-system-access'],
      env: { ...process.env, LANG: 'it_IT.UTF-8', LANGUAGE: 'it' },
      extraPrefsFirefox: {
        // Firefox has no host-resolver rules: every host name goes to 127.0.0.1, where only the portal listens.
        'network.dns.forceResolve': '127.0.0.1',
        // A fixed internal UUID, so moz-extension://UUID/archive.html is known before the add-on starts.
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
        // Italian UI (Debian's firefox-esr-l10n-it), so the extension speaks its default language.
        'intl.locale.requested': 'it',
        'intl.accept_languages': 'it-IT, it',
        // navigator.storage.persist() asks the user in Firefox; these answer "allow" as a user would.
        'dom.storageManager.prompt.testing': true,
        'dom.storageManager.prompt.testing.allow': true,
        'browser.download.folderList': 2,
        'browser.download.dir': downloads,
        'browser.download.useDownloadDir': true,
        'browser.download.always_ask_before_handling_new_types': false,
      },
    });
  } catch (error) {
    cleanup();
    throw error;
  }
  const listeners: ((url: string) => void)[] = [];
  const extensionUrl = (path: string) => `moz-extension://${FIREFOX_UUID}/${path.replace(/^\//, '')}`;

  const wrap = (page: PpPage): TestPage => {
    page.on('request', (r) => {
      for (const l of listeners) l(r.url());
    });
    let current = 'about:blank';
    /** BiDi does not report `load` for moz-extension pages: start the navigation, then wait for the new document. */
    const goto = async (url: string) => {
      current = url;
      if (!url.startsWith('moz-extension:')) {
        await page.goto(url, { waitUntil: 'load' });
        return;
      }
      void page.goto(url, { timeout: 15_000 }).catch(() => undefined);
      const end = Date.now() + 15_000;
      for (;;) {
        await sleep(100);
        const state = await page.evaluate(() => [location.href, document.readyState]).catch(() => ['', '']);
        if (state[0] === url && state[1] !== 'loading') return;
        if (Date.now() > end) throw new Error(`${url} did not load (last: ${state.join(' ')})`);
      }
    };
    const root = () => new FirefoxLocator(async () => page, [], uploads);
    /** BiDi names an extension frame about:blank: the panel's frame is the one whose document says it is the panel page. */
    const panelFrame: Scope = async () => {
      for (const frame of page.frames()) {
        if (frame === page.mainFrame()) continue;
        const path = await frame.evaluate(() => location.pathname).catch(() => '');
        if (path === PANEL_PAGE_PATH) return frame;
      }
      return null;
    };
    return {
      goto,
      reload: async () => {
        if (current.startsWith('moz-extension:')) {
          await page.evaluate(() => location.reload()).catch(() => undefined);
          await sleep(200);
          await goto(current);
        } else await page.reload({ waitUntil: 'load' });
      },
      goBack: async () => {
        // A single-page portal goes back inside the same document: no navigation to wait for.
        await page.evaluate(() => history.back());
        await sleep(200);
      },
      close: () => page.close(),
      title: () => page.title(),
      evaluate: (fn, arg) => settled(() => (typeof fn === 'string' ? page.evaluate(fn) : page.evaluate(fn as never, arg))) as never,
      // Truthiness is judged in the page (an element returned by `fn` does not survive the trip back).
      // Polled from here: puppeteer's own waitForFunction builds its poller with Function() inside the page,
      // which the extension pages' CSP refuses in Firefox ESR 140.
      waitForFunction: async (fn, arg, options) => {
        const timeout = options?.timeout ?? 10_000;
        const end = Date.now() + timeout;
        const check = `(() => !!(${fn.toString()})(${arg === undefined ? "" : JSON.stringify(arg)}))()`;
        while (!(await settled(() => page.evaluate(check), timeout))) {
          if (Date.now() > end) throw new Error(`waitForFunction: still false after ${timeout} ms: ${fn.toString().slice(0, 200)}`);
          await sleep(100);
        }
      },
      waitForSelector: (selector, options) => root().locator(selector).waitFor({ state: 'attached', timeout: options?.timeout }),
      waitForTimeout: sleep,
      $$eval: (selector, fn) => settled(() => page.$$eval(selector, fn as never)) as never,
      getAttribute: (selector, name) => root().locator(selector).getAttribute(name),
      locator: (selector, options) => root().locator(selector, options),
      getByText: (text) => root().getByText(text),
      getByTestId: (id) => root().getByTestId(id),
      getByRole: (role, options) => root().getByRole(role, options),
      panel: () => new FirefoxLocator(panelFrame, [], uploads),
      evaluatePanel: async (fn) => {
        const frame = await panelFrame();
        if (!frame) throw new Error('no spotlight panel on the page');
        return (typeof fn === 'string' ? frame.evaluate(fn) : frame.evaluate(fn as never)) as never;
      },
      keyboard: {
        // Playwright's "Shift+Tab" is a chord; puppeteer presses its parts in turn.
        press: async (key) => {
          const parts = key.split('+');
          const last = parts.pop()!;
          // Playwright names the space bar "Space"; puppeteer over BiDi wants the character itself.
          const main = last === 'Space' ? ' ' : last;
          for (const m of parts) await page.keyboard.down(m as never);
          await page.keyboard.press(main as never);
          for (const m of parts.reverse()) await page.keyboard.up(m as never);
        },
      },
      screenshot: (options) => page.screenshot({ path: options.path as `${string}.png`, fullPage: options.fullPage }),
      // puppeteer's setViewport also sends emulation.setScreenOrientationOverride, which Firefox ESR 140 does not
      // know: the viewport alone is set through the page's BiDi browsing context.
      setViewportSize: (size) => (page.mainFrame() as unknown as { browsingContext: { setViewport(o: { viewport: typeof size }): Promise<void> } }).browsingContext.setViewport({ viewport: size }),
      download: async (trigger) => {
        const before = new Set(readdirSync(downloads));
        await trigger();
        return newDownload(downloads, before);
      },
    };
  };

  try {
    await browser.installExtension(process.env.SENTINELLA_FIREFOX_EXTENSION_DIR ?? FIREFOX_EXTENSION_DIR);
    // The extension has started once its own page renders.
    const probe = wrap(await browser.newPage());
    await probe.goto(extensionUrl('popup.html'));
    await probe.waitForSelector('body *', { timeout: 15_000 });
    await probe.close();
  } catch (error) {
    await browser.close();
    cleanup();
    throw error;
  }
  return {
    name: 'firefox',
    extensionUrl,
    newPage: async () => wrap(await browser.newPage()),
    onRequest: (listener) => void listeners.push(listener),
    canEmulateColorScheme: false,
    emulateColorScheme: async () => {
      throw new Error('Firefox over WebDriver BiDi cannot emulate prefers-color-scheme (puppeteer needs CDP for it)');
    },
    close: async () => {
      await browser.close();
      cleanup();
    },
  };
}
