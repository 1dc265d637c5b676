import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { CARD_HOST, inCard } from '../card-root';
import { launchChromium, launchFirefox, PAGES, serve, waitForHighlights } from '../harness';
import { cardOpen, openCardByHover, sleep } from '../helpers';

// A page cannot reach, drive, hide or pre-empt the hover card. Each case runs in Chromium and Firefox.
const article = readFileSync(join(PAGES, 'sample-article.html'), 'utf8');
const withHead = (extra: string) => article.replace('</head>', `${extra}</head>`);

const PAGES_UNDER_TEST = {
  // Everything a stylesheet can do to hide a host, at the highest page priority.
  '/hide.html': withHead(`<style>
    div, [data-lablens-ui] { display: none !important; visibility: hidden !important; opacity: 0 !important;
      transform: scale(0) !important; clip-path: inset(50%) !important; width: 0 !important; }
    html > div:last-child { position: static !important; z-index: -1 !important; }
  </style>`),
  '/unset.html': withHead('<style>* { all: unset !important; }</style>'),
  // A page that would have pre-empted the old custom element name, and records what it can see.
  '/preempt.html': withHead(`<script>
    customElements.define('lablens-card', class extends HTMLElement {
      connectedCallback() { window.__preempted = true; this.remove(); }
    });
  </script>`),
};

/** The card is on screen where the user can see and point at it: the topmost element at its centre is the host. */
function cardOnTop(page: Page) {
  return inCard(page, (root) => {
    const box = root?.querySelector('.ll-card')?.getBoundingClientRect();
    if (!box || box.width < 100 || box.height < 50) return false;
    const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return top?.getAttribute('data-lablens-ui') === 'card';
  });
}

describe.each(['chromium', 'firefox'] as const)('the hover card on a hostile page (%s)', (engine) => {
  let server: Awaited<ReturnType<typeof serve>>;
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    server = await serve(PAGES, PAGES_UNDER_TEST);
    browser = engine === 'chromium' ? (await launchChromium()).browser : await launchFirefox();
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function load(path: string) {
    await page.goto(server.url(path));
    await waitForHighlights(page, 10, 15_000);
  }

  it('keeps its shadow root closed to page scripts', async () => {
    await load('sample-article.html');
    await openCardByHover(page, 'DeepSeek-V3', 'deepseek-v3', 3000);
    const seen = await page.evaluate((sel) => {
      const host = document.querySelector(sel) as HTMLElement;
      return { root: host.shadowRoot, children: host.childElementCount, text: host.textContent };
    }, CARD_HOST);
    expect(seen).toEqual({ root: null, children: 0, text: '' });
    expect(await cardOnTop(page)).toBe(true);
  });

  it('opens only for the real pointer, not for pointer events a page script dispatches', async () => {
    await load('sample-article.html');
    const fired = await page.evaluate(async () => {
      let n = 0;
      for (const [name, h] of CSS.highlights)
        if (name.startsWith('lablens-') && name !== 'lablens-focus' && !name.startsWith('lablens-claim-'))
          for (const r of h as Iterable<Range>) {
            const b = r.getBoundingClientRect();
            if (b.top < 0 || b.bottom > innerHeight) continue;
            const init = { bubbles: true, clientX: b.left + b.width / 2, clientY: b.top + b.height / 2 };
            r.startContainer.parentElement?.dispatchEvent(new PointerEvent('pointermove', init));
            document.dispatchEvent(new PointerEvent('pointermove', init));
            n++;
          }
      await new Promise((r) => setTimeout(r, 1500)); // three times the hover delay
      return n;
    });
    expect(fired).toBeGreaterThan(3);
    expect(await cardOpen(page)).toBe(false);
    // The same names under the real pointer open the card.
    await openCardByHover(page, 'DeepSeek-V3', 'deepseek-v3', 3000);
  });

  it('stays open when a page script dispatches Escape or pointerleave', async () => {
    await load('sample-article.html');
    await openCardByHover(page, 'DeepSeek-V3', 'deepseek-v3', 3000);
    await page.evaluate((sel) => {
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      document.querySelector(sel)!.dispatchEvent(new PointerEvent('pointerleave'));
    }, CARD_HOST);
    await sleep(700);
    expect(await cardOpen(page)).toBe(true);
    await page.keyboard.press('Escape'); // the user's own Escape closes it
    await sleep(200);
    expect(await cardOpen(page)).toBe(false);
  });

  for (const path of Object.keys(PAGES_UNDER_TEST))
    it(`shows the card on top and usable on ${path}`, async () => {
      await load(path);
      await openCardByHover(page, 'DeepSeek-V3', 'deepseek-v3', 3000);
      expect(await cardOnTop(page)).toBe(true);
      if (path === '/preempt.html')
        expect(await page.evaluate(() => (window as { __preempted?: boolean }).__preempted ?? false)).toBe(false);
    });
});
