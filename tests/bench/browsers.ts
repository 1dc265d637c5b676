// The two browsers: Chromium with the built extension (warmed up: the background has seeded its
// database and answered a page once) and the same Chromium, same arguments, without it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { CHROMIUM, CHROMIUM_ARGS, launchChromium, waitForHighlights } from '../e2e/harness';

export interface BenchBrowser {
  browser: Browser;
  close(): Promise<void>;
}

export async function withExtension(warmUpUrl: string): Promise<BenchBrowser> {
  const session = await launchChromium();
  const tab = await session.browser.newPage();
  await tab.goto(warmUpUrl);
  await waitForHighlights(tab, 1, 30_000);
  await tab.close();
  return { browser: session.browser, close: () => session.close() };
}

export async function withoutExtension(warmUpUrl: string): Promise<BenchBrowser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'lablens-bench-plain-'));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    pipe: true,
    userDataDir,
    args: CHROMIUM_ARGS,
    defaultViewport: { width: 1280, height: 900 },
  });
  const tab = await browser.newPage();
  await tab.goto(warmUpUrl);
  await tab.close();
  return {
    browser,
    async close() {
      await browser.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
