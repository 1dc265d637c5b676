import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Browser, Page } from 'puppeteer-core';
import { FIREFOX_UUID, launchChromium, launchFirefox } from './harness';

/** The two browsers every reader-facing scenario runs in. */
export const ENGINES = ['chromium', 'firefox'] as const;
export type Engine = (typeof ENGINES)[number];

/** A browser with LabLens installed, whichever engine. */
export interface ExtSession {
  engine: Engine;
  browser: Browser;
  /** Where the extension's own pages live: `chrome-extension://<id>/` or `moz-extension://<uuid>/`. */
  origin: string;
  userDataDir: string;
  close(opts?: { keepProfile?: boolean }): Promise<void>;
}

/** Launches `engine` with the built extension; pass `userDataDir` to reuse a profile (restart tests). */
export async function launchSession(
  engine: Engine,
  opts: { userDataDir?: string; prefs?: Record<string, unknown>; keepWelcome?: boolean } = {},
): Promise<ExtSession> {
  if (engine === 'chromium') {
    return launchChromium({ userDataDir: opts.userDataDir, keepWelcome: opts.keepWelcome });
  }
  const userDataDir = opts.userDataDir ?? mkdtempSync(join(tmpdir(), 'lablens-firefox-'));
  const browser = await launchFirefox({ userDataDir, prefs: opts.prefs, keepWelcome: opts.keepWelcome });
  return {
    engine,
    browser,
    origin: `moz-extension://${FIREFOX_UUID}/`,
    userDataDir,
    async close({ keepProfile = false } = {}) {
      await browser.close();
      if (!keepProfile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Opens one of LabLens's own pages in `page`. Firefox commits the navigation but sends no load
 * event for moz-extension documents over WebDriver BiDi, so the document itself is waited for.
 */
export async function gotoExtension(page: Page, url: string): Promise<void> {
  if (!url.startsWith('moz-extension:')) {
    await page.goto(url);
    return;
  }
  void page.goto(url, { timeout: 10_000 }).catch(() => undefined);
  // Polled from here: an evaluation that meets the old document's teardown fails, and is asked again.
  const loaded = (u: string) => location.href === u && document.readyState === 'complete';
  for (const deadline = Date.now() + 10_000; Date.now() < deadline; await sleep(50))
    if (await page.evaluate(loaded, url).catch(() => false)) return;
  throw new Error(`${url} did not load within 10 s`);
}

/** The URL an extension page shows (puppeteer's page.url() stays stale for moz-extension pages). */
export const extensionUrl = (page: Page) => page.evaluate(() => location.href);

/** The URL each open page's document shows. */
async function pageUrls(browser: Browser): Promise<[Page, string][]> {
  const pages = await browser.pages();
  return Promise.all(pages.map(async (p) => [p, await extensionUrl(p).catch(() => '')] as [Page, string]));
}

/** How many open pages show a URL that passes `test`. */
export const countPages = async (browser: Browser, test: (url: string) => boolean) =>
  (await pageUrls(browser)).filter(([, u]) => test(u)).length;

/** Waits for an open page whose document's URL passes `test` (tabs the extension opens, in either browser). */
export async function untilPage(browser: Browser, test: (url: string) => boolean, timeout = 10_000): Promise<Page> {
  for (const deadline = Date.now() + timeout; Date.now() < deadline; await sleep(50)) {
    const found = (await pageUrls(browser)).find(([, u]) => test(u));
    if (found) return found[0];
  }
  throw new Error('no such page opened');
}
