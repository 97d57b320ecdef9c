import { expect, test } from 'vitest';
import catalog from 'virtual:sentinella-catalog';
import { carrierForHost } from '../../extension/lib/carrier-for-host.ts';

test('portal hosts map to their carrier: only the hosts content/operators lists', () => {
  expect(carrierForHost('timbusiness.tim.it', catalog.operators)).toBe('tim-business');
  expect(carrierForHost('www.tim.it', catalog.operators)).toBe('tim');
  expect(carrierForHost('mytim.tim.it', catalog.operators)).toBe('tim');
  // Other TIM hosts (shop, promotions, forum) are not a customer area: no carrier, nothing read there.
  expect(carrierForHost('promo.tim.it', catalog.operators)).toBeNull();
  expect(carrierForHost('tim.it', catalog.operators)).toBeNull();
  expect(carrierForHost('tim.it.example.com', catalog.operators)).toBeNull();
  expect(carrierForHost('nottim.it', catalog.operators)).toBeNull();
});

test('an exact host wins over a wildcard', () => {
  const operators = [
    { id: 'wide', hosts: ['*.example.it'] },
    { id: 'exact', hosts: ['area.example.it'] },
  ];
  expect(carrierForHost('area.example.it', operators)).toBe('exact');
  expect(carrierForHost('shop.example.it', operators)).toBe('wide');
  expect(carrierForHost('example.it', operators)).toBe('wide');
});
