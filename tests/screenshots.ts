// `npm run screenshots`: the README's pictures, taken from the real extension in Chromium.
// Card and claim card on the dated sample article (light and dark), the popup for that tab, and the options page.

import { join } from 'node:path';
import { untilCard } from './e2e/card-root';
import { hoverClaim, waitForClaims } from './e2e/claim-helpers';
import { launchChromium, ROOT, serve, waitForHighlights } from './e2e/harness';
import { hoverMention, openPopup, sleep } from './e2e/helpers';

const OUT = join(ROOT, 'assets/screenshots');
const server = await serve();
const session = await launchChromium();
try {
  const page = (await session.browser.pages())[0] ?? (await session.browser.newPage());
  // The Chrome Web Store takes 1280 × 800: the page pictures are taken at that size, ready to upload.
  await page.setViewport({ width: 1280, height: 800 });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    await page.goto(server.url('sample-article-dated.html'));
    await waitForHighlights(page, 20);
    await hoverMention(page, 'DeepSeek-V3');
    await untilCard(page, (r) => r?.querySelector('.ll-card'));
    await sleep(300);
    await page.screenshot({ path: join(OUT, `card-${scheme}.png`) });
    await page.mouse.move(5, 5);
    await sleep(600);
    await waitForClaims(page);
    await hoverClaim(page, 'unveiled earlier this month');
    await untilCard(page, (r) => r?.querySelector('.ll-claim-card'));
    await sleep(300);
    await page.screenshot({ path: join(OUT, `claim-${scheme}.png`) });
    await page.mouse.move(5, 5);
    await sleep(600);
  }
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
  const popup = await openPopup(session, page);
  await popup.setViewport({ width: 400, height: 640 });
  await popup.waitForSelector('.ll-claims-section .ll-claim', { timeout: 10_000 });
  await sleep(200);
  await popup.screenshot({ path: join(OUT, 'popup.png'), fullPage: true });
  await popup.click('.ll-item[data-entity="deepseek-v3"] .ll-item-name');
  await popup.waitForSelector('.ll-details [data-fact="parametersTotal"]');
  await popup.screenshot({ path: join(OUT, 'popup-details.png'), fullPage: true });
  const options = await session.browser.newPage();
  await options.setViewport({ width: 720, height: 900 });
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
  await options.waitForSelector('#enabled');
  await options.screenshot({ path: join(OUT, 'options.png'), fullPage: true });
  console.log(`screenshots written to ${OUT}`);
} finally {
  await session.close();
  await server.close();
}
