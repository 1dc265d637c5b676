import type { Page } from 'puppeteer-core';
import { CARD_HOST, inCard, untilCard } from './card-root';
import { type ExtSession, extensionUrl, gotoExtension } from './session';

/** What must not change when LabLens runs: the text and the element count (LabLens's own UI excluded). */
export function pageFingerprint(page: Page): Promise<{ text: string; elements: number }> {
  return page.evaluate(
    (host) => ({
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a reader sees
      text: document.body.innerText,
      elements: document.querySelectorAll(`*:not(${host})`).length,
    }),
    CARD_HOST,
  );
}

/** Moves the pointer to the middle of the first highlighted range whose text is `text`. */
export async function hoverMention(page: Page, text: string, nth = 0): Promise<void> {
  const point = await page.evaluate(
    (t, n) => {
      const found: Range[] = [];
      for (const [name, h] of CSS.highlights)
        if (name.startsWith('lablens-') && name !== 'lablens-focus' && !name.startsWith('lablens-claim-'))
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
  return inCard(page, (root) => {
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

/**
 * The id of the tab showing `url`, asked from an extension page `ext`. LabLens has no `tabs`
 * permission, so tab URLs are hidden: each tab's content script is asked for its page, as the popup does.
 */
export async function tabIdOf(ext: Page, url: string): Promise<number> {
  const id = await ext.evaluate(async (u) => {
    const chrome = (globalThis as unknown as { chrome: typeof browser }).chrome;
    for (const t of await chrome.tabs.query({})) {
      const reply = await chrome.tabs
        .sendMessage(t.id!, { lablens: 'getPage', payload: {} }, { frameId: 0 })
        .catch(() => undefined);
      if (reply?.data?.url === u) return t.id;
    }
    return undefined;
  }, url);
  if (id === undefined) throw new Error(`no tab for ${url}`);
  return id;
}

/** Opens the popup as a page for the tab showing `page` (a toolbar click cannot be scripted). */
export async function openPopup(session: ExtSession, page: Page): Promise<Page> {
  const popup = await session.browser.newPage();
  await gotoExtension(popup, `${session.origin}popup.html`);
  const tabId = await tabIdOf(popup, page.url());
  await gotoExtension(popup, `${session.origin}popup.html?tab=${tabId}`);
  return popup;
}

/** The tab id an open popup page is for. */
export const popupTabId = async (popup: Page) => Number(new URL(await extensionUrl(popup)).searchParams.get('tab'));

/** Highlight name → texts of its ranges (LabLens's highlights only). */
export function highlightsByName(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const [name, h] of CSS.highlights)
      if (name.startsWith('lablens-')) out[name] = [...(h as Iterable<Range>)].map((r) => r.toString());
    return out;
  });
}

export const cardOpen = (page: Page) => inCard(page, (root) => !!root?.querySelector('.ll-card'));

export async function openOptions(session: ExtSession): Promise<Page> {
  const page = await session.browser.newPage();
  await gotoExtension(page, `${session.origin}options.html`);
  await page.waitForSelector('#enabled');
  return page;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Moves the pointer onto the first occurrence of `text` in the article, whether or not it is painted. */
export async function hoverText(page: Page, text: string): Promise<void> {
  const point = await page.evaluate((t) => {
    const walker = document.createTreeWalker(document.querySelector('article') ?? document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = (n as Text).data.indexOf(t);
      if (i < 0) continue;
      const r = document.createRange();
      r.setStart(n, i);
      r.setEnd(n, i + t.length);
      (n.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
      const box = r.getClientRects()[0]!;
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    }
    return null;
  }, text);
  if (!point) throw new Error(`no "${text}" on the page`);
  await page.mouse.move(point.x - 30, point.y - 30);
  await page.mouse.move(point.x, point.y, { steps: 4 });
}

/**
 * waitForFunction that keeps polling in a background tab: the default polls on
 * animation frames, which a hidden page never gets.
 */
export function until(page: Page, fn: () => unknown, opts: { timeout?: number } = {}) {
  return page.waitForFunction(fn, { polling: 50, timeout: opts.timeout ?? 5000 });
}

/** Hovers the first highlighted `text` and waits for the card of `entityId`; returns the milliseconds it took. */
export async function openCardByHover(page: Page, text: string, entityId: string, timeout = 1000): Promise<number> {
  const started = Date.now();
  await hoverMention(page, text);
  await untilCard(
    page,
    (root, id) => root?.querySelector(`.ll-card[data-entity="${id}"]`),
    { timeout, polling: 20 },
    entityId,
  );
  return Date.now() - started;
}

/** The open card's facts by key. */
export async function cardFacts(page: Page): Promise<Record<string, CardFact>> {
  return Object.fromEntries((await cardText(page)).facts.map((f) => [f.key, f]));
}

/** Clicks a button of the open card with the real mouse (a page script's click must not count). */
export async function clickCardButton(page: Page, text: string | RegExp): Promise<void> {
  const point = await inCard(
    page,
    (root, [source, flags]: [string, string]) => {
      const re = new RegExp(source, flags);
      const buttons = root?.querySelectorAll<HTMLButtonElement>('button');
      const b = [...(buttons ?? [])].find((x) => re.test(x.textContent ?? ''));
      if (!b) return null;
      b.scrollIntoView({ block: 'nearest' }); // as a reader would scroll a long card
      const r = b.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    },
    [typeof text === 'string' ? `^${text}$` : text.source, typeof text === 'string' ? '' : text.flags],
  );
  if (!point) throw new Error(`no card button ${text}`);
  await page.mouse.move(point.x, point.y, { steps: 3 });
  await page.mouse.click(point.x, point.y);
}
