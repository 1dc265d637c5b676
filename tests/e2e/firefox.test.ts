import type { Browser, Page } from 'puppeteer-core';
import puppeteer from 'puppeteer-core';
import { untilCard } from './card-root';
import { FIREFOX, highlightedTexts, launchFirefox, serve, waitForHighlights } from './harness';
import { cardFacts, openCardByHover, pageFingerprint } from './helpers';

// The same reader-facing behaviour in Firefox ESR: highlights, untouched page, hover card with sources.
// (The popup and options pages run in both browsers in their own files, through session.ts.)
let server: Awaited<ReturnType<typeof serve>>;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await serve();
  browser = await launchFirefox();
  page = await browser.newPage();
  await page.goto(server.url('sample-article.html'));
  await waitForHighlights(page, 20, 15_000);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('sample article in Firefox', () => {
  it('highlights every lab and model the article names, nothing in the textarea or code', async () => {
    const texts = new Set((await highlightedTexts(page)).map((h) => h.text));
    for (const name of ['DeepSeek', 'DeepSeek-V3', 'OpenAI', 'GPT-4', 'Anthropic', 'Google', 'Meta', 'LLaMA'])
      expect(texts, name).toContain(name);
    const inside = await page.evaluate(() => {
      let n = 0;
      for (const [name, h] of CSS.highlights)
        if (name.startsWith('lablens-'))
          for (const r of h) if (r.startContainer.parentElement?.closest('textarea, pre, code')) n++;
      return n;
    });
    expect(inside).toBe(0);
  });

  it('leaves the page text and element count as without the extension', async () => {
    const plain = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
    try {
      const p = await plain.newPage();
      await p.goto(server.url('sample-article.html'));
      expect(await pageFingerprint(page)).toEqual(await pageFingerprint(p));
    } finally {
      await plain.close();
    }
  });

  it('shows the DeepSeek-V3 card with sourced developer, release date and parameters within 1 s', async () => {
    expect(await openCardByHover(page, 'DeepSeek-V3', 'deepseek-v3')).toBeLessThan(1000);
    const byKey = await cardFacts(page);
    expect(byKey.developer?.value).toBe('DeepSeek');
    expect(byKey.parametersTotal?.value).toBe('671B');
    for (const key of ['developer', 'releaseDate', 'parametersTotal'])
      expect(byKey[key]?.sourceUrl, key).toMatch(/^https:\/\//);
    await page.keyboard.press('Escape');
    await untilCard(page, (r) => !r?.querySelector('.ll-card'), {
      timeout: 1000,
    });
  });
});
