import type { CDPSession, Page } from 'puppeteer-core';

/**
 * Reads inside the card's closed shadow root, as only a browser's debugging
 * protocol can: a page script (and so `page.evaluate`) gets `null` from
 * `host.shadowRoot`. Chromium: CDP describes the host with `pierce`, which
 * lists closed roots. Firefox: WebDriver BiDi serialises the host with
 * `includeShadowTree: "all"`, which hands back the closed root as a node.
 * Tests only read here; every action still goes through the real mouse and keyboard.
 */
export const CARD_HOST = '[data-lablens-ui="card"]';

/** Runs `fn(root, arg)` with the card's shadow root (null when no card was ever opened); the result must be JSON. */
export async function inCard<T, A = undefined>(
  page: Page,
  fn: (root: ShadowRoot | null, arg: A) => T,
  arg?: A,
): Promise<Awaited<T>> {
  const call = `async function (json) { 'use strict'; const r = await (${fn.toString()})(this, JSON.parse(json)); return JSON.stringify(r === undefined ? null : r); }`;
  const json = JSON.stringify(arg ?? null);
  const out = (await isFirefox(page)) ? await viaBidi(page, call, json) : await viaCdp(page, call, json);
  return JSON.parse(out) as Awaited<T>;
}

const firefox = new WeakMap<object, Promise<boolean>>();
function isFirefox(page: Page): Promise<boolean> {
  const b = page.browser();
  if (!firefox.has(b))
    firefox.set(
      b,
      b.version().then((v) => /firefox/i.test(v)),
    );
  return firefox.get(b)!;
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();

async function viaCdp(page: Page, call: string, json: string): Promise<string> {
  if (!sessions.has(page)) sessions.set(page, page.createCDPSession());
  const cdp = await sessions.get(page)!;
  const { result: host } = await cdp.send('Runtime.evaluate', { expression: `document.querySelector('${CARD_HOST}')` });
  let objectId: string | undefined;
  if (host.objectId) {
    const { node } = await cdp.send('DOM.describeNode', { objectId: host.objectId, depth: 1, pierce: true });
    const root = node.shadowRoots?.[0];
    if (root) objectId = (await cdp.send('DOM.resolveNode', { backendNodeId: root.backendNodeId })).object.objectId;
  }
  const r = objectId
    ? await cdp.send('Runtime.callFunctionOn', {
        objectId,
        functionDeclaration: call,
        arguments: [{ value: json }],
        returnByValue: true,
        awaitPromise: true,
      })
    : // Without a root, `this` is null, as in Firefox.
      await cdp.send('Runtime.evaluate', {
        expression: `(${call}).call(null, ${JSON.stringify(json)})`,
        returnByValue: true,
        awaitPromise: true,
      });
  if (r.exceptionDetails)
    throw new Error(`inCard: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
  return r.result.value as string;
}

interface BidiRealm {
  callFunction(fn: string, awaitPromise: boolean, options: object): Promise<BidiResult>;
}
type BidiResult =
  | { type: 'success'; result: { type: string; value?: unknown; sharedId?: string } }
  | { type: 'exception'; exceptionDetails: { text: string } };

async function viaBidi(page: Page, call: string, json: string): Promise<string> {
  // puppeteer exposes no raw BiDi call; its frame's default realm is the page's main world.
  const realm = (page.mainFrame() as unknown as { realms: { default: { realm: BidiRealm } } }).realms.default.realm;
  const host = await realm.callFunction(`() => document.querySelector('${CARD_HOST}')`, false, {
    serializationOptions: { includeShadowTree: 'all', maxDomDepth: 0 },
    resultOwnership: 'none',
  });
  if (host.type !== 'success') throw new Error(`inCard: ${host.exceptionDetails.text}`);
  const root = (host.result.value as { shadowRoot?: { sharedId?: string } } | undefined)?.shadowRoot?.sharedId;
  const r = await realm.callFunction(call, true, {
    this: root ? { sharedId: root } : { type: 'null' },
    arguments: [{ type: 'string', value: json }],
    resultOwnership: 'none',
  });
  if (r.type !== 'success') throw new Error(`inCard: ${r.exceptionDetails.text}`);
  return r.result.value as string;
}

/** Polls `inCard` until `fn` returns something truthy. */
export async function untilCard<A = undefined>(
  page: Page,
  fn: (root: ShadowRoot | null, arg: A) => unknown,
  { timeout = 5000, polling = 30 }: { timeout?: number; polling?: number } = {},
  arg?: A,
): Promise<void> {
  const end = Date.now() + timeout;
  for (;;) {
    if (await inCard(page, fn, arg)) return;
    if (Date.now() > end) throw new Error(`untilCard: timed out after ${timeout} ms: ${fn.toString().slice(0, 120)}`);
    await new Promise((r) => setTimeout(r, polling));
  }
}
