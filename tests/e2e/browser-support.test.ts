import { launchChromium } from './harness';

// Where the Custom Highlight API is missing, the popup says plainly that the browser is not supported.
describe('a browser without the Custom Highlight API', () => {
  it('gets a plain "not supported" popup instead of an empty list', async () => {
    const session = await launchChromium();
    try {
      const popup = await session.browser.newPage();
      await popup.evaluateOnNewDocument(() => {
        delete (CSS as { highlights?: unknown }).highlights;
      });
      await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
      const text = await popup.$eval('#unsupported', (e) => e.textContent ?? '');
      expect(text).toMatch(/not supported.*Custom Highlight API.*Firefox 140/);
      expect(await popup.$('.ll-search')).toBeNull();
      // With the API, the same popup is the normal one.
      const normal = await session.browser.newPage();
      await normal.goto(`chrome-extension://${session.extensionId}/popup.html`);
      await normal.waitForSelector('.ll-search');
      expect(await normal.$('#unsupported')).toBeNull();
    } finally {
      await session.close();
    }
  });
});
