import { expect, test } from 'vitest';
import { fileName, viewableType } from '../../extension/entrypoints/archive/download.ts';

test('PDFs and pictures open in the browser; anything that could run script is only saved', () => {
  expect(viewableType('application/pdf')).toBe('application/pdf');
  expect(viewableType('image/png')).toBe('image/png');
  for (const type of ['text/html', 'image/svg+xml', 'application/xhtml+xml', 'text/xml', 'text/html;charset=utf-8', '']) {
    expect(viewableType(type)).toBe('application/octet-stream');
  }
});

test('file names keep safe characters only', () => {
  expect(fileName('fattura', 'tim:8A/001 23', 'pdf')).toBe('fattura-tim-8A-001-23.pdf');
});
