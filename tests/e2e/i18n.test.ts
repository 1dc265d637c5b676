import { inCard, untilCard } from './card-root';
import { launchChromium, serve, waitForHighlights } from './harness';
import { cardText, hoverMention, openPopup } from './helpers';

// The UI follows the browser's language: Simplified Chinese here.
it('shows the popup and card in Simplified Chinese when the browser is in Chinese', async () => {
  const server = await serve();
  const session = await launchChromium({
    args: ['--lang=zh-CN', '--accept-lang=zh-CN'],
    env: { LANGUAGE: 'zh_CN', LANG: 'zh_CN.UTF-8' },
  });
  try {
    const page = await session.browser.newPage();
    await page.goto(server.url('sample-article.html'));
    await waitForHighlights(page, 20);
    const popup = await openPopup(session, page);
    await popup.waitForSelector('#site-switch');
    expect(await popup.$eval('label[for="site-switch"]', (e) => e.textContent)).toBe('在此网站启用 LabLens');
    expect(await popup.$eval('.ll-group-title', (e) => e.firstChild?.textContent?.trim())).toBe('AI 机构');
    await page.bringToFront();
    await hoverMention(page, 'DeepSeek-V3');
    await untilCard(page, (r) => r?.querySelector('.ll-card'));
    const labels = await inCard(page, (root) => [...root!.querySelectorAll('.ll-fact dt')].map((d) => d.textContent));
    expect(labels).toContain('开发者');
    expect((await cardText(page)).kind).toBe('模型');
  } finally {
    await session.close();
    await server.close();
  }
});
