import type { Page } from 'puppeteer-core';
import { type ChromiumSession, launchChromium, serve, waitForHighlights } from '../harness';
import { openCardByHover } from '../helpers';
import { contentWorld, stopWorker, wakeWorker } from './worker-helpers';

/*
 * IndexedDB failing in the worker (a quota error, a failed open, none in a
 * private window): pages still get highlights and cards, from the bundled
 * dataset in memory. Chromium: CDP breaks indexedDB.open inside the worker
 * before its first request.
 */
let server: Awaited<ReturnType<typeof serve>>;
let session: ChromiumSession;
let page: Page;

beforeAll(async () => {
  server = await serve();
  session = await launchChromium();
  page = await session.browser.newPage();
  await page.goto(server.url('sample-article.html'));
  await waitForHighlights(page, 20, 20_000);
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

it('with indexedDB.open throwing, a reloaded page is highlighted and a hover opens its card; one warning', async () => {
  // The override must land before this worker life's first open. Anything of the page's that wakes
  // the worker between the stop and the override (a retry, a late claim request) opens the database
  // first; then that life never fails, so stop it and try again.
  let woken: Awaited<ReturnType<typeof wakeWorker>> | undefined;
  for (let attempt = 0; attempt < 3 && !woken; attempt++) {
    await stopWorker(session);
    const w = await wakeWorker(session, await contentWorld(page));
    await w.worker.evaluate(() => {
      indexedDB.open = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.reload();
    await waitForHighlights(page, 20, 20_000);
    if (w.log.some((l) => l.startsWith('LabLens: IndexedDB failed'))) woken = w;
  }
  const { log } = woken!;
  await page.mouse.move(5, 5);
  expect(await openCardByHover(page, 'DeepSeek-V3', 'deepseek-v3', 15_000)).toBeLessThan(15_000);
  const run = await contentWorld(page);
  const replies = (await run(
    `Promise.all(Array.from({ length: 20 }, () => chrome.runtime.sendMessage({ lablens: 'getEntity', payload: { id: 'openai' } })))`,
  )) as { ok: boolean; data: { name: string } }[];
  expect(replies.map((r) => r.ok && r.data.name)).toEqual(Array(20).fill('OpenAI'));
  // The worker that answered is the one whose IndexedDB is broken, and it said so once.
  expect(log.filter((l) => l.startsWith('LabLens: IndexedDB failed'))).toHaveLength(1);
  expect(log.some((l) => l.startsWith('LabLens: seeded'))).toBe(false);
});
