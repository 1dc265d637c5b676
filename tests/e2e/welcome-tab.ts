import type { Browser, Page } from 'puppeteer-core';

/** Options both launchers share. `keepWelcome` leaves open the welcome tab an install opens. */
export interface LaunchOpts {
  headless?: boolean;
  userDataDir?: string;
  keepWelcome?: boolean;
}

/** The welcome tab LabLens opens on install, found by its document (Firefox reports moz-extension tabs as about:blank). */
export async function welcomePage(browser: Browser, timeout = 10_000): Promise<Page> {
  for (const deadline = Date.now() + timeout; Date.now() < deadline; await new Promise((r) => setTimeout(r, 50)))
    for (const p of await browser.pages()) {
      const url = p.url().startsWith('chrome-extension:')
        ? p.url()
        : await p.evaluate(() => location.href).catch(() => '');
      if (url.endsWith('/welcome.html')) return p;
    }
  throw new Error('no welcome tab');
}

/**
 * Closes the welcome tab of a fresh install: it opens in front, and a page behind it would stop
 * painting its highlights (they follow the viewport of a visible page).
 */
export async function closeWelcome(browser: Browser, opts: LaunchOpts, fresh: boolean): Promise<void> {
  if (fresh && !opts.keepWelcome) await (await welcomePage(browser)).close();
}
