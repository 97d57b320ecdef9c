import { expect, test } from 'vitest';
import catalog from 'virtual:sentinella-catalog';
import { carrierForHost } from '../../extension/lib/carrier-for-host.ts';

test('portal hosts map to their carrier: an exact host wins over a wildcard', () => {
  expect(carrierForHost('timbusiness.tim.it', catalog.operators)).toBe('tim-business');
  expect(carrierForHost('www.tim.it', catalog.operators)).toBe('tim');
  expect(carrierForHost('mytim.tim.it', catalog.operators)).toBe('tim');
  expect(carrierForHost('area.tim.it', catalog.operators)).toBe('tim');
  expect(carrierForHost('tim.it.example.com', catalog.operators)).toBeNull();
  expect(carrierForHost('nottim.it', catalog.operators)).toBeNull();
  // The content script also runs on the bare domain (https://*.tim.it/* matches it): so does the archive.
  expect(carrierForHost('tim.it', catalog.operators)).toBe('tim');
});
