import { describe, expect, test } from 'vitest';
import { delimitedRecords, splitFields } from '../../extension/carrier-page/invoices/delimited-text.ts';

describe('splitFields', () => {
  test.each([
    ['2026-12-01;FM2612-0048821;"Giga 250; rinnovo mensile";9,99', ';', ['2026-12-01', 'FM2612-0048821', 'Giga 250; rinnovo mensile', '9,99']],
    ['a|"b ""c"" | d"|', '|', ['a', 'b "c" | d', '']],
    ['RA1\t06/11/2026\t29,90 €', '\t', ['RA1', '06/11/2026', '29,90 €']],
  ])('%s', (line, delimiter, want) => {
    expect(splitFields(line, delimiter)).toEqual(want);
  });
});

describe('delimitedRecords', () => {
  test('reads the lines under the one naming the fields, skipping comments and lines of another shape', () => {
    const lines = [
      '# iliad S.p.A. – estratto documenti contabili – utenza 351 234 5678',
      "# generato il 03/12/2026 08:41 – separatore ';'",
      'data_emissione;numero_documento;descrizione;importo;data_addebito;stato;pdf',
      '2026-12-01;FM2612-0048821;"Giga 250; rinnovo mensile";9,99;2026-12-01;addebitata;PDF',
      '2026-10-14;NC2610-0002214;"Rimborso; disservizio rete 09/10/2026";-3,00;;rimborsata;PDF',
      'una riga che non è un documento',
      '# totale documenti 2026: 121,87',
    ];
    expect(delimitedRecords(lines)).toEqual([
      { line: 3, values: { issueDate: '2026-12-01', number: 'FM2612-0048821', amount: '9,99', dueDate: '2026-12-01', status: 'addebitata' } },
      { line: 4, values: { issueDate: '2026-10-14', number: 'NC2610-0002214', amount: '-3,00', status: 'rimborsata' } },
    ]);
  });

  test.each([
    ['no line names the fields', ['FM1;9,99', 'FM2;9,99']],
    ['a header without an amount', ['numero;data;stato', 'FM1;01/12/2026;pagata']],
    ['prose with semicolons', ['Le fatture sono qui; il PDF è in fondo; grazie', 'Fattura FM1; 9,99 €; pagata']],
  ])('gives nothing when %s', (_why, lines) => {
    expect(delimitedRecords(lines)).toEqual([]);
  });
});
