import { once } from 'node:events';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { CHROMIUM, FIREFOX } from './browsers';

export { CHROMIUM, FIREFOX };

import { closeWelcome, type LaunchOpts } from './welcome-tab';

/** Shared by the end-to-end tests, the demo and the benchmark: real browsers, the built extension, local pages. */
export const ROOT = resolve(import.meta.dirname, '../..');
export const PAGES = join(ROOT, 'tests/fixtures/pages');
export const CHROME_BUILD = join(ROOT, '.output/chrome-mv3');
export const FIREFOX_BUILD = join(ROOT, '.output/firefox-mv3');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};

/** A generated page, optionally with response headers of its own (e.g. a Content-Security-Policy). */
export type ExtraPage = string | { body: string; headers: Record<string, string> };

/** Serves a folder on 127.0.0.1 (never a public address); `extra` adds generated pages. */
export async function serve(
  dir = PAGES,
  extra: Record<string, ExtraPage> = {},
): Promise<{ url: (p: string, host?: string) => string; close: () => Promise<void>; server: Server }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const page = extra[path];
    if (page !== undefined) {
      const { body, headers } = typeof page === 'string' ? { body: page, headers: {} } : page;
      res.writeHead(200, { 'content-type': TYPES['.html']!, ...headers });
      return res.end(body);
    }
    const file = normalize(join(dir, path));
    if (!file.startsWith(dir)) return res.writeHead(403).end();
    try {
      const body = readFileSync(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    server,
    // `localhost` is a second origin on the same server (cross-origin frames).
    url: (p, host = '127.0.0.1') => `http://${host}:${port}/${p.replace(/^\//, '')}`,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--no-default-browser-check',
];

export interface ChromiumSession {
  engine: 'chromium';
  browser: Browser;
  extensionId: string;
  /** `chrome-extension://<id>/` */
  origin: string;
  userDataDir: string;
  close(opts?: { keepProfile?: boolean }): Promise<void>;
}

/** Chromium with the built extension loaded. Pass `userDataDir` to reuse a profile (restart tests). */
export async function launchChromium(
  opts: LaunchOpts & { args?: string[]; env?: Record<string, string> } = {},
): Promise<ChromiumSession> {
  const userDataDir = opts.userDataDir ?? mkdtempSync(join(tmpdir(), 'lablens-chromium-'));
  const fresh = readdirSync(userDataDir).length === 0;
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: opts.headless ?? true,
    pipe: true,
    enableExtensions: [CHROME_BUILD],
    userDataDir,
    args: [...CHROMIUM_ARGS, ...(opts.args ?? [])],
    ...(opts.env ? { env: { ...process.env, ...opts.env } } : {}),
    defaultViewport: { width: 1280, height: 900 },
  });
  const worker = await browser.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().endsWith('/background.js'),
    { timeout: 20_000 },
  );
  const extensionId = new URL(worker.url()).host;
  await closeWelcome(browser, opts, fresh);
  return {
    engine: 'chromium',
    browser,
    extensionId,
    origin: `chrome-extension://${extensionId}/`,
    userDataDir,
    async close({ keepProfile = false } = {}) {
      await browser.close();
      if (!keepProfile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Waits until the content script has registered at least `min` highlighted ranges. */
export async function waitForHighlights(page: Page, min = 1, timeout = 10_000): Promise<void> {
  await page.waitForFunction(
    (n) => {
      let count = 0;
      for (const [name, h] of CSS.highlights)
        if (name.startsWith('lablens-') && name !== 'lablens-focus' && !name.startsWith('lablens-claim-'))
          count += h.size;
      return count >= n;
    },
    { timeout, polling: 50 },
    min,
  );
}

/** Every highlighted range on the page, as text, with the highlight (kind) it belongs to. */
export function highlightedTexts(page: Page): Promise<{ kind: string; text: string }[]> {
  return page.evaluate(() => {
    const out: { kind: string; text: string }[] = [];
    for (const [name, h] of CSS.highlights) {
      if (!name.startsWith('lablens-') || name === 'lablens-focus' || name.startsWith('lablens-claim-')) continue;
      for (const r of h) out.push({ kind: name.slice('lablens-'.length), text: r.toString() });
    }
    return out;
  });
}

/** A fixed internal UUID, so extension URLs are known in Firefox. */
export const FIREFOX_UUID = '6a1e2b7c-1f0d-4c55-9b2e-1ab5e7c0ffee';
export const FIREFOX_ID = 'lablens@lablens.dev';

/**
 * Firefox ESR with the built extension installed as a temporary add-on (WebDriver BiDi).
 * --remote-allow-system-access lets the remote protocol open moz-extension pages (popup, options) in a tab.
 */
export async function launchFirefox(opts: LaunchOpts & { prefs?: Record<string, unknown> } = {}): Promise<Browser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: opts.headless ?? true,
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1280, height: 900 },
    ...(opts.userDataDir ? { userDataDir: opts.userDataDir } : {}),
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ID]: FIREFOX_UUID }),
      'network.proxy.type': 0,
      // A temporary add-on is uninstalled when Firefox quits; keep its storage as a real install does.
      'extensions.webextensions.keepStorageOnUninstall': true,
      ...opts.prefs,
    },
  });
  await browser.installExtension(FIREFOX_BUILD);
  // A temporary add-on is installed afresh at every launch, so Firefox always opens the welcome tab.
  await closeWelcome(browser, opts, true);
  return browser;
}
