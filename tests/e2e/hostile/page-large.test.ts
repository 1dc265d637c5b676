import type { Page } from 'puppeteer-core';
import { type ChromiumSession, launchChromium } from '../harness';
import { eventually, rangeTexts, serveTyped } from './page-kit';

// One huge block: 5 MB of text in a single paragraph. LabLens reads it in slices inside the block: no task of its own over 50 ms (long-task observer in Chromium).
const HTML = 'text/html; charset=utf-8';
const filler = 'The committee met again on Tuesday to discuss the harbour budget and the new bridge. ';
const big = `<p>OpenAI and Anthropic. ${filler.repeat(Math.ceil(5_000_000 / filler.length))} NVIDIA at the end.</p>`;
const page = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><script>
  window.longTasks = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.longTasks.push(Math.round(e.duration)); })
    .observe({ type: 'longtask', buffered: true });
  </script></head><body>${body}</body></html>`;

let server: Awaited<ReturnType<typeof serveTyped>>;
let session: ChromiumSession;

beforeAll(async () => {
  server = await serveTyped({
    '/big.html': { type: HTML, body: page(big) },
  });
  session = await launchChromium();
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** Long tasks after the page's own load (parsing and first layout are the browser's, not LabLens's). */
async function longTasksWhileReading(p: Page, path: string, done: (t: string[]) => boolean): Promise<number[]> {
  await p.goto(server.url(path), { waitUntil: 'load' });
  await new Promise((r) => setTimeout(r, 300));
  await p.evaluate(() => {
    (window as unknown as { longTasks: number[] }).longTasks.length = 0;
  });
  await eventually(() => rangeTexts(p), done, 30_000);
  await new Promise((r) => setTimeout(r, 1000));
  return p.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
}

describe('very large blocks (Chromium)', { timeout: 90_000 }, () => {
  it('reads a 5 MB single-block page without a task over 50 ms', async () => {
    const p = await session.browser.newPage();
    const tasks = await longTasksWhileReading(p, 'big.html', (t) => t.includes('OpenAI'));
    console.log('5 MB block: long tasks (ms)', tasks);
    expect(tasks.filter((d) => d >= 50)).toEqual([]);
    await p.close();
  });
});
