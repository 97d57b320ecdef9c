/**
 * The background passes the spotlight panel's events (an extension page in an iframe) to the content scripts
 * of the panel's tab, and only those of the panel's own page, well formed; in Firefox it also passes what to
 * show from the content script to the tab, where the frame hears it.
 */
import { beforeEach, expect, test, vi } from 'vitest';

const sent: unknown[][] = [];
vi.mock('wxt/browser', () => ({
  browser: {
    runtime: { id: 'sentinella-id', getURL: (path: string) => `chrome-extension://sentinella-id${path}` },
    tabs: { sendMessage: async (...args: unknown[]) => void sent.push(args) },
  },
}));

const { relayFrameEvent, relayFrameShow } = await import('../../extension/background/relay-frame-event.ts');
const { isFrameEventMessage, isFrameShow, frameToken } = await import('../../extension/lib/spotlight-frame.ts');

const PANEL_URL = 'chrome-extension://sentinella-id/spotlight-frame.html#abc';
const fromPanel = (extra: object = {}) => ({ id: 'sentinella-id', tab: { id: 7 }, frameId: 12, url: PANEL_URL, ...extra }) as never;
const token = 'a'.repeat(32);

beforeEach(() => {
  sent.splice(0);
  vi.unstubAllEnvs();
});

test("the panel's events reach its own tab, as the content script expects them", async () => {
  for (const event of [{ kind: 'ready' }, { kind: 'toggle', key: 'tim-losai' }, { kind: 'size', width: 404, height: 76 }] as const) {
    expect(await relayFrameEvent({ type: 'spotlight-frame:to-page', token, event }, fromPanel())).toEqual({ relayed: true });
  }
  expect(sent.map(([tab]) => tab)).toEqual([7, 7, 7]);
  expect(sent.every(([, message]) => isFrameEventMessage(message))).toBe(true);
  expect(sent[1]).toEqual([7, { type: 'spotlight-frame:event', token, event: { kind: 'toggle', key: 'tim-losai' } }]);
});

test('nothing is passed on from another page, another extension, a sender without a tab, or in a wrong shape', async () => {
  const ok = { type: 'spotlight-frame:to-page', token, event: { kind: 'ready' } } as const;
  expect(await relayFrameEvent(ok, fromPanel({ url: 'chrome-extension://sentinella-id/popup.html' }))).toEqual({ relayed: false });
  expect(await relayFrameEvent(ok, fromPanel({ url: 'https://www.tim.it/mytim/' }))).toEqual({ relayed: false });
  expect(await relayFrameEvent(ok, fromPanel({ id: 'other-extension' }))).toEqual({ relayed: false });
  expect(await relayFrameEvent(ok, fromPanel({ tab: undefined }))).toEqual({ relayed: false });
  for (const event of [{ kind: 'toggle' }, { kind: 'size', width: 'wide', height: 1 }, { kind: 'navigate', url: 'https://evil.example/' }, null]) {
    expect(await relayFrameEvent({ ...ok, event } as never, fromPanel())).toEqual({ relayed: false });
  }
  expect(sent).toEqual([]);
});

const show = { type: 'spotlight-frame:show' as const, token, services: [], wanted: [] };
const fromContentScript = { id: 'sentinella-id', tab: { id: 9 }, frameId: 0, url: 'https://www.tim.it/mytim/linea/opzioni.html' } as never;

test('Firefox: what to show goes to the content script\'s own tab; Chrome has delivered it already', async () => {
  vi.stubEnv('MANIFEST_VERSION', 2 as never);
  expect(await relayFrameShow(show, fromContentScript)).toEqual({ relayed: true });
  expect(sent).toEqual([[9, show]]);
  // Never on behalf of the panel's page, nor in a wrong shape.
  expect(await relayFrameShow(show, fromPanel())).toEqual({ relayed: false });
  expect(await relayFrameShow({ ...show, services: 'all' } as never, fromContentScript)).toEqual({ relayed: false });
  vi.stubEnv('MANIFEST_VERSION', 3 as never);
  expect(await relayFrameShow(show, fromContentScript)).toEqual({ relayed: false });
  expect(sent).toHaveLength(1);
});

test('the guards take exactly the protocol\'s messages, and tokens are 128 random bits', () => {
  expect(isFrameShow(show)).toBe(true);
  expect(isFrameShow({ ...show, token: 1 })).toBe(false);
  expect(isFrameEventMessage({ type: 'spotlight-frame:event', token, event: { kind: 'size', width: Infinity, height: 2 } })).toBe(false);
  const tokens = new Set(Array.from({ length: 100 }, frameToken));
  expect(tokens.size).toBe(100);
  for (const t of tokens) expect(t).toMatch(/^[0-9a-f]{32}$/);
});
