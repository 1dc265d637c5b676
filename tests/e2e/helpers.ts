import type { Page } from 'puppeteer-core';
import type { ChromiumSession } from './harness';

/** What must not change when LabLens runs: the text and the element count (LabLens's own UI excluded). */
export function pageFingerprint(page: Page): Promise<{ text: string; elements: number }> {
  return page.evaluate(() => ({
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a reader sees
    text: document.body.innerText,
    elements: document.querySelectorAll('*:not(lablens-card)').length,
  }));
}

/** Moves the pointer to the middle of the first highlighted range whose text is `text`. */
export async function hoverMention(page: Page, text: string, nth = 0): Promise<void> {
  const point = await page.evaluate(
    (t, n) => {
      const found: Range[] = [];
      for (const [name, h] of CSS.highlights)
        if (name.startsWith('lablens-') && name !== 'lablens-focus')
          for (const r of h as Iterable<Range>) if (r.toString() === t) found.push(r);
      found.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      const r = found[n];
      if (!r) return null;
      r.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const box = r.getClientRects()[0]!;
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    },
    text,
    nth,
  );
  if (!point) throw new Error(`no highlighted "${text}"`);
  await page.mouse.move(point.x - 40, point.y - 40);
  await page.mouse.move(point.x, point.y, { steps: 4 });
}

export interface CardFact {
  key: string;
  value: string;
  sourceUrl: string | null;
}

export function cardText(page: Page): Promise<{ title: string; kind: string; facts: CardFact[] }> {
  return page.evaluate(() => {
    const root = document.querySelector('lablens-card')?.shadowRoot;
    const card = root?.querySelector('.ll-card');
    if (!card) throw new Error('no card');
    return {
      title: card.querySelector('.ll-name')?.textContent ?? '',
      kind: card.querySelector('.ll-kind')?.textContent ?? '',
      facts: [...card.querySelectorAll('.ll-fact')].map((f) => ({
        key: f.getAttribute('data-fact') ?? '',
        value: f.querySelector('.ll-value')?.textContent ?? '',
        sourceUrl: f.querySelector('.ll-source a')?.getAttribute('href') ?? null,
      })),
    };
  });
}

/** Opens the popup as a page for the tab showing `page` (a toolbar click cannot be scripted). */
export async function openPopup(session: ChromiumSession, page: Page): Promise<Page> {
  const popup = await session.browser.newPage();
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
  const url = page.url();
  const tabId = await popup.evaluate(async (u) => {
    const ext = (globalThis as unknown as { chrome: typeof browser }).chrome;
    return (await ext.tabs.query({})).find((t) => t.url === u)?.id;
  }, url);
  if (tabId === undefined) throw new Error(`no tab for ${url}`);
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
  return popup;
}
