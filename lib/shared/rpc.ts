import * as z from 'zod/mini';
import { once } from '../core/once';

/**
 * Typed request/response over extension messaging. The receiver parses the
 * request and the caller parses the response: both cross a boundary.
 * Responses travel in an envelope so an error reaches the caller as a message,
 * not as a silent `undefined`.
 */
type Endpoint = { request: z.ZodMiniType; response: z.ZodMiniType };
export type Protocol = Record<string, Endpoint>;
type Req<P extends Protocol, K extends keyof P> = z.infer<P[K]['request']>;
type Res<P extends Protocol, K extends keyof P> = z.infer<P[K]['response']>;
export type Handlers<P extends Protocol> = {
  [K in keyof P]: (req: Req<P, K>, sender: unknown) => Promise<Res<P, K>> | Res<P, K>;
};

// Built on first use, like the protocol schemas (lib/shared/protocol.ts): not on the content script's first task.
const wire = () => ({
  Envelope: z.object({ lablens: z.string(), payload: z.unknown() }),
  // One object rather than a union of two literals: fewer zod types to start on every page.
  Reply: z.object({ ok: z.boolean(), data: z.optional(z.unknown()), error: z.optional(z.string()) }),
});
const schemas = once(wire);

export class RpcError extends Error {
  override name = 'RpcError';
}

export async function call<P extends Protocol, K extends keyof P & string>(
  protocol: P,
  type: K,
  payload: Req<P, K>,
  send: (message: unknown) => Promise<unknown>,
): Promise<Res<P, K>> {
  const raw = await send({ lablens: type, payload });
  const reply = schemas().Reply.safeParse(raw);
  if (!reply.success) throw new RpcError(`${type}: no valid reply (${JSON.stringify(raw)?.slice(0, 80)})`);
  if (!reply.data.ok) throw new RpcError(`${type}: ${reply.data.error ?? 'failed'}`);
  const data = protocol[type]!.response.safeParse(reply.data.data);
  if (!data.success) throw new RpcError(`${type}: bad response: ${z.prettifyError(data.error)}`);
  return data.data as Res<P, K>;
}

/**
 * A runtime.onMessage listener for one protocol. Uses sendResponse + `return true`,
 * which both Chromium and Firefox honour (returning a Promise is not portable).
 * Messages of other protocols are left to other listeners.
 */
export function serve<P extends Protocol>(
  protocol: P,
  handlers: Handlers<P>,
  /** Whether this sender may make this request; refused requests get an error reply. */
  allowed: (type: keyof P & string, sender: unknown) => boolean = () => true,
) {
  return (message: unknown, sender: unknown, sendResponse: (r: unknown) => void): true | undefined => {
    const env = schemas().Envelope.safeParse(message);
    // Own keys only: "constructor" or "toString" is in every object, and is no request.
    if (!env.success || !Object.hasOwn(protocol, env.data.lablens)) return undefined;
    const type = env.data.lablens as keyof P & string;
    if (!allowed(type, sender)) {
      sendResponse({ ok: false, error: `${type}: not allowed from this sender` });
      return true;
    }
    const req = protocol[type]!.request.safeParse(env.data.payload ?? {});
    if (!req.success) {
      sendResponse({ ok: false, error: `bad request: ${z.prettifyError(req.error)}` });
      return true;
    }
    Promise.resolve()
      .then(() => handlers[type](req.data as Req<P, typeof type>, sender))
      .then(
        (data) => sendResponse({ ok: true, data }),
        (e: unknown) => sendResponse({ ok: false, error: e instanceof Error ? e.message : String(e) }),
      );
    return true;
  };
}
