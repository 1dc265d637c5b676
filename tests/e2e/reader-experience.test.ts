import type { Page } from 'puppeteer-core';
import { inCard, untilCard } from './card-root';
import { serve, waitForHighlights } from './harness';
import {
  cardOpen,
  cardText,
  clickCardButton,
  highlightsByName,
  hoverMention,
  hoverText,
  openOptions,
  openPopup,
  popupTabId,
  sleep,
  until,
} from './helpers';
import { ENGINES, type ExtSession, launchSession } from './session';

// Hover timings, keyboard navigation, jump-to and every setting's effect on an open page, in both browsers.
describe.each(ENGINES)('reader experience (%s)', (engine) => {
  let server: Awaited<ReturnType<typeof serve>>;
  let session: ExtSession;
  let page: Page;

  beforeAll(async () => {
    server = await serve();
    session = await launchSession(engine);
    page = await session.browser.newPage();
    await page.goto(server.url('sample-article.html'));
    await waitForHighlights(page, 20);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  const moveAway = () => page.mouse.move(5, 880);
  async function closeCard() {
    await page.keyboard.press('Escape');
    await untilCard(page, (r) => !r?.querySelector('.ll-card'));
  }

  describe('hover intent', () => {
    it('waits for a dwell before opening, then opens at about 500 ms', async () => {
      await hoverMention(page, 'Anthropic');
      await sleep(250);
      expect(await cardOpen(page)).toBe(false);
      await untilCard(page, (r) => r?.querySelector('.ll-card[data-entity="anthropic"]'), { timeout: 1000 });
    });

    it('keeps the card while the pointer travels into it, and closes it after leaving both', async () => {
      const box = await inCard(page, (root) => {
        const r = root!.querySelector('.ll-card')!.getBoundingClientRect();
        return { x: r.left + 20, y: r.top + 20 };
      });
      await page.mouse.move(box.x, box.y, { steps: 3 });
      await sleep(700);
      expect(await cardOpen(page)).toBe(true);
      await moveAway();
      await sleep(120);
      expect(await cardOpen(page)).toBe(true); // grace period
      await untilCard(page, (r) => !r?.querySelector('.ll-card'), {
        timeout: 1500,
      });
    });

    it('does not open for the blank margin beside a name at the end of a line', async () => {
      const point = await page.evaluate(() => {
        const h2 = [...document.querySelectorAll('h2')].find((h) => h.textContent === 'The DeepSeek Breakthrough')!;
        h2.scrollIntoView({ block: 'center' });
        const r = h2.getBoundingClientRect();
        return { x: r.right - 4, y: r.top + r.height / 2 };
      });
      await page.mouse.move(point.x, point.y);
      await sleep(900);
      expect(await cardOpen(page)).toBe(false);
      await moveAway();
    });
  });

  describe('keyboard', () => {
    it('moves to the next mention, opens its card with focus, and Esc returns focus', async () => {
      await page.focus('nav a');
      const popup = await openPopup(session, page);
      const tabId = await popupTabId(popup);
      const navigate = (direction: string) =>
        popup.evaluate(
          (id, d) =>
            (globalThis as unknown as { chrome: typeof browser }).chrome.tabs.sendMessage(id, {
              lablens: 'navigate',
              payload: { direction: d },
            }),
          tabId,
          direction,
        );
      await page.bringToFront();
      await navigate('next');
      await navigate('next');
      await untilCard(page, (r) => r?.querySelector('.ll-card'));
      // Document order: "OpenAI" then "Anthropic" in the first paragraph.
      expect((await cardText(page)).title).toBe('Anthropic');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-lablens-ui'))).toBe('card');
      expect((await highlightsByName(page))['lablens-focus']).toEqual(['Anthropic']);
      await navigate('prev');
      await untilCard(page, (r) => r?.querySelector('.ll-card[data-entity="openai"]'));
      await closeCard();
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Home');
      await popup.close();
    });

    it('jump-to from the popup scrolls to the mention and flashes it', async () => {
      await page.evaluate(() => window.scrollTo(0, 0));
      const popup = await openPopup(session, page);
      await popup.waitForSelector('.ll-item[data-entity="chatgpt"] .ll-jump');
      await popup.click('.ll-item[data-entity="chatgpt"] .ll-jump');
      await until(page, () => window.scrollY > 500);
      await until(page, () => [...(CSS.highlights.get('lablens-focus') ?? [])].map(String).join() === 'ChatGPT');
      await untilCard(page, (r) => r?.querySelector('.ll-card[data-entity="chatgpt"]'));
      await page.bringToFront();
      await closeCard();
      await popup.close();
    });
  });

  describe('settings apply to the open page at once', () => {
    let options: Page;
    beforeAll(async () => {
      options = await openOptions(session);
    });
    beforeEach(() => options.bringToFront());

    it('per-kind toggle: no labs when labs are off', async () => {
      await options.click('#kind-lab');
      await until(page, () => !CSS.highlights.has('lablens-underline-lab'));
      expect(Object.keys(await highlightsByName(page))).toContain('lablens-underline-model');
      await options.click('#kind-lab');
      await until(page, () => CSS.highlights.has('lablens-underline-lab'));
    });

    it('highlight style and colour', async () => {
      await options.select('#style', 'background');
      await until(page, () => CSS.highlights.has('lablens-background-lab'));
      await options.select('#color', 'green');
      await until(
        page,
        () => CSS.highlights.has('lablens-background-green') && !CSS.highlights.has('lablens-background-lab'),
      );
      await options.select('#style', 'none');
      await until(
        page,
        () => ![...CSS.highlights.keys()].some((k) => k.startsWith('lablens-') && k !== 'lablens-focus'),
      );
      // Cards still open without marks.
      await page.bringToFront();
      await hoverText(page, 'Anthropic');
      await untilCard(page, (r) => r?.querySelector('.ll-card[data-entity="anthropic"]'), { timeout: 1500 });
      await closeCard();
      await options.select('#style', 'underline');
      await options.select('#color', 'kind');
      await until(page, () => CSS.highlights.has('lablens-underline-lab'));
    });

    it('first mention only', async () => {
      // Highlights are painted near the viewport: look at the top of the article, where the first mentions are.
      await page.bringToFront();
      await page.evaluate(() => window.scrollTo(0, 0));
      await sleep(400);
      await options.bringToFront();
      await options.click('#first-only');
      await until(page, () => {
        const texts = [...(CSS.highlights.get('lablens-underline-lab') ?? [])].map((r) => r.toString());
        return texts.length > 0 && texts.length < 8;
      });
      const byName = await highlightsByName(page);
      const all = Object.values(byName).flat();
      // One range per entity: "DeepSeek" once although the article names it 17 times.
      expect(all.filter((t) => t === 'DeepSeek')).toHaveLength(1);
      expect(all.filter((t) => t === 'DeepSeek-V3')).toHaveLength(1);
      await options.click('#first-only');
      await until(page, () => (CSS.highlights.get('lablens-underline-lab')?.size ?? 0) > 8);
    });

    it('hover delay', async () => {
      await options.$eval('#hover-delay', (el) => {
        (el as HTMLInputElement).value = '1200';
        el.dispatchEvent(new Event('change', { bubbles: true }));
      });
      await sleep(200);
      await page.bringToFront();
      await hoverMention(page, 'Google');
      await sleep(800);
      expect(await cardOpen(page)).toBe(false);
      await untilCard(page, (r) => r?.querySelector('.ll-card'), {
        timeout: 1500,
      });
      await closeCard();
      await options.$eval('#hover-delay', (el) => {
        (el as HTMLInputElement).value = '500';
        el.dispatchEvent(new Event('change', { bubbles: true }));
      });
    });

    it('hide an entity everywhere from its card, and bring it back from the options', async () => {
      await page.bringToFront();
      await hoverMention(page, 'Anthropic');
      await untilCard(page, (r) => r?.querySelector('.ll-card[data-entity="anthropic"]'));
      await clickCardButton(page, 'Hide everywhere');
      await until(
        page,
        () => ![...(CSS.highlights.get('lablens-underline-lab') ?? [])].some((r) => r.toString() === 'Anthropic'),
      );
      // The options page names the hidden entity (fetched from the background by id).
      await until(
        options,
        () =>
          document.querySelector('#muted .ll-item[data-key="anthropic"] .ll-item-label')?.textContent === 'Anthropic',
      );
      await options.bringToFront();
      await options.click('#muted .ll-item[data-key="anthropic"] button');
      await until(page, () =>
        [...(CSS.highlights.get('lablens-underline-lab') ?? [])].some((r) => r.toString() === 'Anthropic'),
      );
    });

    it('global switch off and on', async () => {
      await options.click('#enabled');
      await until(page, () => ![...CSS.highlights.keys()].some((k) => k.startsWith('lablens-')));
      await options.click('#enabled');
      await waitForHighlights(page, 20);
    });

    it('disabled sites can be added and removed in the options', async () => {
      await options.type('#sites-input', '127.0.0.1');
      await options.keyboard.press('Enter');
      await until(page, () => ![...CSS.highlights.keys()].some((k) => k.startsWith('lablens-')));
      await options.click('#sites .ll-item[data-key="127.0.0.1"] button');
      await waitForHighlights(page, 20);
    });
  });
});
