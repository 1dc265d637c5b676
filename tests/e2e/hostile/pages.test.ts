import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { CHROMIUM, CHROMIUM_ARGS, FIREFOX, launchChromium, launchFirefox, ROOT, serve } from '../harness';
import { bigPage, deepPage } from './big-pages';
import { collectErrors, longestAfterReady, recordLongTasks } from './page-errors';
import { fingerprint, highlighted, openCard, pristine, typeInto, waitHighlighted } from './pristine';

// Hostile pages: for each, no page errors, the text and inputs unchanged, highlights and the card
// working. Every probe reads from an isolated world (pristine.ts), so a page that lies to its own
// main world cannot fool the test. Chromium only for now: in Firefox the probes' WebDriver BiDi
// sandbox throws "Xray wrapping of iterators not supported" on the page's objects (an open harness
// gap, not a browser limit; hostile/card.test.ts covers the card's hostile-page cases in Firefox).
const DIR = join(ROOT, 'tests/fixtures/hostile-pages');
const CSP =
  "default-src 'none'; style-src 'self'; script-src 'self'; require-trusted-types-for 'script'; trusted-types 'none'";

interface Case {
  path: string;
  /** Highlighted ranges to wait for. */
  min: number;
  /** Names that must be among them. */
  names: string[];
  /** Waits until the page itself has finished changing (same in both browsers). */
  settled?: (page: Page) => Promise<unknown>;
  /** Chromium: measure LabLens's long tasks against the same page without it; `bound` asserts them. */
  longTasks?: boolean;
  bound?: boolean;
}

const done = (page: Page) => page.waitForSelector('html[data-done]', { timeout: 20_000 });
const CASES: Case[] = [
  { path: 'big.html', min: 6, names: ['DeepSeek-V3', 'OpenAI', 'GPT-4'], longTasks: true, bound: true },
  // Measured, not bounded: the long task left is the browser's first layout of 10,000 nested boxes,
  // which LabLens's first measurement forces in this hidden tab (the bare tab never lays out while hidden);
  // LabLens's own slices stay short (the walk pauses inside a deep descent).
  { path: 'deep.html', min: 5, names: ['DeepSeek-V3', 'OpenAI', 'GPT-4'], longTasks: true },
  // The ticker's names ("Anthropic") exist only in lines the page adds while it changes.
  { path: 'mutating.html', min: 4, names: ['DeepSeek-V3', 'Anthropic'], settled: done, longTasks: true, bound: true },
  { path: 'csp.html', min: 5, names: ['DeepSeek-V3', 'OpenAI', 'GPT-4'] },
  { path: 'rtl.html', min: 8, names: ['DeepSeek-V3', 'OpenAI', 'GPT-4'] },
  { path: 'prototypes.html', min: 5, names: ['DeepSeek-V3', 'OpenAI', 'GPT-4'] },
];

const EXTRA = {
  '/big.html': bigPage(),
  '/deep.html': deepPage(),
  '/csp.html': { body: readFileSync(join(DIR, 'csp.html'), 'utf8'), headers: { 'content-security-policy': CSP } },
};

describe.each(['chromium'] as const)('hostile pages (%s)', (engine) => {
  let server: Awaited<ReturnType<typeof serve>>;
  let browser: Browser;
  /** The same browser without LabLens: what the page's text and inputs must equal. */
  let plain: Browser;
  beforeAll(async () => {
    server = await serve(DIR, EXTRA);
    [browser, plain] = await Promise.all([
      engine === 'chromium' ? launchChromium().then((s) => s.browser) : launchFirefox(),
      engine === 'chromium'
        ? puppeteer.launch({ executablePath: CHROMIUM, headless: true, pipe: true, args: CHROMIUM_ARGS })
        : puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), plain?.close()]);
    await server?.close();
  });

  async function open(b: Browser, c: Case): Promise<{ page: Page; errors: string[] }> {
    const page = await b.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    const errors = await collectErrors(page);
    if (engine === 'chromium' && c.longTasks) await recordLongTasks(page);
    await page.goto(server.url(c.path), { timeout: 60_000 });
    return { page, errors };
  }

  it.each(CASES)('$path: no errors, text and inputs unchanged, highlights and card work', async (c) => {
    const [{ page, errors }, bare] = await Promise.all([open(browser, c), open(plain, c)]);
    try {
      await waitHighlighted(page, c.min, 30_000);
      // The card opens for the real pointer, styled (its stylesheet applied) and on top.
      const card = await openCard(page, 'DeepSeek-V3', 'deepseek-v3', 5000);
      expect(card.radius).toBe('10px');
      expect(card.background).not.toMatch(/rgba\(0, 0, 0, 0\)|transparent/);
      expect(card.font).toMatch(/^system-ui/);
      await page.keyboard.press('Escape');

      await Promise.all([c.settled?.(page), c.settled?.(bare.page)]);
      await new Promise((r) => setTimeout(r, 500)); // LabLens reads changes in 100 ms batches
      const texts = await highlighted(page);
      for (const name of c.names) expect(texts, name).toContain(name);
      expect(await fingerprint(page)).toEqual(await fingerprint(bare.page));

      // The user's typing lands exactly as typed, in every kind of field.
      for (const [sel, before] of [
        ['input[name=q]', 'value'],
        ['textarea', 'value'],
        ['[contenteditable]', 'textContent'],
      ] as const) {
        const original = await pristine(page).evaluate((s, p) => (document.querySelector(s) as never)[p], sel, before);
        expect(await typeInto(page, sel, ' and GPT-4 by OpenAI')).toBe(`${original} and GPT-4 by OpenAI`);
      }
      await new Promise((r) => setTimeout(r, 300));
      expect(await highlightedInFields(page)).toEqual([]);

      if (engine === 'chromium' && c.longTasks) {
        const [withIt, without] = await Promise.all([longestAfterReady(page), longestAfterReady(bare.page)]);
        console.log(
          `${c.path} long tasks after DOMContentLoaded: with LabLens ${JSON.stringify(withIt)}, without ${JSON.stringify(without)}`,
        );
        // Generous: LabLens reads in 8 ms idle slices; what it adds is the first layout it may force.
        if (c.bound) expect(withIt.longest).toBeLessThan(without.longest + 400);
      }
      if (c.path === 'csp.html')
        expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
      expect(errors).toEqual([]);
      expect(bare.errors).toEqual([]);
    } finally {
      await Promise.all([page.close(), bare.page.close()]);
    }
  });
});

/** LabLens's ranges inside the user's own fields (there must be none). */
function highlightedInFields(page: Page): Promise<string[]> {
  return pristine(page).evaluate(() => {
    const out: string[] = [];
    // Firefox's sandbox cannot iterate page objects through Xrays: iterate the waived registry,
    // then take each range back through an Xray (XPCNativeWrapper), where page overrides do not reach.
    const w = window as unknown as { wrappedJSObject?: typeof window; XPCNativeWrapper?: <T>(x: T) => T };
    const xray = (x: Range) => (w.XPCNativeWrapper ? w.XPCNativeWrapper(x) : x);
    (w.wrappedJSObject?.CSS.highlights ?? CSS.highlights).forEach((h, name) => {
      if (name.startsWith('lablens-'))
        h.forEach((x) => {
          const r = xray(x as Range);
          if (r.startContainer.parentElement?.closest('input, textarea, [contenteditable]')) out.push(r.toString());
        });
    });
    return out;
  });
}
