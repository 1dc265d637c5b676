import * as z from 'zod/mini';
import { call, RpcError, serve } from '@/lib/shared/rpc';

const Proto = {
  add: { request: z.object({ a: z.number(), b: z.number() }), response: z.number() },
  fail: { request: z.object({}), response: z.number() },
};

/** Wires call() to serve() the way runtime messaging does: a listener with sendResponse. */
function loopback(listener: ReturnType<typeof serve>) {
  return (message: unknown) =>
    new Promise<unknown>((resolve) => {
      const handled = listener(message, {}, resolve);
      if (!handled) resolve(undefined);
    });
}

describe('typed messaging', () => {
  const listener = serve(Proto, { add: ({ a, b }) => a + b, fail: () => Promise.reject(new Error('boom')) });

  it('round-trips a valid request', async () => {
    expect(await call(Proto, 'add', { a: 2, b: 3 }, loopback(listener))).toBe(5);
  });

  it('answers a malformed request with a clear error, not a crash', async () => {
    const send = loopback(listener);
    await expect(call(Proto, 'add', { a: 'two' } as never, send)).rejects.toThrow(/add: bad request.*a/s);
  });

  it('passes a handler error to the caller', async () => {
    await expect(call(Proto, 'fail', {}, loopback(listener))).rejects.toThrow(new RpcError('fail: boom'));
  });

  it('ignores messages of other protocols so other listeners can answer', () => {
    expect(listener({ type: 'something-else' }, {}, () => {})).toBeUndefined();
    expect(listener({ lablens: 'unknown' }, {}, () => {})).toBeUndefined();
  });

  it('rejects a response that does not match the protocol', async () => {
    const liar = serve(Proto, { add: () => 'five' as never, fail: () => 0 });
    await expect(call(Proto, 'add', { a: 1, b: 1 }, loopback(liar))).rejects.toThrow(/add: bad response/);
  });

  it('reports a missing receiver', async () => {
    await expect(call(Proto, 'add', { a: 1, b: 1 }, async () => undefined)).rejects.toThrow(/add: no valid reply/);
  });
});

describe('serve with a sender check', () => {
  it('refuses a request its sender may not make, with a clear error, and passes the sender on', async () => {
    const { serve: serveWith } = await import('@/lib/shared/rpc');
    const z = await import('zod/mini');
    const protocol = { ping: { request: z.object({}), response: z.string() } };
    const seen: unknown[] = [];
    const listener = serveWith(protocol, { ping: (_q, sender) => (seen.push(sender), 'pong') }, (_t, s) => s === 'ok');
    const reply = (sender: string) =>
      new Promise((resolve) => listener({ lablens: 'ping', payload: {} }, sender, resolve));
    expect(await reply('nope')).toEqual({ ok: false, error: 'ping: not allowed from this sender' });
    expect(await reply('ok')).toEqual({ ok: true, data: 'pong' });
    expect(seen).toEqual(['ok']);
  });
});
