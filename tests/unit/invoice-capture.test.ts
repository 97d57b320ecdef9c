// @vitest-environment happy-dom
import { expect, test, vi } from 'vitest';

const messages: { type: string; [key: string]: unknown }[] = [];
/** The capture batches sent. */
const sent = { get length() { return messages.filter((m) => m.type === 'archive:capture').length; } };
let failNext = false;
/** Row prints the archive says it holds in full, for the page asked about. */
let knownPrints: string[] = [];
/** Documents the archive says it lacks, for the next batch. */
let needDocuments: { id: string; url: string }[] = [];
vi.mock('../../extension/lib/send.ts', () => ({
  send: vi.fn(async (message: { type: string }) => {
    messages.push(message);
    if (message.type === 'archive:known-rows') return { prints: knownPrints };
    if (failNext) {
      failNext = false;
      throw new Error('Il service worker non risponde');
    }
    if (message.type === 'archive:document') return { stored: true };
    if (message.type === 'archive:page-read') return { remembered: true };
    return { at: '', carrier: 'tim', seen: 1, added: 1, updated: 0, total: 1, needDocuments };
  }),
}));
/** The portal's answer to a document request (each test sets it). */
let documentAnswer: () => Response = () => new Response('%PDF-1.4 fattura', { headers: { 'content-type': 'application/pdf' } });
vi.stubGlobal('fetch', vi.fn(async () => documentAnswer()));
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
  // A batch that was not stored is no page archived in full.
  expect(messages.filter((m) => m.type === 'archive:page-read')).toEqual([]);

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

const watcherFor = () => {
  const watcher = { subscribe: () => () => undefined, navigated() {}, stop() {} };
  return { watcher, ctx: { isInvalid: false, onInvalidated: () => undefined } };
};

test('a page archived in full (batch stored, every document stored) sends its fingerprint and invoice numbers; a failed document does not', async () => {
  document.title = 'Le mie fatture';
  document.body.innerHTML = `<table><tr><th>Numero</th><th>Importo</th><th>PDF</th></tr>
    <tr><td>8A00123456</td><td>29,90 €</td><td><a href="/doc/8A00123456.pdf">Scarica</a></td></tr>
    <tr><td>8A00123457</td><td>31,90 €</td><td><a href="/doc/8A00123457.pdf">Scarica</a></td></tr></table>`;
  messages.length = 0;
  needDocuments = [{ id: 'tim:8A00123456', url: `${location.origin}/doc/8A00123456.pdf` }];
  const { watcher, ctx } = watcherFor();
  await invoiceCapture.start({ ctx: ctx as never, watcher, report: (e) => { throw e; } });
  const read = messages.filter((m) => m.type === 'archive:page-read');
  expect(read).toHaveLength(1);
  expect(read[0]!.numbers).toEqual(['8A00123456', '8A00123457']);
  expect(read[0]!.signature).toMatch(/^[0-9a-f]{64}$/);

  // The same invoices, but the portal fails the document: the page is not reported as archived in full.
  document.body.innerHTML = document.body.innerHTML.replace('31,90', '32,90');
  messages.length = 0;
  documentAnswer = () => new Response('errore', { status: 503 });
  await invoiceCapture.start({ ctx: ctx as never, watcher, report: (e) => { throw e; } });
  expect(messages.map((m) => m.type)).toEqual(['archive:known-rows', 'archive:capture', 'archive:document']);
  expect(messages[2]).toMatchObject({ ok: false });
  needDocuments = [];
  documentAnswer = () => new Response('%PDF-1.4 fattura', { headers: { 'content-type': 'application/pdf' } });
});

test('rows the archive holds from an earlier visit are not read again: only the new invoice is sent, the known rows are named by print', async () => {
  document.title = 'Le mie fatture';
  const row = (n: string, amount: string) => `<tr><td>${n}</td><td>${amount}</td><td><a href="/doc/${n}.pdf">Scarica</a></td></tr>`;
  document.body.innerHTML = `<table><tr><th>Numero</th><th>Importo</th><th>PDF</th></tr>${row('8A00123456', '29,90 €')}${row('8A00123457', '31,90 €')}</table>`;
  messages.length = 0;
  knownPrints = [];
  const { watcher, ctx } = watcherFor();
  await invoiceCapture.start({ ctx: ctx as never, watcher, report: (e) => { throw e; } });
  const first = messages.find((m) => m.type === 'archive:page-read')!;
  const read = first.read as [string, string][];
  expect(read.map(([, n]) => n)).toEqual(['8A00123456', '8A00123457']);

  // Next visit: one new invoice on top; the two rows read before are known by their prints.
  knownPrints = read.map(([p]) => p);
  document.body.innerHTML = `<table><tr><th>Numero</th><th>Importo</th><th>PDF</th></tr>${row('8A00123458', '33,90 €')}${row('8A00123456', '29,90 €')}${row('8A00123457', '31,90 €')}</table>`;
  messages.length = 0;
  await invoiceCapture.start({ ctx: ctx as never, watcher, report: (e) => { throw e; } });
  const capture = messages.find((m) => m.type === 'archive:capture')!;
  expect((capture.invoices as { number: string }[]).map((i) => i.number)).toEqual(['8A00123458']);
  const second = messages.find((m) => m.type === 'archive:page-read')!;
  expect(second.skipped).toEqual(knownPrints);
  expect((second.read as [string, string][]).map(([, n]) => n)).toEqual(['8A00123458']);

  // A known row that changed (its status, its amount) has another print: it is read again.
  document.body.innerHTML = document.body.innerHTML.replace('29,90', '28,90');
  messages.length = 0;
  await invoiceCapture.start({ ctx: ctx as never, watcher, report: (e) => { throw e; } });
  expect((messages.find((m) => m.type === 'archive:capture')!.invoices as { number: string }[]).map((i) => i.number)).toEqual(['8A00123458', '8A00123456']);
  knownPrints = [];
});
