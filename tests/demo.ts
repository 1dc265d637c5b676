// `npm run demo`: builds (via the npm script), serves the sample article (the copy with a publication
// date, so claims are checked relative to it) on 127.0.0.1 and opens
// Chromium with LabLens loaded on it. Without a display, pass `-- --screenshot FILE`: the card for
// DeepSeek-V3 is opened and the page saved as a PNG. `--dark` renders in dark mode.
import { untilCard } from './e2e/card-root';
import { launchChromium, serve, waitForHighlights } from './e2e/harness';
import { hoverMention } from './e2e/helpers';

const args = process.argv.slice(2);
const shotAt = args.indexOf('--screenshot');
const screenshot = shotAt >= 0 ? args[shotAt + 1] : undefined;
const dark = args.includes('--dark');
const headless = !!screenshot || !process.env.DISPLAY;

const server = await serve();
const url = server.url('sample-article-dated.html');
const session = await launchChromium({ headless });
const [first] = await session.browser.pages();
const page = first ?? (await session.browser.newPage());
if (dark) await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
await page.goto(url);
await waitForHighlights(page, 10);
console.log(`LabLens is running on ${url}`);

if (screenshot || headless) {
  await hoverMention(page, 'DeepSeek-V3');
  await untilCard(page, (r) => r?.querySelector('.ll-card'), {
    timeout: 5000,
  });
  await new Promise((r) => setTimeout(r, 300)); // let the entry animation finish
  const file = screenshot ?? 'lablens-demo.png';
  await page.screenshot({ path: file as `${string}.png` });
  console.log(`Saved ${file} (no display: headless screenshot of the card on the sample article)`);
  await session.close();
  await server.close();
} else {
  console.log(
    'Hover a highlighted name to see its card, or the red-underlined claim ("unveiled earlier this month"); click the LabLens toolbar button for the list and the claims. Ctrl+C to quit.',
  );
  session.browser.on('disconnected', () => void server.close().then(() => process.exit(0)));
}
