import { describe, expect, test } from 'vitest';
import { formatEuro, formatPrice, monthlyCents, parseEuroCents, parsePeriod, yearlyCents } from '../../shared/money.ts';

const nbsp = (s: string) => s.replace(/ /g, '\u00a0');

describe('parseEuroCents: amounts as Italian pages write them', () => {
  test.each([
    ['1.234,56 €', 123456],
    ['€ 1,99', 199],
    ['€1,99', 199],
    ['1,99€', 199],
    ['2 €', 200],
    ['0,49 €', 49],
    ['EUR 12,50', 1250],
    ['12,50 euro', 1250],
    ['Totale: 29,90\u00a0€', 2990],
    ['-5,00 €', -500],
    ['- € 4,50', -450],
    ['– 10,00 €', -1000],
    ['–7,80 euro', -780],
    ['\u2212 4,50 EUR', -450],
    ['1.000 €', 100000],
    ['12.345.678,90 €', 1234567890],
    ['1.99 €', 199],
    ['€ -12,20', -1220],
    ['EUR \u22125,00', -500],
    ['€ 1 234,56', 123456],
    ['1\u202f234,56 €', 123456],
    ['Totale € 12 345,00', 1234500],
    // In words and figures, as a card may say it aloud.
    ['Importo: 26 euro e 99 centesimi', 2699],
    ['1.200 euro e 5 centesimi', 120005],
    ['45 euro', 4500],
  ])('%s → %i cents', (text, cents) => {
    expect(parseEuroCents(text)).toBe(cents);
  });

  test.each(['Attivo', 'Incluso', '40920', 'Offerta 5G', ''])('%j holds no price', (text) => {
    expect(parseEuroCents(text)).toBeNull();
  });

  test.each([
    ['TIM Prime Go - 0,49 €/settimana', 49],
    ['Safe Web – 1,99 € al mese', 199],
    ['Dal 1–10 € di sconto', 10 * 100],
    ['€ 32,90 - € 4,50 di sconto', 3290],
    ['Rata 3 di 24: 5,00 €', 500],
  ])('a dash between words is a separator, not a minus: %s', (text, cents) => {
    expect(parseEuroCents(text)).toBe(cents);
  });

  test.each([
    ['Rinnovo ogni 4 settimane: 0,90 €', 90],
    ['2 SMS a 0,50 €', 50],
    ['Fattura 7X01234567 del 15/10/2026 45,90 €', 4590],
    ['15/10/2026 - 45,90 €', 4590],
    ['Nota di credito: -12,50 €', -1250],
  ])('the amount is found after other numbers: %s → %i cents', (text, cents) => {
    expect(parseEuroCents(text)).toBe(cents);
  });

  test('a number written the English way is not misread', () => {
    expect(parseEuroCents('1,234.56 €')).toBeNull();
  });

  test('bare numbers are read only when asked', () => {
    expect(parseEuroCents('29,90')).toBeNull();
    expect(parseEuroCents('29,90', { bare: true })).toBe(2990);
  });
});

describe('a price read as amount and period', () => {
  test.each([
    ['€ 1,99/mese', 199, 'month'],
    ['1,99 € al mese', 199, 'month'],
    ['0,90 € ogni 4 settimane', 90, 'four-weeks'],
    ['0,49 €/settimana', 49, 'week'],
    ['4,99 € a settimana', 499, 'week'],
    ['0,90 € al giorno', 90, 'day'],
    ['1,90 € ogni 2 mesi', 190, 'two-months'],
    ['1,90 € ogni 4 mesi', 190, 'four-months'],
    ['24,00 € /anno', 2400, 'year'],
    ['3,99 € una tantum', 399, 'one-off'],
    ['3,00 € mensili', 300, 'month'],
  ])('%s → %i cents %s', (text, cents, period) => {
    expect({ cents: parseEuroCents(text), period: parsePeriod(text) }).toEqual({ cents, period });
  });

  test('a price without a period has period null', () => {
    expect({ cents: parseEuroCents('2,00 €'), period: parsePeriod('2,00 €') }).toEqual({ cents: 200, period: null });
    expect(parsePeriod('Attivo')).toBeNull();
  });
});

describe('monthly and yearly equivalents', () => {
  test.each([
    [49, 'week', 2548, 212],
    [199, 'month', 2388, 199],
    [90, 'four-weeks', 1170, 98],
    [190, 'two-months', 1140, 95],
    [190, 'four-months', 570, 48],
    [90, 'day', 32850, 2738],
    [2400, 'year', 2400, 200],
  ] as const)('%i cents every %s → %i a year, %i a month', (cents, period, year, month) => {
    expect(yearlyCents(cents, period)).toBe(year);
    expect(monthlyCents(cents, period)).toBe(month);
  });

  test('one-off and per-use prices have no yearly equivalent', () => {
    expect(yearlyCents(399, 'one-off')).toBeNull();
    expect(monthlyCents(190, 'per-use')).toBeNull();
  });
});

describe('formatting', () => {
  test.each([
    [123456, '1.234,56 €'],
    [199, '1,99 €'],
    [5, '0,05 €'],
    [100000000, '1.000.000,00 €'],
    [-250, '-2,50 €'],
  ])('%i cents → %s', (cents, text) => {
    expect(formatEuro(cents)).toBe(nbsp(text));
  });

  test('a price reads in Italian with its period', () => {
    expect(formatPrice(49, 'week')).toBe('0,49\u00a0€ a settimana');
    expect(formatPrice(90, 'four-weeks')).toBe('0,90\u00a0€ ogni 4 settimane');
  });

  test('parse(format(x)) gives x back', () => {
    for (const cents of [0, 1, 99, 100, 1999, 123456, 98765432]) expect(parseEuroCents(formatEuro(cents))).toBe(cents);
  });
});

test('"al giorno, solo nei giorni in cui la usi" is billed by use, not every day', () => {
  expect(parsePeriod('1,50 € al giorno, solo nei giorni in cui la usi')).toBe('per-use');
  expect(parsePeriod('1,50 € al giorno, nei giorni di utilizzo')).toBe('per-use');
  expect(parsePeriod('1,50 € al giorno')).toBe('day');
});
