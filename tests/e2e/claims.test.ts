import type { Page } from 'puppeteer-core';
import { untilCard } from './card-root';
import { claimHighlights, entityCardText, openClaimCard, waitForClaims } from './claim-helpers';
import { type ChromiumSession, launchChromium, serve, waitForHighlights } from './harness';
import { openCardByHover, openPopup, sleep } from './helpers';

// The fact annotator on the sample article: with a publication date (20 Jan 2025) and without one.
let server: Awaited<ReturnType<typeof serve>>;
let session: ChromiumSession;

beforeAll(async () => {
  server = await serve();
  session = await launchChromium();
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

async function open(file: string): Promise<Page> {
  const page = await session.browser.newPage();
  await page.goto(server.url(file));
  await waitForHighlights(page, 20);
  return page;
}

describe('claims on the dated sample article (Chromium)', () => {
  let page: Page;
  beforeAll(async () => {
    page = await open('sample-article-dated.html');
    await waitForClaims(page, 10_000, 'disagrees');
  });

  it('marks "unveiled earlier this month" as disagreeing, and nothing else', async () => {
    const { disagrees } = await claimHighlights(page);
    expect(disagrees).toEqual(['unveiled earlier this month']);
  });

  it('does not flag the article calling DeepSeek-V3 open-source: it agrees', async () => {
    const { agrees, disagrees } = await claimHighlights(page);
    expect(agrees).toContain('open-source');
    expect(disagrees.join(' ')).not.toMatch(/open/);
  });

  it('shows the claim card on hover: the article says, the dataset says 26 Dec 2024 with its source', async () => {
    const card = await openClaimCard(page, 'unveiled earlier this month');
    expect(card.verdict).toBe('disagrees');
    expect(card.text).toContain('1–20 Jan 2025');
    expect(card.text).toContain('26 Dec 2024');
    expect(card.text).toContain('25 days before this article');
    expect(card.links.some((l) => l.startsWith('https://github.com/deepseek-ai/DeepSeek-V3'))).toBe(true);
    await page.keyboard.press('Escape');
  });

  it("gives DeepSeek-V3's release relative to the article and lists the page's claims about it", async () => {
    await sleep(400);
    await openCardByHover(page, 'DeepSeek-V3', 'deepseek-v3');
    const text = await entityCardText(page);
    expect(text).toContain('Released 26 Dec 2024, 25 days before this article');
    expect(text).toContain('What this page claims about DeepSeek-V3');
    // The vague "fraction of the budget" claim shows what DeepSeek's figure covers.
    expect(text).toContain('a fraction of the budget');
    expect(text).toMatch(/final training run/);
    await page.keyboard.press('Escape');
  });

  it("places DeepSeek's models around the article's date", async () => {
    await sleep(400);
    await openCardByHover(page, 'DeepSeek', 'deepseek');
    const text = await entityCardText(page);
    expect(text).toMatch(/At the time of this article, the newest DeepSeek model was DeepSeek-V3/);
    expect(text).toMatch(/Since then: .*DeepSeek-R1 \(20 Jan 2025\)/);
    await page.keyboard.press('Escape');
  });

  it('lists the claims in the popup with counts, a summary line, jump-to and a Markdown export', async () => {
    const popup = await openPopup(session, page);
    await popup.waitForSelector('.ll-claims-section .ll-claim', { timeout: 10_000 });
    const counts = await popup.$eval('.ll-claim-counts', (e) => e.textContent);
    expect(counts).toMatch(/1 disagree/);
    expect(await popup.$eval('.ll-summary-line', (e) => e.textContent)).toMatch(
      /^This article mentions \d+ labs \(.*China.*\).*; 1 claim disagrees with the dataset$/,
    );
    expect(await popup.$eval('.ll-article-date', (e) => e.textContent)).toBe('Published 20 Jan 2025');
    // Real input: the pointer clicks the export button; the clipboard then holds the page's notes.
    const exportButton = await popup.$('.ll-export button');
    await exportButton!.click();
    await popup.waitForFunction(
      () => document.querySelector('.ll-export [role="status"]')?.textContent === 'Copied to the clipboard',
    );
    // The clipboard is the browser's: read it back from a page allowed to.
    await session.browser
      .defaultBrowserContext()
      .overridePermissions(new URL(page.url()).origin, ['clipboard-read', 'clipboard-sanitized-write']);
    await page.bringToFront();
    const md = await page.evaluate(() => navigator.clipboard.readText());
    await popup.bringToFront();
    expect(md).toContain('## Claims');
    expect(md).toMatch(/\*\*Disagrees with LabLens’s dataset\*\* · DeepSeek-V3: “unveiled earlier this month”/);
    expect(md).toMatch(
      /\[DeepSeek-V3 repository and README \(deepseek-ai, GitHub\)\]\(https:\/\/github\.com\/deepseek-ai\/DeepSeek-V3\)/,
    );
    // Jump to the disagreeing claim: the page scrolls to it and opens its card.
    await popup.click('.ll-claim[data-verdict="disagrees"] .ll-jump');
    await page.bringToFront();
    await untilCard(page, (r) => r?.querySelector('.ll-claim-card'), {
      timeout: 3000,
      polling: 50,
    });
    await popup.close();
  });
});

describe('the undated sample article (Chromium)', () => {
  let page: Page;
  beforeAll(async () => {
    page = await open('sample-article.html');
    await waitForClaims(page);
  });

  it('makes no relative statements at all', async () => {
    const { agrees, disagrees } = await claimHighlights(page);
    expect([...agrees, ...disagrees]).not.toContain('unveiled earlier this month');
    await openCardByHover(page, 'DeepSeek-V3', 'deepseek-v3');
    const text = await entityCardText(page);
    expect(text).not.toMatch(/this article/);
    await page.keyboard.press('Escape');
    await sleep(400);
    await openCardByHover(page, 'DeepSeek', 'deepseek');
    expect(await entityCardText(page)).not.toMatch(/this article|Since then/);
    await page.keyboard.press('Escape');
  });

  it('says in the popup that it found no publication date', async () => {
    const popup = await openPopup(session, page);
    await popup.waitForSelector('.ll-article-date', { timeout: 10_000 });
    expect(await popup.$eval('.ll-article-date', (e) => e.textContent)).toMatch(/^No publication date found/);
    await popup.close();
  });
});
