import { describe, expect, test } from 'vitest';
import { sentenceValues } from '../../extension/carrier-page/invoices/invoice-sentences.ts';
import { parseAmount, parseDay, parseStatus } from '../../extension/carrier-page/invoices/field-values.ts';

/** What a sentence gives, in the archive's terms. */
function read(line: string) {
  const v = sentenceValues(line);
  if (!v) return null;
  return {
    number: v.number,
    amountCents: parseAmount(v.amount),
    issueDate: v.issueDate ? parseDay(v.issueDate) : null,
    dueDate: v.dueDate ? parseDay(v.dueDate) : null,
    period: v.period ?? null,
    status: v.status ? parseStatus(v.status) : null,
  };
}

describe('an invoice written as one sentence', () => {
  test.each([
    ['Fattura AI17263548 del 6 novembre 2026 di EUR 29,90, da pagare entro il 26/11/2026.', { number: 'AI17263548', amountCents: 2990, issueDate: '2026-11-06', dueDate: '2026-11-26', period: null, status: 'unpaid' }],
    ['Nota di credito NC-2026-00417 del 15 ottobre 2026 di − 5,00 €, a rimborso del servizio non fruito dal 1 al 10 ottobre 2026.', { number: 'NC-2026-00417', amountCents: -500, issueDate: '2026-10-15', dueDate: null, period: null, status: null }],
    ['Fattura AI16738291 del 7 ottobre 2026 di EUR 29,90, pagata il 24/10/2026 con carta di credito.', { number: 'AI16738291', amountCents: 2990, issueDate: '2026-10-07', dueDate: null, period: null, status: 'paid' }],
    ['Conto n. AI15660327 di ago. 2026, EUR 32,40 IVA inclusa, addebitato su carta: pagata.', { number: 'AI15660327', amountCents: 3240, issueDate: null, dueDate: null, period: 'ago. 2026', status: 'paid' }],
    ["EUR 29,90 è l'importo della fattura AI15102274 emessa il 06/07/2026, scaduta il 26/07/2026 e non ancora saldata.", { number: 'AI15102274', amountCents: 2990, issueDate: '2026-07-06', dueDate: '2026-07-26', period: null, status: 'unpaid' }],
    ['Fattura AI14583019 emessa il 6 giugno 2026 per il periodo dal 1 al 30 giugno 2026: EUR 29,90, pagata.', { number: 'AI14583019', amountCents: 2990, issueDate: '2026-06-06', dueDate: null, period: null, status: 'paid' }],
    ['La fattura n. 8A00498211 emessa il 06/10/2026, importo 45,90 €, scaduta il 26/10/2026, pagata il 30/10/2026.', { number: '8A00498211', amountCents: 4590, issueDate: '2026-10-06', dueDate: '2026-10-26', period: null, status: 'paid' }],
    ['Fattura RA40812345 del 06/10/2026 di 45,90 €, scaduta il 26/10/2026.', { number: 'RA40812345', amountCents: 4590, issueDate: '2026-10-06', dueDate: '2026-10-26', period: null, status: 'unpaid' }],
    ['Il conto telefonico W2611-0042 del 01/11/2026 ammonta a 24,99 euro ed è stato addebitato sul conto corrente il 20/11/2026.', { number: 'W2611-0042', amountCents: 2499, issueDate: '2026-11-01', dueDate: null, period: null, status: 'paid' }],
    ['Bolletta nr. 2026/118 emessa il 2026-03-03, importo 1.229,90 (di cui IVA 221,78), scade il 23 mar. 2026.', { number: '2026/118', amountCents: 122990, issueDate: '2026-03-03', dueDate: '2026-03-23', period: null, status: null }],
  ])('%s', (line, want) => {
    expect(read(line)).toEqual(want);
  });

  test.each([
    ['a total of several invoices, with no number', 'Hai 2 conti da pagare per un totale di EUR 59,80. Il prossimo addebito è previsto il 26/11/2026.'],
    ['a payment received', 'Il 24/10/2026 abbiamo ricevuto EUR 29,90 con carta di credito.'],
    ['a mention of an invoice with no day or month of its own', 'Paga subito la fattura AI17263548 di 29,90 € con carta.'],
    ['two amounts that differ: which is the invoice\'s is a guess', 'Fattura AI17263548 del 06/11/2026: 29,90 € per la linea fissa e 12,90 € per la rata del modem.'],
    ['a number that is a date', 'Fattura del 06/11/2026 di 29,90 €, da pagare entro il 26/11/2026.'],
    ['a label, not a sentence', 'Fattura AI1726 29,90 €'],
  ])('gives nothing for %s', (_why, line) => {
    expect(sentenceValues(line)).toBeNull();
  });
});
