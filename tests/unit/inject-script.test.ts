/** The background runs only its own on-demand scripts, only for this extension's content scripts, in the asking frame. */
import { beforeEach, expect, test, vi } from 'vitest';

const calls: unknown[] = [];
vi.mock('wxt/browser', () => ({
  browser: {
    runtime: { id: 'sentinella-id' },
    scripting: { executeScript: async (injection: unknown) => void calls.push(injection) },
    tabs: { executeScript: async (...args: unknown[]) => void calls.push(args) },
  },
}));

const { injectScript } = await import('../../extension/background/inject-script.ts');

const sender = (extra: object = {}) => ({ id: 'sentinella-id', tab: { id: 7 }, frameId: 3, ...extra }) as never;

beforeEach(() => void calls.splice(0));

test('an on-demand script runs in the asking document (Chrome names it) or frame', async () => {
  expect(await injectScript({ script: 'paid-extras-spotlight' }, sender({ documentId: 'doc-1' }))).toEqual({ injected: true });
  expect(await injectScript({ script: 'invoice-capture' }, sender())).toEqual({ injected: true });
  expect(await injectScript({ script: 'paid-extras-spotlight' }, sender())).toEqual({ injected: true });
  expect(calls).toEqual([
    { target: { tabId: 7, documentIds: ['doc-1'] }, files: ['/content-scripts/paid-extras-spotlight.js'] },
    { target: { tabId: 7, frameIds: [3] }, files: ['/content-scripts/invoice-capture.js'] },
    { target: { tabId: 7, frameIds: [3] }, files: ['/content-scripts/paid-extras-spotlight.js'] },
  ]);
});

test('an unknown script name, another extension or a sender without a tab runs nothing', async () => {
  for (const script of ['popup', '../background', 'constructor', '__proto__']) {
    expect(await injectScript({ script } as never, sender())).toEqual({ injected: false });
  }
  expect(await injectScript({ script: 'paid-extras-spotlight' }, sender({ id: 'other-extension' }))).toEqual({ injected: false });
  expect(await injectScript({ script: 'paid-extras-spotlight' }, sender({ tab: undefined }))).toEqual({ injected: false });
  expect(calls).toEqual([]);
});
