import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { type ChromiumSession, launchChromium, ROOT, serve } from './harness';
import { sleep, tabIdOf } from './helpers';

// Precision and recall over saved real pages labelled by hand (tests/fixtures/expected).
// Counted per entity: a page's found count for an entity is matched against its labelled count.
interface Expected {
  page: string;
  aboutAi: boolean;
  mentions: { text: string; entityId: string; count: number }[];
}
const EXPECTED = join(ROOT, 'tests/fixtures/expected');
const cases: Expected[] = readdirSync(EXPECTED)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join(EXPECTED, f), 'utf8')));

let server: Awaited<ReturnType<typeof serve>>;
let session: ChromiumSession;
let ext: Page;

beforeAll(async () => {
  server = await serve();
  session = await launchChromium();
  ext = await session.browser.newPage();
  await ext.goto(`chrome-extension://${session.extensionId}/popup.html`);
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** The content script's own count of what it highlighted, asked the way the popup asks. */
async function found(url: string): Promise<Record<string, number>> {
  for (;;) {
    const tab = await tabIdOf(ext, url);
    const reply = await ext.evaluate(async (id) => {
      const chrome = (globalThis as unknown as { chrome: typeof browser }).chrome;
      return (await chrome.tabs.sendMessage(id, { lablens: 'getPageMentions', payload: {} })).data;
    }, tab);
    // Big pages are read in slices: count once the content script says it has read everything.
    if (reply.complete)
      return Object.fromEntries(reply.mentions.map((m: { entityId: string; count: number }) => [m.entityId, m.count]));
    await sleep(50);
  }
}

describe('labelled corpus in Chromium', () => {
  const rows: { page: string; expected: number; found: number; tp: number }[] = [];

  it.each(cases.map((c) => [c.page, c] as const))('%s', async (_name, c) => {
    const page = await session.browser.newPage();
    const url = server.url(c.page);
    await page.goto(url);
    await sleep(c.aboutAi ? 0 : 1500); // a non-AI page must stay empty even after the script has run
    if (c.aboutAi)
      await page.waitForFunction(() => [...CSS.highlights.keys()].some((k) => k.startsWith('lablens-')), {
        polling: 50,
      });
    const got = await found(url);
    const want: Record<string, number> = {};
    for (const m of c.mentions) want[m.entityId] = (want[m.entityId] ?? 0) + m.count;
    let tp = 0;
    for (const [id, n] of Object.entries(want)) tp += Math.min(n, got[id] ?? 0);
    const total = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
    rows.push({ page: c.page, expected: total(want), found: total(got), tp });
    if (!c.aboutAi) expect(got, 'no highlight at all on a page that is not about AI').toEqual({});
    await page.close();
  });

  it('has recall ≥ 0.95 and precision ≥ 0.98 overall', () => {
    const sum = (k: 'expected' | 'found' | 'tp') => rows.reduce((a, r) => a + r[k], 0);
    const recall = sum('tp') / sum('expected');
    const precision = sum('tp') / sum('found');
    console.table(
      rows.map((r) => ({
        ...r,
        recall: (r.tp / r.expected || 0).toFixed(3),
        precision: (r.tp / r.found || 0).toFixed(3),
      })),
    );
    console.log(`recall ${recall.toFixed(3)}, precision ${precision.toFixed(3)} over ${rows.length} pages`);
    expect(rows).toHaveLength(cases.length);
    expect(recall).toBeGreaterThanOrEqual(0.95);
    expect(precision).toBeGreaterThanOrEqual(0.98);
  });
});
