/**
 * The background's side of the detection off the page (Chrome): only this extension's content scripts are
 * answered, for the host the browser names; the offscreen document is opened once however many tabs ask at
 * the same time, opened again when it has closed itself, and asked once more when it closed under the question.
 */
import { beforeEach, expect, test, vi } from 'vitest';

const state = { open: false, created: 0, asked: [] as unknown[], failNext: 0 };
vi.mock('wxt/browser', () => ({
  browser: {
    runtime: {
      id: 'sentinella-id',
      getContexts: async () => (state.open ? [{ contextType: 'OFFSCREEN_DOCUMENT' }] : []),
      sendMessage: async (message: { host: string }) => {
        state.asked.push(message);
        if (!state.open || state.failNext-- > 0) {
          state.open = false;
          throw new Error('Could not establish connection. Receiving end does not exist.');
        }
        return { found: [{ id: 'tim-prime-go', host: message.host }] };
      },
    },
    offscreen: {
      createDocument: async (options: { url: string; reasons: string[] }) => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        if (state.open) throw new Error('Only a single offscreen document may be created.');
        expect(options).toMatchObject({ url: 'detector.html', reasons: ['DOM_PARSER'] });
        state.created++;
        state.open = true;
      },
    },
  },
}));

const { detectElsewhere } = await import('../../extension/background/detect-elsewhere.ts');

const copy = { body: ['body', 0, [], []], layouts: [], count: 1 } as never;
const sender = (extra: object = {}) => ({ id: 'sentinella-id', url: 'https://www.tim.it/mytim/linea/opzioni', tab: { id: 7 }, ...extra }) as never;

beforeEach(() => Object.assign(state, { open: false, created: 0, asked: [], failNext: 0 }));

test('three tabs asking at once open one offscreen document, each gets its answer, for its own host', async () => {
  const answers = await Promise.all([detectElsewhere({ copy }, sender()), detectElsewhere({ copy }, sender()), detectElsewhere({ copy }, sender({ url: 'https://areaclienti.windtre.it/servizi' }))]);
  expect(state.created).toBe(1);
  expect(answers.map((a) => a.found)).toEqual([
    [{ id: 'tim-prime-go', host: 'www.tim.it' }],
    [{ id: 'tim-prime-go', host: 'www.tim.it' }],
    [{ id: 'tim-prime-go', host: 'areaclienti.windtre.it' }],
  ]);
  expect(state.asked.every((m) => (m as { type: string }).type === 'detector:run')).toBe(true);
});

test('a document that closed itself is opened again; one that closed under the question is asked once more', async () => {
  await detectElsewhere({ copy }, sender());
  state.open = false;
  expect((await detectElsewhere({ copy }, sender())).found).toHaveLength(1);
  expect(state.created).toBe(2);
  state.failNext = 1;
  expect((await detectElsewhere({ copy }, sender())).found).toHaveLength(1);
  expect(state.created).toBe(3);
});

test('another extension, a sender without an address or a message without a copy: nothing is read', async () => {
  expect(await detectElsewhere({ copy }, sender({ id: 'other-extension' }))).toEqual({ found: null });
  expect(await detectElsewhere({ copy }, sender({ url: undefined }))).toEqual({ found: null });
  expect(await detectElsewhere({ copy: undefined as never }, sender())).toEqual({ found: null });
  expect(state.asked).toEqual([]);
  expect(state.created).toBe(0);
});
