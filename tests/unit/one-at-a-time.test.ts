import { expect, test } from 'vitest';
import { oneAtATime } from '../../extension/lib/one-at-a-time.ts';

test('a burst of calls while the task runs gives one more run, never two at once', async () => {
  let active = 0;
  let most = 0;
  let runs = 0;
  const run = oneAtATime(async () => {
    active++;
    most = Math.max(most, active);
    runs++;
    await new Promise((r) => setTimeout(r, 10));
    active--;
  });
  const first = run();
  for (let i = 0; i < 50; i++) void run();
  await first;
  expect(runs).toBe(2);
  expect(most).toBe(1);
  await run();
  expect(runs).toBe(3);
});

test('a failure reaches the caller and does not block later runs', async () => {
  let fail = true;
  let runs = 0;
  const run = oneAtATime(async () => {
    runs++;
    if (fail) throw new Error('archivio non disponibile');
  });
  await expect(run()).rejects.toThrow('archivio non disponibile');
  fail = false;
  await run();
  expect(runs).toBe(2);
});
