import type { Page } from 'puppeteer-core';
import { untilCard } from './card-root';
import { type ChromiumSession, launchChromium, serve } from './harness';
import { highlightsByName, hoverMention, sleep, tabIdOf, until } from './helpers';

// How the content script reads pages that are not a plain article: split names, changes after load,
// open shadow roots, iframes, hidden text. Small synthetic pages, each testing one behaviour.
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Dynamic</title></head><body>
<main>
  <p id="split">This week Deep<b>Seek</b> answered GPT-<em>4</em> with a new model.</p>
  <p id="future">A lab teased GPT-7.5 for next year.</p>
  <p id="longer">Then DeepSeek V4 came out, long after GPT-4-0314.</p>
  <p hidden>OpenAI is hidden here.</p>
  <div style="display:none"><p>Anthropic is hidden here too.</p></div>
  <div id="host"></div>
  <iframe src="/frame.html" width="400" height="100"></iframe>
</main>
<script>
  document.getElementById('host').attachShadow({ mode: 'open' }).innerHTML = '<p>Inside a shadow root: Mistral AI.</p>';
</script>
</body></html>`;
const FRAME = `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body><p>Inside an iframe: Hugging Face and NVIDIA.</p></body></html>`;

const LONG = `<!doctype html><html lang="en"><body><main>${Array.from(
  { length: 400 },
  (_, i) => `<p>Paragraph ${i}: OpenAI and Anthropic compete with DeepSeek.</p>`,
).join('')}</main></body></html>`;

let server: Awaited<ReturnType<typeof serve>>;
let session: ChromiumSession;
let page: Page;
const texts = async (p: Page) => Object.values(await highlightsByName(p)).flat();

beforeAll(async () => {
  server = await serve(undefined, { '/dynamic.html': PAGE, '/frame.html': FRAME, '/long.html': LONG });
  session = await launchChromium();
  page = await session.browser.newPage();
  await page.goto(server.url('dynamic.html'));
  await until(page, () => [...CSS.highlights.keys()].some((k) => k.startsWith('lablens-')));
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('page reading in Chromium', () => {
  it('finds names split across inline elements, as one range over several nodes', async () => {
    await until(page, () => [...CSS.highlights.values()].some((h) => [...h].some((r) => r.toString() === 'DeepSeek')));
    const found = await texts(page);
    expect(found).toContain('DeepSeek');
    expect(found).toContain('GPT-4');
  });

  it('finds a version the dataset does not have yet and shows the family card, marked as unknown', async () => {
    // Read in idle slices: wait for the whole page, not only the first slice.
    await until(page, () => [...CSS.highlights.values()].some((h) => [...h].some((r) => r.toString() === 'GPT-7.5')));
    expect(await texts(page)).toContain('GPT-7.5');
    await page.bringToFront();
    await hoverMention(page, 'GPT-7.5');
    await untilCard(page, (r) => r?.querySelector('.ll-card[data-entity="gpt"] .ll-unknown'));
    await page.keyboard.press('Escape');
  });

  it('never shows a longer, unlisted name as the shorter entity: the family card names the version', async () => {
    await until(page, () =>
      [...CSS.highlights.values()].some((h) => [...h].some((r) => r.toString() === 'DeepSeek V4')),
    );
    const found = await texts(page);
    expect(found).toContain('GPT-4-0314');
    await hoverMention(page, 'DeepSeek V4');
    await untilCard(page, (r) =>
      r?.querySelector('.ll-card[data-entity="deepseek"] .ll-unknown')?.textContent?.includes('version V4 is not'),
    );
    await page.keyboard.press('Escape');
  });

  it('skips hidden text', async () => {
    const found = await texts(page);
    expect(found).not.toContain('OpenAI');
    expect(found).not.toContain('Anthropic');
  });

  it('reads open shadow roots', async () => {
    await until(page, () =>
      [...CSS.highlights.values()].some((h) => [...h].some((r) => r.toString() === 'Mistral AI')),
    );
  });

  it('reads same-origin iframes with their own instance', async () => {
    const frame = page.frames().find((f) => f.url().endsWith('/frame.html'))!;
    await frame.waitForFunction(
      () => [...CSS.highlights.values()].some((h) => [...h].some((r) => r.toString() === 'Hugging Face')),
      { polling: 50, timeout: 5000 },
    );
  });

  it('picks up text added after load, and drops ranges whose text went away', async () => {
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'late';
      p.textContent = 'Later, Anthropic shipped Claude 3 Opus.';
      document.querySelector('main')!.append(p);
    });
    await until(page, () =>
      [...CSS.highlights.values()].some((h) => [...h].some((r) => r.toString() === 'Claude 3 Opus')),
    );
    await page.evaluate(() => document.getElementById('late')!.remove());
    await until(
      page,
      () => ![...CSS.highlights.values()].some((h) => [...h].some((r) => r.toString() === 'Claude 3 Opus')),
    );
    // Unchanged text keeps its highlights.
    expect(await texts(page)).toContain('DeepSeek');
  });

  it('follows edits to existing text', async () => {
    await page.evaluate(() => {
      document.getElementById('split')!.firstChild!.textContent = 'Yesterday Moonshot AI and ';
    });
    await until(page, () =>
      [...CSS.highlights.values()].some((h) => [...h].some((r) => r.toString() === 'Moonshot AI')),
    );
  });
});

describe('painting follows the viewport', () => {
  it('paints only mentions near the viewport on a long page, and paints more after scrolling', async () => {
    const p = await session.browser.newPage();
    try {
      await p.goto(server.url('long.html'));
      await p.bringToFront();
      const painted = () => p.evaluate(() => [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0));
      await until(p, () => [...CSS.highlights.keys()].some((k) => k.startsWith('lablens-')));
      await sleep(300);
      const top = await painted();
      expect(top).toBeGreaterThan(0);
      expect(top).toBeLessThan(1200); // 400 paragraphs × 3 names: far ones are not painted
      await p.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await until(p, () =>
        [...CSS.highlights.values()].some((h) =>
          [...h].some((r) => r.startContainer.parentElement?.textContent?.startsWith('Paragraph 399')),
        ),
      );
    } finally {
      await p.close();
    }
  });

  it('reads text far below the viewport only when the popup asks about the whole page', async () => {
    const p = await session.browser.newPage();
    const ext = await session.browser.newPage();
    try {
      const url = server.url('long.html?whole');
      await p.goto(url);
      await p.bringToFront(); // a hidden tab paints nothing (no IntersectionObserver updates)
      await until(p, () => [...CSS.highlights.keys()].some((k) => k.startsWith('lablens-')));
      await sleep(500); // the first read is over: what is far below stays unread
      await ext.goto(`chrome-extension://${session.extensionId}/popup.html`);
      const tab = await tabIdOf(ext, url);
      const ask = () =>
        ext.evaluate(async (id) => {
          const chrome = (globalThis as unknown as { chrome: typeof browser }).chrome;
          const reply = await chrome.tabs.sendMessage(id, { lablens: 'getPageMentions', payload: {} });
          return {
            complete: reply.data.complete as boolean,
            openai: reply.data.mentions.find((m: { entityId: string }) => m.entityId === 'openai')?.count as number,
          };
        }, tab);
      const first = await ask();
      expect(first.complete).toBe(false);
      expect(first.openai).toBeGreaterThan(0);
      expect(first.openai, 'only the screens around the viewport were read').toBeLessThan(100);
      let reply = first;
      for (let i = 0; i < 200 && !reply.complete; i++) {
        await sleep(50);
        reply = await ask();
      }
      expect(reply).toEqual({ complete: true, openai: 400 });
    } finally {
      await ext.close();
      await p.close();
    }
  });
});
