// @vitest-environment happy-dom
import { expect, test, vi } from 'vitest';

const sent: unknown[] = [];
let failNext = false;
vi.mock('../../extension/lib/send.ts', () => ({
  send: vi.fn(async (message: { type: string }) => {
    sent.push(message);
    if (failNext) {
      failNext = false;
      throw new Error('Il service worker non risponde');
    }
    return { at: '', carrier: 'tim', seen: 1, added: 1, updated: 0, total: 1, needDocuments: [] };
  }),
}));
/** How many times a capture began (each reads the setting first). */
let captures = 0;
vi.mock('../../extension/lib/archive/settings.ts', () => ({
  archiveAutomatically: {
    getValue: async () => {
      captures++;
      return true;
    },
  },
}));

const { invoiceCapture } = await import('../../extension/carrier-page/features/invoice-capture.ts');
type PageListener = import('../../extension/carrier-page/page-watcher.ts').PageListener;

test('a batch the archive failed to store is sent again when the page next settles', async () => {
  document.title = 'La mia fattura';
  document.body.innerHTML = `<table><tr><th>Numero</th><th>Importo</th></tr><tr><td>8A00123456</td><td>29,90 €</td></tr></table>`;
  let listener: PageListener | undefined;
  const watcher = { subscribe: (l: PageListener) => ((listener = l), () => undefined), navigated() {}, stop() {} };
  const ctx = { isInvalid: false, onInvalidated: () => undefined };
  const errors: unknown[] = [];
  failNext = true;
  await invoiceCapture.start({ ctx: ctx as never, watcher, report: (e) => errors.push(e) });
  expect(errors).toHaveLength(1);
  expect(sent).toHaveLength(1);

  // Nothing changed on the page, but nothing was archived either: the next settle tries again.
  listener!('mutation', null);
  await vi.waitFor(() => expect(sent).toHaveLength(2));
  // Once stored, the same page is not sent a third time: the capture runs (it reads the setting) and sends nothing.
  await vi.waitFor(() => expect(captures).toBe(2));
  listener!('mutation', null);
  await vi.waitFor(() => expect(captures).toBe(3));
  await Promise.resolve();
  expect(sent).toHaveLength(2);
});
