import { answerEvery } from '@/lib/background/answer-every';
import { configureZod } from '@/lib/background/zod-config';
import { ToBackground } from '@/lib/shared/protocol';
import { serve } from '@/lib/shared/rpc';

configureZod();

// The background's listener, as wired: every message, however malformed, gets one clear answer.
const listener = answerEvery(
  serve(ToBackground, {
    getMatcher: () => Promise.reject(new Error('unused')),
    findClaims: async () => [],
    readArticle: async () => ({}),
    getEntity: async () => null,
    searchEntities: async ({ query }) => [{ id: query, name: query, kind: 'lab' as const }],
    getDatasetInfo: async () => ({ version: '1.0.0', asOf: '2026-01-01', entities: 1 }),
    openDetails: async () => false,
    muteEntity: async () => false,
    getPageUrl: async () => '',
  }),
);

const ask = (message: unknown) =>
  new Promise<{ ok: boolean; error?: string; data?: unknown }>((resolve) => {
    listener(message, {}, resolve as (r: unknown) => void);
  });

describe('the background answers every message', () => {
  it.each([
    ['a string', 'getMatcher', /not a LabLens request.*got string/],
    ['null', null, /got null/],
    ['an array', [{ lablens: 'getMatcher' }], /got an array/],
    ['a number', 42, /got number/],
    ['no type', { payload: {} }, /got object/],
    ['an unknown type', { lablens: 'dropTables' }, /unknown request "dropTables"/],
    // Inherited names are in every object: they must not reach a handler lookup.
    ['"constructor"', { lablens: 'constructor' }, /unknown request "constructor"/],
    ['"__proto__"', { lablens: '__proto__' }, /unknown request "__proto__"/],
    ['"toString"', { lablens: 'toString', payload: {} }, /unknown request "toString"/],
    ['a wrong shape', { lablens: 'getEntity', payload: { id: 7 } }, /bad request.*expected string.*id/s],
    [
      'a huge id',
      { lablens: 'getEntity', payload: { id: 'x'.repeat(10_000_000) } },
      /bad request: ✖ Too big: expected string to have <=200 characters\s+→ at id/,
    ],
  ])('%s: a clear error', async (_, message, error) => {
    const reply = await ask(message);
    expect(reply.ok).toBe(false);
    expect(reply.error).toMatch(error);
    expect(reply.error!.length).toBeLessThan(300);
  });

  it('a huge type is not echoed back', async () => {
    const reply = await ask({ lablens: 'x'.repeat(10_000_000) });
    expect(reply.error).toBe(`unknown request "${'x'.repeat(40)}…"`);
  });

  it('a listener that throws still answers, and the next request is served', async () => {
    const boom = answerEvery(() => {
      throw new RangeError('Maximum call stack size exceeded');
    });
    const reply = await new Promise((r) => boom({ lablens: 'getMatcher' }, {}, r));
    expect(reply).toEqual({ ok: false, error: 'request failed: Maximum call stack size exceeded' });
    expect(await ask({ lablens: 'searchEntities', payload: { query: 'gpt' } })).toEqual({
      ok: true,
      data: [{ id: 'gpt', name: 'gpt', kind: 'lab' }],
    });
  });
});
