// `tsx tests/e2e/check-browsers.ts [chromium] [firefox]` (both when none is named): run by `npm run demo` and
// `npm run test:e2e` before they build, it prints one line and exits 1 when a browser is missing.
import { BROWSERS, missingBrowsersLine } from './browsers';

const names = process.argv.slice(2) as (keyof typeof BROWSERS)[];
const line = missingBrowsersLine((names.length ? names : (['chromium', 'firefox'] as const)).map((n) => BROWSERS[n]));
if (line) {
  console.error(line);
  process.exit(1);
}
