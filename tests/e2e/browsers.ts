import { accessSync, constants } from 'node:fs';

/** The real browsers the end-to-end tests, the demo and the benchmark drive; the variables point elsewhere. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const INSTALL_BROWSERS = 'sudo apt-get install -y chromium firefox-esr';

interface BrowserBinary {
  label: string;
  path: string;
  variable: string;
}

export const BROWSERS = {
  chromium: { label: 'Chromium', path: CHROMIUM, variable: 'CHROMIUM_PATH' },
  firefox: { label: 'Firefox ESR', path: FIREFOX, variable: 'FIREFOX_PATH' },
} satisfies Record<string, BrowserBinary>;

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * One line saying which browsers are missing and how to install them, or undefined when all are there.
 * Without it puppeteer fails later with a stack trace that does not name the fix.
 */
export function missingBrowsersLine(browsers: BrowserBinary[], exists = isExecutable): string | undefined {
  const missing = browsers.filter((b) => !exists(b.path));
  if (missing.length === 0) return undefined;
  const what = missing.map((b) => `${b.label} (${b.path})`).join(' and ');
  const variables = missing.map((b) => b.variable).join(' / ');
  return `LabLens needs ${what}, not found: install with \`${INSTALL_BROWSERS}\` (or set ${variables} to the browser's path).`;
}
