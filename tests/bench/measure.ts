// One page load in one browser (with or without LabLens): traced, instrumented, metrics read once the
// page is quiet. Every page gets a fresh tab.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { instrument, type PageRecord, record, settle } from './instrument';
import type { BenchPage } from './pages';
import { summarizeTrace, TRACE_CATEGORIES, type TraceSummary } from './trace';

export interface PageRun {
  /** CDP Performance.getMetrics after the page settled (seconds → ms, bytes). */
  scriptMs: number;
  taskMs: number;
  /** JSHeapUsedSize after a forced GC (bytes). */
  heap: number;
  record: PageRecord;
  trace: TraceSummary;
  /** Highlighted ranges at the end. */
  highlights: number;
  /** Time (ms since navigation start) the highlight count last changed. */
  lastHighlight?: number;
  errors: string[];
  /** False when the page was still busy or changing when the wait gave up. */
  settled: boolean;
}

export async function measurePage(
  browser: Browser,
  page: BenchPage,
  url: string,
  withExtension: boolean,
): Promise<PageRun> {
  const tab = await browser.newPage();
  const errors: string[] = [];
  tab.on('pageerror', (e) => errors.push(String(e)));
  try {
    const cdp = await tab.createCDPSession();
    await cdp.send('Performance.enable');
    await instrument(tab);
    await tab.tracing.start({ categories: TRACE_CATEGORIES });
    await tab.goto(url, { waitUntil: 'load', timeout: 60_000 });
    const settled = await settle(tab, cdp, {
      expectHighlights: withExtension && !page.expectNone,
      streaming: !!page.streaming,
      quietMs: page.streaming ? 1500 : 1000,
      maxMs: page.streaming ? 40_000 : 30_000,
    });
    const json = await tab.tracing.stop();
    // BENCH_TRACE_DIR=dir keeps every trace (open it in DevTools' Performance panel).
    if (process.env.BENCH_TRACE_DIR)
      writeFileSync(
        join(
          process.env.BENCH_TRACE_DIR,
          `${page.path.replace(/\W+/g, '_')}-${withExtension ? 'with' : 'without'}.json`,
        ),
        json ?? '',
      );
    const trace = summarizeTrace(json, url);
    const rec = await record(tab);
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
    const last = rec.counts.at(-1);
    return {
      scriptMs: (m.ScriptDuration ?? 0) * 1000,
      taskMs: (m.TaskDuration ?? 0) * 1000,
      heap: m.JSHeapUsedSize ?? 0,
      record: rec,
      trace,
      highlights: last?.[1] ?? 0,
      ...(last ? { lastHighlight: last[0] } : {}),
      errors,
      settled,
    };
  } finally {
    await tab.close();
  }
}
