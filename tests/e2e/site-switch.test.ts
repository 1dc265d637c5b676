import type { Page } from 'puppeteer-core';
import { serve, waitForHighlights } from './harness';
import { openPopup } from './helpers';
import { ENGINES, type ExtSession, launchSession } from './session';

// "LabLens on this site": off removes highlights at once, on restores them, and the choice survives a restart.
let server: Awaited<ReturnType<typeof serve>>;
const ARTICLE = 'sample-article.html';

const rangeCount = (page: Page) =>
  page.evaluate(() => {
    let n = 0;
    for (const [name, h] of CSS.highlights)
      if (name.startsWith('lablens-') && name !== 'lablens-focus' && !name.startsWith('lablens-claim-')) n += h.size;
    return n;
  });

/** The range count once it stops changing (reading and viewport painting finish in idle time). */
async function settledCount(page: Page): Promise<number> {
  let last = -1;
  for (let same = 0; same < 3; ) {
    await new Promise((r) => setTimeout(r, 150));
    const n = await rangeCount(page);
    same = n === last ? same + 1 : 0;
    last = n;
  }
  return last;
}

async function openArticle(s: ExtSession): Promise<Page> {
  const page = await s.browser.newPage();
  await page.goto(server.url(ARTICLE));
  return page;
}

async function siteSwitch(s: ExtSession, page: Page): Promise<Page> {
  const popup = await openPopup(s, page);
  await popup.waitForSelector('#site-switch');
  return popup;
}

beforeAll(async () => {
  server = await serve();
});
afterAll(async () => {
  await server?.close();
});

describe.each(ENGINES)('the site switch (%s)', (engine) => {
  let session: ExtSession | undefined;
  afterAll(async () => {
    await session?.close();
  });

  it('removes highlights at once when turned off and restores them when turned on', async () => {
    session = await launchSession(engine);
    const page = await openArticle(session);
    await waitForHighlights(page, 20);
    const before = await settledCount(page);
    const popup = await siteSwitch(session, page);
    expect(await popup.$eval('#site-switch', (e) => (e as HTMLInputElement).checked)).toBe(true);

    const off = Date.now();
    await popup.click('#site-switch');
    await page.waitForFunction(() => ![...CSS.highlights.keys()].some((k) => k.startsWith('lablens-')), {
      timeout: 2000,
      polling: 10,
    });
    expect(Date.now() - off).toBeLessThan(1000);

    await popup.click('#site-switch');
    // Only a visible page paints its highlights (they follow the viewport; Firefox idles hidden tabs).
    await page.bringToFront();
    await waitForHighlights(page, before, 2000);
    // At least as many: a page brought to the front may paint a few more near its viewport.
    expect(await settledCount(page)).toBeGreaterThanOrEqual(before);

    await popup.bringToFront();
    await popup.click('#site-switch'); // leave it off for the restart
    await page.waitForFunction(() => ![...CSS.highlights.keys()].some((k) => k.startsWith('lablens-')), {
      timeout: 2000,
    });
  });

  it('keeps the choice across a browser restart', async () => {
    const profile = session!.userDataDir;
    await session!.close({ keepProfile: true });
    session = await launchSession(engine, { userDataDir: profile });
    const page = await openArticle(session);
    const popup = await siteSwitch(session, page);
    // The content script answers, and reports itself off for this site.
    await popup.waitForSelector('.ll-empty, .ll-item');
    expect(await popup.$eval('#site-switch', (e) => (e as HTMLInputElement).checked)).toBe(false);
    expect(await rangeCount(page)).toBe(0);

    await popup.click('#site-switch');
    // Only a visible page paints its highlights (they follow the viewport).
    await page.bringToFront();
    await waitForHighlights(page, 20, 3000);
  });
});
