/**
 * A carrier page cannot steer the archive: invoices and documents are accepted only from a customer area
 * named in content/operators (not from every page the content script runs on), messages are checked in full,
 * and one invoice number gives one result per batch.
 */
import 'fake-indexeddb/auto';
import { expect, test } from 'vitest';
import catalog from 'virtual:sentinella-catalog';
import { handleCapture, handleDocument } from '../../extension/background/archive-handlers.ts';
import { cleanInvoices } from '../../extension/lib/archive/clean-invoices.ts';
import { customerAreaCarrier } from '../../extension/lib/archive/customer-area.ts';
import type { ParsedInvoice } from '../../extension/lib/archive/types.ts';

const inv = (number: string, amountCents = 100): ParsedInvoice => ({ number, period: null, periodMonth: '2026-10', issueDate: '2026-10-05', amountCents, dueDate: null, status: 'paid', line: null, documentUrl: null, items: [] });
const from = (url: string) => ({ url }) as never;

test('customer areas are the full hosts of content/operators, below their path; wildcards never qualify', () => {
  expect(customerAreaCarrier('https://www.tim.it/mytim/fatture', catalog.operators)).toBe('tim');
  expect(customerAreaCarrier('https://timbusiness.tim.it/business/fatture', catalog.operators)).toBe('tim-business');
  // The background checks the sender itself: a TIM promo or forum page is not the customer's area, whatever runs there.
  expect(customerAreaCarrier('https://promo.tim.it/fatture', catalog.operators)).toBeNull();
  expect(customerAreaCarrier('https://tim.it/fatture', catalog.operators)).toBeNull();
  expect(customerAreaCarrier('http://www.tim.it/mytim/fatture', catalog.operators)).toBeNull();
  // iliad's area is under /account/ on a host that also serves the shop.
  expect(customerAreaCarrier('https://www.iliad.it/account/fatture', catalog.operators)).toBe('iliad');
  expect(customerAreaCarrier('https://www.iliad.it/offerte/fatture', catalog.operators)).toBeNull();
});

test('a capture from a carrier page outside the customer area is refused and writes nothing', async () => {
  await expect(handleCapture({ invoices: [inv('S1')] }, from('https://promo.tim.it/fatture.html'))).rejects.toThrow(/fuori dall'area clienti|non di un operatore/);
  await expect(handleCapture({ invoices: [inv('S1')] }, from('https://www.iliad.it/offerte/fatture.html'))).rejects.toThrow(/fuori dall'area clienti/);
  const r = await handleCapture({ invoices: [inv('S1')] }, from('https://www.tim.it/mytim/fatture.html'));
  expect(r).toMatchObject({ added: 1 });
  await expect(handleDocument({ id: 'tim:S1', ok: true, base64: 'JVBERi0=', contentType: 'application/pdf' }, from('https://promo.tim.it/x'))).rejects.toThrow(/fuori dall'area clienti|non di un operatore/);
});

test('one invoice number gives one result in a batch, as first listed', () => {
  const out = cleanInvoices([inv('S2', 100), inv('S2', 999), inv('S3')], 'https://www.tim.it');
  expect(out.map((i) => [i.number, i.amountCents])).toEqual([['S2', 100], ['S3', 100]]);
});

test.each([
  ['an id of the wrong kind', { id: 42, ok: true, base64: 'JVBERi0=', contentType: 'application/pdf' }],
  ['an id that is not carrier:number', { id: 'S1', ok: true, base64: 'JVBERi0=', contentType: 'application/pdf' }],
  ['content that is not text', { id: 'tim:S1', ok: true, base64: ['JVBERi0='], contentType: 'application/pdf' }],
  ['content over the size cap', { id: 'tim:S1', ok: true, base64: 'A'.repeat(15 * 1024 * 1024), contentType: 'application/pdf' }],
  ['a type that is not text', { id: 'tim:S1', ok: true, base64: 'JVBERi0=', contentType: { toString: (): string => 'application/pdf' } }],
  ['no outcome', { id: 'tim:S1', base64: 'JVBERi0=' }],
])('a document message with %s is refused before anything is read', async (_name, message) => {
  await expect(handleDocument(message as never, from('https://www.tim.it/mytim/fatture.html'))).rejects.toThrow(/non valido/);
});
