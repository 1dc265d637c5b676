import type { Page } from 'puppeteer-core';
import { inCard, untilCard } from './card-root';

/** Claim highlights by verdict, as any tool outside LabLens reads them from the page's registry. */
export function claimHighlights(page: Page): Promise<{ agrees: string[]; disagrees: string[] }> {
  // No named helper inside: tsx (npm run screenshots) wraps named functions in a `__name` the page lacks.
  return page.evaluate(() => {
    const [agrees = [], disagrees = []] = ['lablens-claim-agrees', 'lablens-claim-disagrees'].map((name) =>
      [...((CSS.highlights.get(name) as Iterable<Range> | undefined) ?? [])].map((r) => r.toString()),
    );
    return { agrees, disagrees };
  });
}

/**
 * Waits until the page's claims are checked and painted (`verdict`: until one of that verdict is), then
 * until they stop changing: claims arrive block by block as the page is read.
 */
export async function waitForClaims(page: Page, timeout = 10_000, verdict?: 'agrees' | 'disagrees'): Promise<void> {
  await page.waitForFunction(
    (v) =>
      v
        ? (CSS.highlights.get(`lablens-claim-${v}`)?.size ?? 0) > 0
        : CSS.highlights.has('lablens-claim-disagrees') || CSS.highlights.has('lablens-claim-agrees'),
    { timeout, polling: 50 },
    verdict,
  );
  let last = '';
  for (let i = 0; i < 20; i++) {
    const now = JSON.stringify(await claimHighlights(page));
    if (now === last) return;
    last = now;
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Moves the mouse onto a highlighted claim's words. */
export async function hoverClaim(page: Page, quote: string): Promise<void> {
  const point = await page.evaluate((q) => {
    for (const name of ['lablens-claim-disagrees', 'lablens-claim-agrees'])
      for (const r of (CSS.highlights.get(name) as Iterable<Range> | undefined) ?? [])
        if (r.toString() === q) {
          r.startContainer.parentElement?.scrollIntoView({ block: 'center' });
          const box = r.getClientRects()[0]!;
          return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
        }
    return null;
  }, quote);
  if (!point) throw new Error(`no claim "${quote}"`);
  await page.mouse.move(point.x - 40, point.y - 40);
  await page.mouse.move(point.x, point.y, { steps: 4 });
}

/** Hovers a claim's words with the mouse and returns the open claim card's text. */
export async function openClaimCard(
  page: Page,
  quote: string,
): Promise<{ verdict: string; text: string; links: string[] }> {
  await hoverClaim(page, quote);
  await untilCard(page, (r) => r?.querySelector('.ll-claim-card'), {
    timeout: 2000,
    polling: 20,
  });
  return inCard(page, (root) => {
    const card = root!.querySelector('.ll-claim-card')!;
    return {
      verdict: card.getAttribute('data-verdict') ?? '',
      text: card.textContent ?? '',
      links: [...card.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? ''),
    };
  });
}

/** The open entity card's text (hover with the mouse first). */
export function entityCardText(page: Page): Promise<string> {
  return inCard(page, (r) => r?.querySelector('.ll-card')?.textContent ?? '');
}
