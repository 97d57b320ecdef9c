import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatEuro, formatItalianDate, formatItalianDateShort, formatMonthYear, formatNumber, formatNumericDate,
  formatPlainAmount, formatShortMonth, formatWholeEuros,
} from '../../shared/format.ts';

const nbsp = (s: string) => s.replace(/ /g, '\u00a0');

describe('format: figures written by Intl, as an Italian reader expects them', () => {
  it('groups thousands from four digits, with a no-break space before the euro sign', () => {
    expect(formatEuro(123456)).toBe(nbsp('1.234,56 €'));
    expect(formatEuro(98765432)).toBe(nbsp('987.654,32 €'));
    expect(formatEuro(-1250)).toBe(nbsp('-12,50 €'));
    expect(formatEuro(0)).toBe(nbsp('0,00 €'));
    expect(formatEuro(-0)).toBe(nbsp('0,00 €'));
  });

  it('writes euros exactly as Intl does, for any amount (formatEuro avoids Intl on carrier pages for speed)', () => {
    const intl = new Intl.NumberFormat('it-IT', { style: 'currency', currency: 'EUR', useGrouping: 'always', signDisplay: 'negative' });
    const amount = fc.oneof(fc.integer({ min: -2_000_000_00, max: 2_000_000_00 }), fc.integer({ min: -100, max: 100 }), fc.double({ min: -1e9, max: 1e9, noNaN: true }));
    fc.assert(fc.property(amount, (cents) => formatEuro(cents) === intl.format(Math.round(cents) / 100)), { numRuns: 5000 });
    for (const cents of [5, 99, 100, 99999, 100000, 123456789012, -1, -99999]) expect(formatEuro(cents)).toBe(intl.format(cents / 100));
  });

  it('rounds "about" figures to whole euros', () => {
    expect(formatWholeEuros(102049)).toBe(nbsp('1.020 €'));
    expect(formatWholeEuros(-8550)).toBe(nbsp('86 €'));
  });

  it('writes numbers with a decimal comma and thousands dots', () => {
    expect(formatNumber(2500)).toBe('2.500');
    expect(formatNumber(1.5)).toBe('1,5');
    expect(formatNumber(150)).toBe('150');
  });

  it('writes spreadsheet amounts bare, in either dialect', () => {
    expect(formatPlainAmount(123456, true)).toBe('1234,56');
    expect(formatPlainAmount(123456, false)).toBe('1234.56');
    expect(formatPlainAmount(-5, true)).toBe('-0,05');
  });

  it('writes days and months in Italian whatever the time zone', () => {
    expect(formatItalianDate('2026-10-15')).toBe('15 ottobre 2026');
    expect(formatItalianDate('2026-01-01')).toBe('1 gennaio 2026');
    expect(formatItalianDateShort('2026-09-01')).toBe('1 set 2026');
    expect(formatItalianDateShort('2026-12-31')).toBe('31 dic 2026');
    expect(formatNumericDate('2026-10-05')).toBe('05/10/2026');
    expect(formatMonthYear('2025-07')).toBe('luglio 2025');
    expect(formatMonthYear('2025-11-01')).toBe('novembre 2025');
    expect(formatShortMonth('2026-06')).toBe('giu');
  });
});
