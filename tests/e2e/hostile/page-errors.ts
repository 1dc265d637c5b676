import type { Page } from 'puppeteer-core';

/**
 * Collects what would tell a page (or its developer) that LabLens misbehaved: uncaught errors,
 * console errors (CSP reports included), and LabLens's own logged failures ("LabLens: …", a warning).
 * Chromium: also the debugging protocol's view of every world in the tab, so errors in the content
 * script's isolated world count too. Firefox's WebDriver BiDi reports the page's realms only.
 */
export async function collectErrors(page: Page): Promise<string[]> {
  const errors: string[] = [];
  const bad = (type: string, text: string) => type === 'error' || /LabLens/.test(text);
  page.on('pageerror', (e) => errors.push(`pageerror: ${e instanceof Error ? e.message : String(e)}`));
  page.on('console', (m) => {
    if (bad(m.type(), m.text()) && !/favicon\.ico/.test(m.location().url ?? '')) errors.push(`console: ${m.text()}`);
  });
  if (/firefox/i.test(await page.browser().version())) return errors;
  const cdp = await page.createCDPSession();
  cdp.on('Runtime.exceptionThrown', (e) =>
    errors.push(
      `exception (context ${e.exceptionDetails.executionContextId}): ${e.exceptionDetails.exception?.description ?? e.exceptionDetails.text}`,
    ),
  );
  cdp.on('Runtime.consoleAPICalled', (e) => {
    const text = e.args.map((a) => String(a.value ?? a.description ?? '')).join(' ');
    if (bad(e.type === 'warning' ? 'warn' : e.type, text))
      errors.push(`console (context ${e.executionContextId}): ${text}`);
  });
  cdp.on('Log.entryAdded', ({ entry }) => {
    if (entry.level === 'error' && !/favicon\.ico/.test(entry.url ?? '')) errors.push(`log: ${entry.text}`);
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Log.enable');
  return errors;
}

/** Chromium: records long tasks (PerformanceObserver 'longtask') from the first script on. */
export async function recordLongTasks(page: Page): Promise<void> {
  await page.evaluateOnNewDocument(`(() => {
    const tasks = (window.__longTasks = []);
    new PerformanceObserver((l) => { for (const e of l.getEntries()) tasks.push([e.startTime, e.duration]); })
      .observe({ type: 'longtask', buffered: true });
  })()`);
}

/** The longest task that started after DOMContentLoaded (when the content script can first run), ms. */
export function longestAfterReady(page: Page): Promise<{ longest: number; count: number }> {
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const after = (window as unknown as { __longTasks: [number, number][] }).__longTasks.filter(
      ([start]) => start >= nav.domContentLoadedEventEnd,
    );
    return { longest: Math.round(Math.max(0, ...after.map(([, d]) => d))), count: after.length };
  });
}
