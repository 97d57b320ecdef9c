import { describe, expect, test } from 'vitest';
import { dialable, smsHref, telHref } from '../../shared/telephone.ts';
import { isStaleNow, newestAsOf } from '../../site/lib/staleness.ts';
import { paths } from '../../site/lib/paths.ts';

describe('tel: and sms: links', () => {
  test('numbers written with spaces are dialled as digits', () => {
    expect(dialable('800 44 22 99')).toBe('800442299');
    expect(telHref('800 44 22 99')).toBe('tel:800442299');
    expect(telHref('+39 119')).toBe('tel:+39119');
  });
  test('an SMS code carries its text, encoded', () => {
    expect(smsHref('40920')).toBe('sms:40920');
    expect(smsHref('403020', 'NO SMS')).toBe('sms:403020?body=NO%20SMS');
    expect(smsHref('4 0 9 2 0', 'è&?')).toBe('sms:40920?body=%C3%A8%26%3F');
  });
});

describe('stale figures', () => {
  test('a figure is stale more than 180 days after the day its source says it held', () => {
    expect(isStaleNow('2026-01-01', '2026-06-30')).toBe(false); // 180 days
    expect(isStaleNow('2026-01-01', '2026-07-01')).toBe(true);
    expect(isStaleNow('2016-05-19', '2026-11-24')).toBe(true);
  });
  test('the newest asOf among sources is the one that counts; undated sources do not count', () => {
    expect(newestAsOf([{ asOf: '2015-11-05' }, { asOf: '2019-03-25' }, {}, { asOf: '2018-01-01' }])).toBe('2019-03-25');
    expect(newestAsOf([{}])).toBeUndefined();
    expect(newestAsOf([])).toBeUndefined();
  });
});

describe('site paths', () => {
  test('every page path ends with a slash (trailingSlash: always)', () => {
    expect(paths.guide('mytim-accesso')).toBe('/guide/mytim-accesso/');
    expect(paths.service('tim-prime-go')).toBe('/servizi-a-pagamento/tim-prime-go/');
    expect(paths.operator('tim')).toBe('/operatori/tim/');
    expect(paths.offer('x')).toBe('/offerte/x/');
    expect(paths.priceChange('tim-fisso-2026-03')).toBe('/rincari/tim-fisso-2026-03/');
  });
});
