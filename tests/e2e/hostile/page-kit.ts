import type { Frame, Page } from 'puppeteer-core';
import { type ChromiumSession, type ExtraPage, serve } from '../harness';
import { openPopup } from '../helpers';

/** Shared by the hostile-page tests: what LabLens shows and counts, read from outside. */

/** Texts of LabLens's mention highlights in one document (page or frame); claims and focus left out. */
export function rangeTexts(target: Page | Frame): Promise<string[]> {
  return target.evaluate(() => {
    const out: string[] = [];
    for (const [name, h] of CSS.highlights)
      if (name.startsWith('lablens-') && name !== 'lablens-focus' && !name.startsWith('lablens-claim-'))
        for (const r of h as Iterable<Range>) out.push(r.toString());
    return out;
  });
}

/** Polls until `fn` holds (a hidden tab gets no animation frames to poll on). */
export async function eventually<T>(fn: () => Promise<T>, ok: (v: T) => boolean, timeout = 5000): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await fn();
    if (ok(v) || Date.now() > end) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Sends a popup → content request to the tab showing `page` (top frame), from an extension page. */
export async function askTab(session: ChromiumSession, page: Page, type: string, payload: object = {}) {
  const popup = await openPopup(session, page);
  const tabId = Number(new URL(popup.url()).searchParams.get('tab'));
  const reply = await popup.evaluate(
    (id, t, p) =>
      (globalThis as unknown as { chrome: typeof browser }).chrome.tabs.sendMessage(
        id,
        { lablens: t, payload: p },
        { frameId: 0 },
      ),
    tabId,
    type,
    payload,
  );
  await popup.close();
  return reply as { ok: boolean; data?: unknown; error?: string };
}

/** Entity names the page counts (the popup's list), once the whole page is read. */
export async function countedNames(session: ChromiumSession, page: Page): Promise<string[]> {
  for (let i = 0; i < 50; i++) {
    const r = await askTab(session, page, 'getPageMentions');
    const d = r.data as { complete: boolean; mentions: { name: string }[] } | undefined;
    if (d?.complete) return d.mentions.map((m) => m.name).sort();
    await new Promise((res) => setTimeout(res, 100));
  }
  throw new Error('the page was never read completely');
}

/** Serves pages with their own content types (SVG, XML), on 127.0.0.1 and on `localhost` (a second origin). */
export function serveTyped(files: Record<string, { type: string; body: string }>) {
  // Looked up per request: callers add pages that need the server's own URL after it started.
  const pages = new Proxy({} as Record<string, ExtraPage>, {
    get: (_, path) => {
      const f = files[path as string];
      return f && { body: f.body, headers: { 'content-type': f.type } };
    },
  });
  return serve(undefined, pages);
}
