import type { Page } from 'puppeteer-core';
import { type ChromiumSession, launchChromium } from '../harness';
import { openPopup, sleep, tabIdOf } from '../helpers';
import { eventually, rangeTexts, serveTyped } from './page-kit';

// Frames of every sort: cross-origin, srcdoc, about:blank, sandboxed, a hundred of them; and the
// frame-level rules: the top page's site switch, and the next-mention shortcut staying in the top page.
const HTML = 'text/html; charset=utf-8';
const doc = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>${body}</body></html>`;
// Small enough that every frame is in view: highlights are painted only near the viewport.
const SMALL = 'style="width:90px;height:36px"';
let server: Awaited<ReturnType<typeof serveTyped>>;
let session: ChromiumSession;
let errors: string[] = [];

const frameSet = (n: number) => {
  const cross = Array.from(
    { length: n },
    (_, i) => `<iframe src="${server.url(`child.html?${i}`, 'localhost')}" ${SMALL}></iframe>`,
  );
  const srcdoc = Array.from(
    { length: n },
    (_, i) => `<iframe srcdoc="<p>Srcdoc ${i}: Anthropic and OpenAI.</p>" ${SMALL}></iframe>`,
  );
  const blank = Array.from({ length: n }, () => `<iframe class="blank" ${SMALL}></iframe>`);
  return `<p>Top: NVIDIA.</p>${[...cross, ...srcdoc, ...blank].join('')}<script>
    document.querySelectorAll('iframe.blank').forEach((f, i) => {
      f.contentDocument.body.innerHTML = '<p>Blank ' + i + ': Anthropic and OpenAI.</p>';
    });
  </script>`;
};

beforeAll(async () => {
  const files: Record<string, { type: string; body: string }> = {
    '/child.html': { type: HTML, body: doc('<p>Child: Anthropic and OpenAI.</p>') },
    '/svg.svg': {
      type: 'image/svg+xml',
      body: '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="80"><text x="10" y="40">OpenAI and Anthropic</text></svg>',
    },
    '/feed.xml': {
      type: 'application/xml',
      body: '<?xml version="1.0"?><rss><channel><title>OpenAI</title></channel></rss>',
    },
    '/top-only.html': { type: HTML, body: '' },
    '/empty-top.html': { type: HTML, body: '' },
  };
  server = await serveTyped(files);
  files['/thirty.html'] = { type: HTML, body: doc(frameSet(10)) };
  files['/hundred.html'] = {
    type: HTML,
    body: doc(
      `${frameSet(30)}<iframe sandbox src="/child.html"></iframe><iframe sandbox="allow-scripts" src="/child.html"></iframe>` +
        `<iframe sandbox="allow-scripts" srcdoc="<p>Sandboxed: OpenAI.</p>"></iframe><iframe src="/svg.svg"></iframe>` +
        `<iframe src="/feed.xml"></iframe>`,
    ),
  };
  const child = server.url('child.html', 'localhost');
  files['/top-only.html'] = { type: HTML, body: doc(`<p>Top: NVIDIA and Cohere.</p><iframe src="${child}"></iframe>`) };
  files['/empty-top.html'] = { type: HTML, body: doc(`<p>No names up here.</p><iframe src="${child}"></iframe>`) };
  session = await launchChromium();
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

async function open(path: string): Promise<Page> {
  const page = await session.browser.newPage();
  errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(server.url(path));
  return page;
}

/**
 * How many frames (the top page left out) found names, asked the way the popup asks: each frame's
 * content script, by the frame ids the background noted (puppeteer's own evaluate can stall in
 * about:blank and srcdoc frames, which would time the count out rather than measure it).
 */
let ext: Page | undefined;
async function framesRead(page: Page): Promise<number> {
  if (!ext) {
    ext = await session.browser.newPage();
    await ext.goto(`chrome-extension://${session.extensionId}/popup.html`);
  }
  await page.bringToFront(); // a hidden tab reads nothing
  const tab = await tabIdOf(ext, page.url());
  return ext.evaluate(async (id) => {
    const chrome = (globalThis as unknown as { chrome: typeof browser }).chrome;
    const frames = ((await chrome.storage.session.get(`frames:${id}`))[`frames:${id}`] ?? []) as number[];
    const replies = await Promise.all(
      frames.map((frameId) =>
        chrome.tabs.sendMessage(id, { lablens: 'getPageMentions', payload: {} }, { frameId }).catch(() => undefined),
      ),
    );
    return replies.filter((r) => r?.data?.mentions?.length > 0).length;
  }, tab);
}

describe('frames (Chromium)', { timeout: 150_000 }, () => {
  it('reads cross-origin, srcdoc and about:blank frames: all 30', async () => {
    const page = await open('thirty.html');
    expect(
      await eventually(
        () => framesRead(page),
        (n) => n >= 30,
        15_000,
      ),
    ).toBe(30);
    await page.close();
  });

  it('has no uncaught error on SVG and XML documents, sandboxed frames and a page of 100 frames', async () => {
    for (const path of ['svg.svg', 'feed.xml']) {
      const p = await open(path);
      await sleep(1500);
      // Chromium shows a bare XML file as an HTML tree view, which is read like any page.
      if (path.endsWith('.svg')) expect(await rangeTexts(p)).toEqual([]);
      expect(errors).toEqual([]);
      await p.close();
    }
    const page = await open('hundred.html');
    // Every frame loads its own matcher: on this 2-core machine ~25 of the 95 are read in 30 s.
    expect(
      await eventually(
        () => framesRead(page),
        (n) => n >= 10,
        30_000,
      ),
    ).toBeGreaterThanOrEqual(10);
    expect(
      await eventually(
        () => rangeTexts(page),
        (t) => t.includes('NVIDIA'),
        30_000,
      ),
    ).toContain('NVIDIA');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('turns a cross-origin frame off with the top page’s site switch', async () => {
    const page = await open('top-only.html');
    const frame = () => page.frames().find((f) => f.url().includes('localhost'))!;
    await eventually(
      () => framesRead(page),
      (n) => n === 1,
    );
    const popup = await openPopup(session, page);
    await popup.waitForSelector('#site-switch');
    await popup.click('#site-switch');
    const left = await eventually(
      () => rangeTexts(frame()),
      (t) => t.length === 0,
      3000,
    );
    expect(left).toEqual([]);
    expect(await rangeTexts(page)).toEqual([]);
    await popup.click('#site-switch'); // on again for the next tests
    await eventually(
      () => rangeTexts(frame()),
      (t) => t.length > 0,
      5000,
    );
    await popup.close();
    await page.close();
  });

  it('sends the next-mention shortcut to the top page, and into a frame only when the top has none', async () => {
    const worker = await (
      await session.browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().endsWith('/background.js'))
    ).worker();
    const press = () =>
      worker!.evaluate(() =>
        (
          (globalThis as unknown as { chrome: typeof browser }).chrome.commands.onCommand as unknown as {
            dispatch(c: string): void;
          }
        ).dispatch('next-mention'),
      );
    const cardIn = (p: Page | ReturnType<Page['mainFrame']>) =>
      p.evaluate(() => !!document.querySelector('[data-lablens-ui="card"]'));

    const page = await open('top-only.html');
    await page.bringToFront();
    await eventually(
      () => framesRead(page),
      (n) => n === 1,
    );
    await press();
    const frame = page.frames().find((f) => f.url().includes('localhost'))!;
    expect(await eventually(() => cardIn(page.mainFrame()), Boolean, 3000)).toBe(true);
    await sleep(500);
    expect(await cardIn(frame)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-lablens-ui'))).toBe('card');
    await page.close();

    const empty = await open('empty-top.html');
    await empty.bringToFront();
    await eventually(
      () => framesRead(empty),
      (n) => n === 1,
    );
    await press();
    const inner = empty.frames().find((f) => f.url().includes('localhost'))!;
    expect(await eventually(() => cardIn(inner), Boolean, 3000)).toBe(true);
    await empty.close();
  });
});
