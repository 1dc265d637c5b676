import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIREFOX, launchFirefox, serve, waitForHighlights } from './harness';
import { pageFingerprint, sleep } from './helpers';
import { labels, READABILITY, watchErrors, watchRequests } from './readability-pages';

// A subset of the Readability pages in Firefox ESR: the page about AI, the common-word and share-bar
// traps, and the largest page. Firefox's remote protocol reaches no moz-extension page to ask the
// content script, so each page is read the way a reader reads it: scrolled through with the mouse wheel.
const SUBSET = [
  'qq.html',
  'lemonde-1.html',
  'liberation-1.html',
  'videos-1.html',
  'wapo-1.html',
  'ebb-org.html',
  'herald-sun-1.html',
  'yahoo-2.html',
];

let server: Awaited<ReturnType<typeof serve>>;
let browser: Browser;
let plain: Browser;
let page: Page;
let bare: Page;
let offsite: { offsite: string[]; all: number };
const errors: string[] = [];

beforeAll(async () => {
  server = await serve(READABILITY);
  browser = await launchFirefox();
  plain = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
  page = await browser.newPage();
  watchErrors(page, errors);
  offsite = watchRequests(page, server.url(''));
  bare = await plain.newPage();
});
afterAll(async () => {
  await plain?.close();
  await browser?.close();
  await server?.close();
});

/** What is painted now: LabLens paints the screens around the viewport only. Keyed by place on the page. */
function paintedNow(p: Page): Promise<string[]> {
  return p.evaluate(() => {
    const out: string[] = [];
    for (const [name, h] of CSS.highlights) {
      if (!name.startsWith('lablens-') || name === 'lablens-focus' || name.startsWith('lablens-claim-')) continue;
      for (const r of h as Iterable<Range>) {
        const b = r.getBoundingClientRect();
        out.push(`${Math.round(b.top + scrollY)}:${Math.round(b.left)}:${r.toString()}`);
      }
    }
    return out;
  });
}

/** Wheels down to the bottom, collecting what gets painted on the way, each once. */
async function scrollThrough(p: Page): Promise<string[]> {
  const seen = new Set<string>();
  const collect = async () => {
    for (const k of await paintedNow(p)) seen.add(k);
  };
  await p.mouse.move(640, 450);
  for (let last = -1; ; ) {
    await collect();
    const { y, end } = await p.evaluate(() => ({
      y: scrollY,
      end: scrollY + innerHeight >= document.documentElement.scrollHeight - 2,
    }));
    if (end || y === last) break;
    last = y;
    await p.mouse.wheel({ deltaY: 800 });
    await sleep(150);
  }
  // The last screens: wait until nothing new is painted for a while.
  for (let still = 0, size = -1; still < 6; await sleep(100)) {
    await collect();
    still = seen.size === size ? still + 1 : 0;
    size = seen.size;
  }
  return [...seen].map((k) => k.slice(k.indexOf(':', k.indexOf(':') + 1) + 1));
}

describe('Readability pages in Firefox', () => {
  it.each(SUBSET)('%s', async (name) => {
    const label = labels.find((l) => l.page === name)!;
    const url = server.url(name);
    errors.length = 0;
    await page.goto(url, { waitUntil: 'load' });
    // The page about AI starts painting at the top; one not about AI must stay empty once the script has run.
    if (label.aboutAi) await waitForHighlights(page, 1, 15_000);
    else await sleep(1000);
    const texts = await scrollThrough(page);
    const wanted = Object.values(label.mentions).reduce((a, b) => a + b, 0);
    if (label.aboutAi) expect(texts.length, texts.join(', ')).toBeGreaterThanOrEqual(Math.ceil(wanted * 0.9));
    else expect(texts, label.note).toEqual([]);
    expect(texts.length, 'precision ≥ 0.98').toBeLessThanOrEqual(Math.floor(wanted / 0.98));
    expect(errors, 'no page or LabLens error').toEqual([]);
    expect(offsite.offsite, 'no request leaves 127.0.0.1').toEqual([]);
    expect(offsite.all, 'requests are watched').toBeGreaterThan(0);
    await bare.goto(url, { waitUntil: 'load' });
    expect(await pageFingerprint(page), 'text and element count as without LabLens').toEqual(
      await pageFingerprint(bare),
    );
  });
});
