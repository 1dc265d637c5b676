import type { Browser, Page } from 'puppeteer-core';
import { claimHighlights, entityCardText, openClaimCard, waitForClaims } from './claim-helpers';
import { launchFirefox, serve, waitForHighlights } from './harness';
import { openCardByHover } from './helpers';

// The fact annotator in Firefox ESR, with real mouse input: the same claims and cards as in Chromium.
let server: Awaited<ReturnType<typeof serve>>;
let browser: Browser;

beforeAll(async () => {
  server = await serve();
  browser = await launchFirefox();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(file: string, verdict?: 'disagrees'): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(server.url(file));
  await waitForHighlights(page, 20, 15_000);
  await waitForClaims(page, 15_000, verdict);
  return page;
}

describe('claims in Firefox', () => {
  it('dated article: only "unveiled earlier this month" disagrees, "open-source" agrees, and the card shows the sourced date', async () => {
    const page = await open('sample-article-dated.html', 'disagrees');
    const { agrees, disagrees } = await claimHighlights(page);
    expect(disagrees).toEqual(['unveiled earlier this month']);
    expect(agrees).toContain('open-source');
    const card = await openClaimCard(page, 'unveiled earlier this month');
    expect(card.text).toContain('26 Dec 2024');
    expect(card.links.some((l) => l.startsWith('https://github.com/deepseek-ai/DeepSeek-V3'))).toBe(true);
    await page.close();
  });

  it('undated article: no relative claim and no statement relative to the article', async () => {
    const page = await open('sample-article.html');
    const { agrees, disagrees } = await claimHighlights(page);
    expect([...agrees, ...disagrees]).not.toContain('unveiled earlier this month');
    await openCardByHover(page, 'DeepSeek-V3', 'deepseek-v3');
    expect(await entityCardText(page)).not.toMatch(/this article/);
    await page.close();
  });
});
