import { describe, expect, test } from 'vitest';
import { completeDay, daysBetween, findItalianDates, formatItalianDate, formatItalianDateShort, parseDayAndMonth, parseItalianDate, parseItalianMonth, today } from '../../shared/dates.ts';

describe('parseItalianDate', () => {
  test.each([
    ['15/10/2026', '2026-10-15'],
    ['5/1/2026', '2026-01-05'],
    ['15.10.2026', '2026-10-15'],
    ['15-10-2026', '2026-10-15'],
    ['15/10/26', '2026-10-15'],
    ['15 ott 2026', '2026-10-15'],
    ['15 ott. 2026', '2026-10-15'],
    ['15 ottobre 2026', '2026-10-15'],
    ['1 gennaio 2025', '2025-01-01'],
    ['1° marzo 2025', '2025-03-01'],
    ['3 sett 2024', '2024-09-03'],
    ['29 FEB 2024', '2024-02-29'],
    ['Emessa il 02/11/2026', '2026-11-02'],
    ['2026-10-15', '2026-10-15'],
    ['Scadenza: 30 dicembre 2026', '2026-12-30'],
  ])('%s → %s', (text, iso) => {
    expect(parseItalianDate(text)).toBe(iso);
  });

  test.each(['31/02/2026', '29 feb 2025', '15 foo 2026', 'Pagata', '40920', '32/01/2026'])('%s is not a date', (text) => {
    expect(parseItalianDate(text)).toBeNull();
  });
});

describe('parseItalianMonth', () => {
  test.each([
    ['ottobre 2026', '2026-10'],
    ['Periodo: ott 2026', '2026-10'],
    ['10/2026', '2026-10'],
  ])('%s → %s', (text, month) => {
    expect(parseItalianMonth(text)).toBe(month);
  });
});

describe('formatting and arithmetic', () => {
  test('formats in Italian', () => {
    expect(formatItalianDate('2026-10-15')).toBe('15 ottobre 2026');
    expect(formatItalianDateShort('2026-10-15')).toBe('15 ott 2026');
  });
  test('counts days across months and leap years', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2026-01-01', '2025-12-31')).toBe(-1);
  });
});

describe('today', () => {
  test('is the day on the Italian calendar, also just after midnight', () => {
    const tz = process.env.TZ;
    process.env.TZ = 'Europe/Rome';
    try {
      // 00:30 in Rome on 15 October is still 14 October in UTC.
      expect(today(new Date('2026-10-14T22:30:00Z'))).toBe('2026-10-15');
      expect(today(new Date('2026-01-01T10:00:00Z'))).toBe('2026-01-01');
    } finally {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
  });
});

describe('days written without a year', () => {
  test.each([
    ['20 nov', [11, 20]],
    ['5 dic.', [12, 5]],
    ['6 ottobre', [10, 6]],
    ['1° gen', [1, 1]],
  ])('%s is a day and a month', (text, dm) => {
    expect(parseDayAndMonth(text)).toEqual(dm);
  });

  test('a day and a month in figures, two digits each, as a timeline writes a due date ("23/11")', () => {
    expect(parseDayAndMonth('23/11')).toEqual([11, 23]);
    expect(parseDayAndMonth('05.01')).toEqual([1, 5]);
    expect(completeDay('23/11', { after: '2026-11-03' })).toBe('2026-11-23');
    expect(completeDay('07/01', { after: '2026-12-16' })).toBe('2027-01-07');
  });

  test.each(['20 nov 2026', 'novembre', 'nov 20', '20 xyz', '1/3', '2/12', '31/13', '00/11', '20/11/2026'])('%s is not a day and a month alone', (text) => {
    expect(parseDayAndMonth(text)).toBeNull();
  });

  test('the heading’s year dates it; a due date after its invoice rolls into the next year when it must', () => {
    expect(completeDay('20 dic', { year: 2025 })).toBe('2025-12-20');
    expect(completeDay('5 gen', { after: '2025-12-20' })).toBe('2026-01-05');
    expect(completeDay('5 dic', { after: '2026-11-20' })).toBe('2026-12-05');
    expect(completeDay('20 dic', {})).toBeNull();
    expect(completeDay('30 feb', { year: 2026 })).toBeNull();
  });
});

describe('findItalianDates', () => {
  test('every date of a sentence, where it is written, in order', () => {
    const line = 'Fattura AI1 emessa il 6 giugno 2026 per il periodo dal 1 al 30 giugno 2026, scade il 26/06/26 (2026-06-26).';
    expect(findItalianDates(line).map(({ written, day }) => [written, day])).toEqual([
      ['6 giugno 2026', '2026-06-06'],
      ['30 giugno 2026', '2026-06-30'],
      ['26/06/26', '2026-06-26'],
      ['2026-06-26', '2026-06-26'],
    ]);
    expect(findItalianDates(line)[0]!.at).toBe(line.indexOf('6 giugno'));
    expect(findItalianDates('Codice cliente 1.234567.89, 31/02/2026, 5 pippo 2026')).toEqual([]);
  });
});
