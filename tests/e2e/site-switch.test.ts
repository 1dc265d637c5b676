import type { Page } from 'puppeteer-core';
import { type ChromiumSession, launchChromium, serve, waitForHighlights } from './harness';
import { openPopup } from './helpers';

// "LabLens on this site": off removes highlights at once, on restores them, and the choice survives a restart.
let server: Awaited<ReturnType<typeof serve>>;
let session: ChromiumSession | undefined;
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

async function openArticle(s: ChromiumSession): Promise<Page> {
  const page = await s.browser.newPage();
  await page.goto(server.url(ARTICLE));
  return page;
}

async function siteSwitch(s: ChromiumSession, page: Page): Promise<Page> {
  const popup = await openPopup(s, page);
  await popup.waitForSelector('#site-switch');
  return popup;
}

beforeAll(async () => {
  server = await serve();
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('the site switch', () => {
  it('removes highlights at once when turned off and restores them when turned on', async () => {
    session = await launchChromium();
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
    await waitForHighlights(page, before, 2000);
    expect(await rangeCount(page)).toBe(before);

    await popup.click('#site-switch'); // leave it off for the restart
    await page.waitForFunction(() => ![...CSS.highlights.keys()].some((k) => k.startsWith('lablens-')), {
      timeout: 2000,
    });
  });

  it('keeps the choice across a browser restart', async () => {
    const profile = session!.userDataDir;
    await session!.close({ keepProfile: true });
    session = await launchChromium({ userDataDir: profile });
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
