import type { Page } from 'puppeteer-core';
import { type ChromiumSession, launchChromium, serve, waitForHighlights } from '../harness';
import { contentWorld, extensionWorker } from './worker-helpers';

/*
 * Malformed and oversized messages to the background, from an extension page
 * (the popup) and from the content script's own world: each gets a clear
 * error, the worker stays up (same worker, not a restart) and serves the next
 * valid request. Chromium: Firefox's remote protocol reaches neither context.
 */
let server: Awaited<ReturnType<typeof serve>>;
let session: ChromiumSession;
let article: Page;
let popup: Page;
let inContent: (e: string) => Promise<unknown>;

type Outcome = { reply?: { ok: boolean; error?: string; data?: unknown }; thrown?: string };
/** Sends the message an expression builds in the sender (10 MB need not cross CDP). */
const send = (expression: string) =>
  `(async () => { const m = ${expression}; try { return { reply: await chrome.runtime.sendMessage(m) }; } catch (e) { return { thrown: String(e) }; } })()`;
const fromPopup = (expression: string) => popup.evaluate(send(expression)) as Promise<Outcome>;
const fromContent = (expression: string) => inContent(send(expression)) as Promise<Outcome>;
const workerStart = async () => (await extensionWorker(session)).evaluate(() => performance.timeOrigin);

beforeAll(async () => {
  server = await serve();
  session = await launchChromium();
  article = await session.browser.newPage();
  await article.goto(server.url('sample-article.html'));
  await waitForHighlights(article, 20, 20_000);
  inContent = await contentWorld(article);
  popup = await session.browser.newPage();
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

const NESTED = `(() => { let d = {}; for (let i = 0; i < 5000; i++) d = { d }; return d; })()`;
const HUGE = `'x'.repeat(10_000_000)`;

/** [what, message expression, the error it must get]. */
const MALFORMED: [string, string, RegExp][] = [
  ['a string', `'getDatasetInfo'`, /not a LabLens request.*got string/],
  ['a number', `42`, /not a LabLens request.*got number/],
  ['an array', `[{ lablens: 'getDatasetInfo' }]`, /got an array/],
  ['an object without a type', `{ payload: {} }`, /got object/],
  ['an unknown type', `{ lablens: 'dropEverything' }`, /unknown request "dropEverything"/],
  ['an inherited name', `{ lablens: 'constructor', payload: {} }`, /unknown request "constructor"/],
  ['"__proto__"', `{ lablens: '__proto__' }`, /unknown request "__proto__"/],
  ['a type of 10 MB', `{ lablens: ${HUGE} }`, /^unknown request "x{40}…"$/],
  ['a wrong shape', `{ lablens: 'getEntity', payload: { id: 42 } }`, /bad request.*expected string/s],
  ['a payload that is a string', `{ lablens: 'getEntity', payload: 'openai' }`, /bad request.*expected object/s],
  ['an id of 10 MB', `{ lablens: 'getEntity', payload: { id: ${HUGE} } }`, /Too big.*200 characters/s],
  ['5000 levels of nesting', `{ lablens: 'getEntity', payload: { id: ${NESTED} } }`, /bad request.*expected string/s],
];

describe('fuzzed messages to the background', () => {
  it.each(MALFORMED)(
    'from the popup, %s: a clear error, then the next request is served',
    async (_, message, error) => {
      const before = await workerStart();
      const { reply, thrown } = await fromPopup(message);
      expect(thrown).toBeUndefined();
      expect(reply?.ok).toBe(false);
      expect(reply?.error).toMatch(error);
      expect(reply!.error!.length).toBeLessThan(300);
      const next = await fromPopup(`{ lablens: 'getDatasetInfo', payload: {} }`);
      expect(next.reply?.ok && (next.reply.data as { entities: number }).entities).toBeGreaterThan(500);
      expect(await workerStart()).toBe(before);
    },
  );

  it('from the popup, a search of 10 MB is refused; requests only a page may make are refused', async () => {
    const search = await fromPopup(`{ lablens: 'searchEntities', payload: { query: ${HUGE} } }`);
    expect(search.reply?.error).toMatch(/Too big.*200 characters.*query/s);
    // getMatcher is open to extension pages: the welcome page marks its sample with it (read-only, public data).
    for (const type of ['findClaims', 'readArticle', 'openDetails']) {
      const { reply } = await fromPopup(`{ lablens: '${type}', payload: { id: 'openai' } }`);
      expect(reply, type).toEqual({ ok: false, error: `${type}: not allowed from this sender` });
    }
  });

  it('from the content script: UI requests are refused, oversized page data gets a clear error', async () => {
    for (const type of ['getDatasetInfo', 'searchEntities']) {
      const { reply } = await fromContent(`{ lablens: '${type}', payload: { query: 'gpt' } }`);
      expect(reply, type).toEqual({ ok: false, error: `${type}: not allowed from this sender` });
    }
    const tooMany = `{ lablens: 'findClaims', payload: { pageEntities: [], blocks: Array(201).fill({ text: 'a', names: [], carry: [] }) } }`;
    expect((await fromContent(tooMany)).reply?.error).toMatch(/Too big.*200 items.*blocks/s);
    const longUrl = `{ lablens: 'readArticle', payload: { metas: [], jsonLd: [], marked: [], bylines: [], url: ${HUGE} } }`;
    expect((await fromContent(longUrl)).reply?.error).toMatch(/Too big.*url/s);
    for (const [, message, error] of MALFORMED.slice(0, 8))
      expect((await fromContent(message)).reply?.error, message).toMatch(error);
    const { reply } = await fromContent(`{ lablens: 'getEntity', payload: { id: 'deepseek-v3' } }`);
    expect(reply?.data).toMatchObject({ name: 'DeepSeek-V3' });
  });

  it('300 random messages: each answered (ok or a clear error), and the worker keeps serving', async () => {
    const before = await workerStart();
    const outcomes = (await popup.evaluate(async () => {
      let seed = 13;
      const rand = (n: number) => {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        return seed % n;
      };
      const types = [
        'getEntity',
        'searchEntities',
        'getDatasetInfo',
        'getMatcher',
        'x',
        '',
        'valueOf',
        'hasOwnProperty',
      ];
      const value = (depth: number): unknown => {
        switch (rand(depth > 3 ? 5 : 8)) {
          case 0:
            return rand(1000) - 500;
          case 1:
            return 'gpt'.repeat(rand(100));
          case 2:
            return null;
          case 3:
            return rand(2) === 0;
          case 4:
            return String.fromCharCode(...Array.from({ length: rand(20) }, () => rand(0xffff)));
          case 5:
            return Array.from({ length: rand(4) }, () => value(depth + 1));
          default:
            return Object.fromEntries(
              Array.from({ length: rand(4) }, () => [
                ['id', 'query', 'payload', 'lablens'][rand(4)]!,
                value(depth + 1),
              ]),
            );
        }
      };
      const messages = Array.from({ length: 300 }, () =>
        rand(3) === 0 ? value(0) : { lablens: types[rand(types.length)], payload: value(1) },
      );
      const ext = (globalThis as unknown as { chrome: typeof browser }).chrome;
      return Promise.all(
        messages.map((m) =>
          ext.runtime.sendMessage(m).then(
            (r: { ok?: unknown; error?: unknown }) =>
              r?.ok === true || typeof r?.error === 'string' ? 'answered' : 'bad',
            (e: Error) => `thrown: ${e.message}`,
          ),
        ),
      );
    })) as string[];
    expect(outcomes.filter((o) => o !== 'answered')).toEqual([]);
    const next = await fromPopup(`{ lablens: 'searchEntities', payload: { query: 'deepseek' } }`);
    expect(next.reply?.data).toContainEqual(expect.objectContaining({ id: 'deepseek-v3' }));
    expect(await workerStart()).toBe(before);
  });
});
