// @vitest-environment happy-dom
import { expect, test, vi } from 'vitest';
import type { DetectedService } from '../../extension/carrier-page/services/detect-services.ts';

const sent: unknown[] = [];
let failNext = false;
vi.mock('../../extension/lib/send.ts', () => ({
  send: vi.fn(async (message: unknown) => {
    sent.push(message);
    if (failNext) {
      failNext = false;
      throw new Error('Il service worker non risponde');
    }
    return { recorded: true, added: 1, updated: 0 };
  }),
}));
vi.mock('../../extension/lib/archive/settings.ts', () => ({ archiveAutomatically: { getValue: async () => true } }));

const { createSeenReporter } = await import('../../extension/carrier-page/spotlight/report-seen.ts');

function detected(): DetectedService {
  const row = document.createElement('li');
  row.textContent = 'TIM Prime Go 1,99 €/mese';
  document.body.append(row);
  return { id: 'tim-prime-go', key: 'tim-prime-go', line: null, name: 'TIM Prime Go', service: undefined, row, nameElement: row, price: { cents: 199, period: 'month', text: '1,99 €/mese', fromCatalog: false }, monthlyCents: 199, yearlyCents: 2388 };
}

test('extras the archive failed to record are sent again on the next scan, and only then', async () => {
  const errors: unknown[] = [];
  const reportSeen = createSeenReporter((e) => errors.push(e));
  const found = [detected()];
  failNext = true;
  reportSeen(found);
  await vi.waitFor(() => expect(errors).toHaveLength(1));

  reportSeen(found);
  await vi.waitFor(() => expect(sent).toHaveLength(2));
  // The same list again sends nothing. Shown by what follows: a changed list (a new price) is sent, and it is
  // the third message, not the fourth (one message at a time, in order).
  reportSeen(found);
  const dearer = [{ ...detected(), price: { cents: 299, period: 'month' as const, text: '2,99 €/mese', fromCatalog: false }, monthlyCents: 299, yearlyCents: 3588 }];
  reportSeen(dearer);
  await vi.waitFor(() => expect(JSON.stringify(sent.at(-1))).toContain('299'));
  expect(sent).toHaveLength(3);
});
