import type { Page } from 'puppeteer-core';
import { type ChromiumSession, launchChromium, ROOT, serve } from '../harness';
import { openCardByHover, sleep } from '../helpers';
import { countedNames, eventually, rangeTexts } from './page-kit';

// A page that fights LabLens: forges WXT's script-started event, clears the highlight registry,
// adds text where LabLens must not read, swaps its <body>, hides names in a shadow root.
let server: Awaited<ReturnType<typeof serve>>;
let session: ChromiumSession;
let page: Page;
const has = (t: string) => (xs: string[]) => xs.includes(t);

beforeAll(async () => {
  server = await serve(`${ROOT}/tests/fixtures/hostile`);
  session = await launchChromium();
  page = await session.browser.newPage();
});
// Each attack on a freshly loaded page, so one that succeeds does not fail the others.
beforeEach(async () => {
  await page.bringToFront();
  await page.goto(server.url('tamper.html'));
  await eventually(() => rangeTexts(page), has('OpenAI'));
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('a page that tampers with LabLens (Chromium)', () => {
  it('never learns the extension ID, and a forged script-started event does not switch LabLens off', async () => {
    const posted: string[] = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
    expect(posted.filter((m) => m.includes(session.extensionId))).toEqual([]);
    // The event's name is public for a published extension: the page forges it anyway.
    await page.evaluate((id) => {
      document.dispatchEvent(
        new CustomEvent(`${id}:content:wxt:content-script-started`, {
          detail: { contentScriptName: 'content', messageId: 'forged' },
        }),
      );
    }, session.extensionId);
    await sleep(500);
    expect(await rangeTexts(page)).toContain('OpenAI');
    // Still reading: new text is highlighted.
    await page.evaluate(() => {
      document.getElementById('feed')!.innerHTML = '<p>Later: ElevenLabs raised money.</p>';
    });
    expect(await eventually(() => rangeTexts(page), has('ElevenLabs'))).toContain('ElevenLabs');
  });

  it('applies the exclusions to text that changes after load', async () => {
    // Typed by the reader (real input) into a contenteditable.
    const box = (await page.$eval('#note', (e) => {
      const r = e.getBoundingClientRect();
      return { x: r.right - 4, y: r.top + r.height / 2 };
    })) as { x: number; y: number };
    await page.mouse.click(box.x, box.y);
    await page.keyboard.press('End');
    await page.keyboard.type(' DeepSeek');
    await page.evaluate(() => {
      document.getElementById('code')!.append(' // Hugging Face');
      document.querySelector('#hidden p')!.append(' Baidu');
      const ld = document.createElement('script');
      ld.type = 'application/ld+json';
      ld.textContent = '{"about": "Databricks"}';
      document.body.append(ld);
      document.getElementById('feed')!.insertAdjacentHTML('beforeend', '<p>Control: Cohere.</p>');
    });
    await eventually(() => rangeTexts(page), has('Cohere'));
    await page.evaluate(() => {
      const ld = document.querySelector('script[type="application/ld+json"]')!;
      (ld.firstChild as Text).data = '{"about": "Databricks and Apple"}';
    });
    await sleep(400);
    const counted = await countedNames(session, page);
    expect(counted).toContain('Cohere');
    for (const name of ['DeepSeek', 'Hugging Face', 'Baidu', 'Databricks']) expect(counted).not.toContain(name);
    const shown = await rangeTexts(page);
    for (const name of ['DeepSeek', 'Hugging Face', 'Baidu', 'Databricks', 'Apple']) expect(shown).not.toContain(name);
  });

  it('puts its highlights back after CSS.highlights.clear(), delete() and set()', async () => {
    for (const attack of ['clear', 'delete', 'set'] as const) {
      await page.evaluate((a) => {
        const ours = [...CSS.highlights.keys()].filter((k) => k.startsWith('lablens-'));
        if (a === 'clear') CSS.highlights.clear();
        for (const k of ours)
          a === 'delete' ? CSS.highlights.delete(k) : a === 'set' && CSS.highlights.set(k, new Highlight());
      }, attack);
      expect(await rangeTexts(page)).not.toContain('OpenAI');
      expect(await eventually(() => rangeTexts(page), has('OpenAI'), 3000)).toContain('OpenAI');
    }
  });

  it('opens a card for a name inside an open shadow root', async () => {
    await eventually(() => rangeTexts(page), has('Mistral AI'));
    expect(await openCardByHover(page, 'Mistral AI', 'mistral-ai', 3000)).toBeGreaterThan(0);
  });

  it('keeps reading after the page replaces its <body>', async () => {
    await page.evaluate(() => {
      const body = document.createElement('body');
      body.innerHTML = '<main><p>After the swap: Perplexity and Cerebras.</p></main>';
      document.body.replaceWith(body);
    });
    expect(await eventually(() => rangeTexts(page), has('Cerebras'))).toContain('Cerebras');
  });
});
