// Installed in every benchmarked page before its own scripts run (evaluateOnNewDocument), in the
// page's main world, identically with and without the extension.
import type { CDPSession, Page } from 'puppeteer-core';

export interface PageRecord {
  longTasks: { start: number; duration: number }[];
  /** performance.now() (ms since navigation start) when a 'lablens-*' highlight first existed. */
  firstHighlight?: number;
  /** [time, highlighted ranges] each time the count changed. */
  counts: [number, number][];
  streamEnd?: number;
  /** loadEventEnd of the navigation, ms since navigation start. */
  loadEnd?: number;
}

declare global {
  interface Window {
    __bench: PageRecord & { stop?: boolean };
  }
}

/** Runs in the page: long-task observer and a cheap 10 ms poll of the highlight registry. */
function install() {
  const rec: Window['__bench'] = { longTasks: [], counts: [] };
  window.__bench = rec;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) rec.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  let last = 0;
  const poll = () => {
    if (rec.stop) return;
    let n = 0;
    for (const [name, h] of CSS.highlights)
      if (name.startsWith('lablens-') && name !== 'lablens-focus' && !name.startsWith('lablens-claim-')) n += h.size;
    if (n > 0 && rec.firstHighlight === undefined) rec.firstHighlight = performance.now();
    if (n !== last) rec.counts.push([performance.now(), n]);
    last = n;
    setTimeout(poll, 10);
  };
  poll();
}

export async function instrument(page: Page): Promise<void> {
  // tsx (esbuild keepNames) wraps named functions in __name(): give the page a no-op one.
  await page.evaluateOnNewDocument('globalThis.__name = (f) => f;');
  await page.evaluateOnNewDocument(install);
}

export const record = (page: Page): Promise<PageRecord> =>
  page.evaluate(() => {
    window.__bench.stop = true;
    const { longTasks, firstHighlight, counts, streamEnd } = window.__bench;
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return { longTasks, firstHighlight, counts, streamEnd, loadEnd: nav?.loadEventEnd };
  });

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Main-thread busy time of the tab so far (CDP TaskDuration: script, style, layout, paint), ms. */
async function busyMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
}

/**
 * Waits until the page is quiet: the stream (if any) has ended, the first highlight exists (with
 * `expectHighlights`), and for the last `quietMs` the highlight count has not changed and the main
 * thread was busy less than 10 % of the time (LabLens reads in idle slices: a stable count alone
 * does not mean it is done). Needs Performance.enable on `cdp`. Resolves false if `maxMs` passed first.
 */
export async function settle(
  page: Page,
  cdp: CDPSession,
  opts: { expectHighlights: boolean; streaming: boolean; quietMs?: number; maxMs?: number },
): Promise<boolean> {
  const { quietMs = 1000, maxMs = 30_000 } = opts;
  const t0 = Date.now();
  let lastChange = Date.now();
  let lastCount = -1;
  let readySince: number | undefined;
  const busy: [number, number][] = [];
  while (Date.now() - t0 < maxMs) {
    const s = await page.evaluate(() => ({
      n: window.__bench.counts.at(-1)?.[1] ?? 0,
      first: window.__bench.firstHighlight !== undefined,
      streamEnd: window.__bench.streamEnd,
    }));
    const now = Date.now();
    busy.push([now, await busyMs(cdp)]);
    if (s.n !== lastCount) {
      lastCount = s.n;
      lastChange = now;
    }
    const ready = (!opts.expectHighlights || s.first) && (!opts.streaming || s.streamEnd !== undefined);
    if (ready) readySince ??= now;
    const since = busy.find(([t]) => t >= now - quietMs);
    const idle = since !== undefined && busy.at(-1)![1] - since[1] < 0.1 * (now - since[0]);
    if (readySince !== undefined && now - Math.max(lastChange, readySince) >= quietMs && idle) return true;
    await sleep(100);
  }
  return false;
}
