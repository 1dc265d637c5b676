import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer-core';
import { ENGINES, type ExtSession, extensionUrl, launchSession } from './session';
import { welcomePage } from './welcome-tab';

// First run, in both browsers: installing opens the welcome page; it marks its sample paragraph
// with LabLens's own matcher, shows the shortcuts, passes axe, and its links work with the real mouse.
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const ORIGINS = ['http://*/*', 'https://*/*'];

/** Waits, from Node, until `page` shows a document whose URL passes `test` (survives navigations). */
async function untilUrl(page: Page, test: (url: string) => boolean, timeout = 10_000): Promise<string> {
  for (const deadline = Date.now() + timeout; Date.now() < deadline; await new Promise((r) => setTimeout(r, 50))) {
    const url = await extensionUrl(page).catch(() => '');
    if (test(url) && (await page.evaluate(() => document.readyState).catch(() => '')) === 'complete') return url;
  }
  throw new Error(`${page.url()} never matched`);
}

const hasAccess = (page: Page) =>
  page.evaluate(
    (origins) => (globalThis as unknown as { browser: typeof browser }).browser.permissions.contains({ origins }),
    ORIGINS,
  );

describe.each(ENGINES)('the welcome page (%s)', (engine) => {
  let session: ExtSession;
  let page: Page;
  beforeAll(async () => {
    // Firefox's permission prompt is browser UI, out of the remote protocol's reach: with prompts off a
    // request is granted as if the user chose "Allow". The user-gesture check still applies.
    session = await launchSession(engine, {
      keepWelcome: true,
      prefs: { 'extensions.webextOptionalPermissionPrompts': false },
    });
    page = await welcomePage(session.browser);
    await page.bringToFront();
  });
  afterAll(() => session?.close());

  it('opens on install and marks the names in its sample paragraph with the real matcher', async () => {
    // Firefox seeds its IndexedDB on the first request, which can take a few seconds.
    await page.waitForFunction(() => Number(document.querySelector('#sample')?.getAttribute('data-marked')) > 0, {
      polling: 100,
      timeout: 20_000,
    });
    const marked = await page.evaluate(() => {
      const out: string[] = [];
      for (const [name, h] of CSS.highlights) if (name.startsWith('lablens-')) for (const r of h) out.push(String(r));
      return out.sort();
    });
    expect(marked).toEqual(['Anthropic', 'DeepSeek-V3', 'GPT-4', 'Google', 'OpenAI']);
    // The paragraph's text is the sentence itself: highlights never change the DOM.
    expect(await page.$eval('#sample', (e) => e.childNodes.length)).toBe(1);
  });

  it('shows both shortcuts from the manifest', async () => {
    const items = await page.$$eval('#shortcuts li', (l) => l.map((e) => e.textContent ?? ''));
    expect(items).toHaveLength(2);
    expect(items[0]).toMatch(/Alt\+Shift\+N.*next AI mention/);
    expect(items[1]).toMatch(/Alt\+Shift\+P.*previous AI mention/);
  });

  it('has no accessibility violations (axe)', async () => {
    await page.evaluate(AXE);
    const violations = await page.evaluate(async () => {
      const r = await (globalThis as unknown as { axe: typeof import('axe-core') }).axe.run(document);
      return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    expect(violations).toEqual([]);
  });

  it.runIf(engine === 'firefox')(
    'asks for the host permission when it is missing, and only a real click grants it',
    async () => {
      await page.evaluate(
        (origins) => (globalThis as unknown as { browser: typeof browser }).browser.permissions.remove({ origins }),
        ORIGINS,
      );
      await page.waitForSelector('#grant', { timeout: 5000 });
      expect(await hasAccess(page)).toBe(false);
      // A script's click is no user gesture: Firefox refuses permissions.request.
      await page.$eval('#grant', (b) => (b as HTMLButtonElement).click());
      await new Promise((r) => setTimeout(r, 300));
      expect(await hasAccess(page)).toBe(false);
      await page.click('#grant');
      await page.waitForFunction(() => !document.querySelector('#grant'), { polling: 50, timeout: 5000 });
      expect(await hasAccess(page)).toBe(true);
    },
  );

  it.runIf(engine === 'chromium')('asks nothing in Chromium, which grants the sites at install', async () => {
    expect(await hasAccess(page)).toBe(true);
    expect(await page.$('#grant')).toBeNull();
  });

  it('its privacy and settings links work with the real mouse', async () => {
    await page.click('#open-privacy');
    await untilUrl(page, (u) => u.endsWith('/welcome.html#privacy'));
    const privacy = await page.$eval('#privacy', (e) => ({
      text: e.textContent ?? '',
      top: e.getBoundingClientRect().top,
    }));
    expect(privacy.text).toMatch(/sync storage/);
    expect(privacy.text).toMatch(/IndexedDB/);
    expect(privacy.text).toMatch(/sends nothing/);
    expect(privacy.top).toBeLessThan(900); // scrolled into view

    await page.click('#open-settings');
    expect(await untilUrl(page, (u) => u.endsWith('/options.html'))).toBe(`${session.origin}options.html`);
    await page.waitForSelector('#enabled');
  });
});
