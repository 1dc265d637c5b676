import type { Page, Realm } from 'puppeteer-core';
import { CARD_HOST } from '../card-root';

/**
 * What a test reads on a hostile page, read where the page cannot lie: puppeteer's own
 * isolated world (Chromium) or sandbox (Firefox). A page that replaces Array.prototype.push,
 * JSON.parse or Range.prototype.getClientRects in its main world would otherwise break or fool
 * the test's own probes (helpers.ts and card-root.ts run in the main world).
 */
export const pristine = (page: Page): Realm =>
  (page.mainFrame() as unknown as { isolatedRealm(): Realm }).isolatedRealm();

/** LabLens's highlighted ranges as text, in document order. */
export function highlighted(page: Page): Promise<string[]> {
  return pristine(page).evaluate(() => {
    const ranges: Range[] = [];
    // Firefox's sandbox cannot iterate page objects through Xrays: iterate the waived registry,
    // then take each range back through an Xray (XPCNativeWrapper), where page overrides do not reach.
    const w = window as unknown as { wrappedJSObject?: typeof window; XPCNativeWrapper?: <T>(x: T) => T };
    const xray = (x: Range) => (w.XPCNativeWrapper ? w.XPCNativeWrapper(x) : x);
    (w.wrappedJSObject?.CSS.highlights ?? CSS.highlights).forEach((h, name) => {
      if (name.startsWith('lablens-') && name !== 'lablens-focus' && !name.startsWith('lablens-claim-'))
        h.forEach((r) => void ranges.push(xray(r as Range)));
    });
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    return ranges.map((r) => r.toString());
  });
}

export async function waitHighlighted(page: Page, min: number, timeout = 15_000): Promise<void> {
  const end = Date.now() + timeout;
  for (let n = 0; ; ) {
    n = (await highlighted(page)).length;
    if (n >= min) return;
    if (Date.now() > end) throw new Error(`${n} highlighted ranges after ${timeout} ms, wanted ${min}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Hovers the first highlighted `text` with the real mouse. */
export async function hoverHighlighted(page: Page, text: string): Promise<void> {
  const point = await pristine(page).evaluate((t) => {
    const found: Range[] = [];
    for (const [name, h] of CSS.highlights)
      if (name.startsWith('lablens-') && name !== 'lablens-focus' && !name.startsWith('lablens-claim-'))
        for (const r of h as Iterable<Range>) if (r.toString() === t) found.push(r);
    found.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    const r = found[0];
    if (!r) return null;
    r.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const box = r.getClientRects()[0];
    return box ? { x: box.left + box.width / 2, y: box.top + box.height / 2 } : null;
  }, text);
  if (!point) throw new Error(`no highlighted "${text}"`);
  await page.mouse.move(point.x - 40, point.y - 40);
  await page.mouse.move(point.x, point.y, { steps: 4 });
}

/** The text the reader sees, the element count (LabLens's UI excluded), and every input's value. */
export function fingerprint(page: Page): Promise<{ text: string; elements: number; inputs: string[] }> {
  return pristine(page).evaluate((host) => {
    const inputs: string[] = [];
    document.querySelectorAll('input, textarea, [contenteditable]').forEach((el) => {
      inputs.push(el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement ? el.value : el.innerHTML);
    });
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a reader sees
    return { text: document.body.innerText, elements: document.querySelectorAll(`*:not(${host})`).length, inputs };
  }, CARD_HOST);
}

/** Clicks into `selector` with the real mouse, presses End, types `text`; returns the field's value. */
export async function typeInto(page: Page, selector: string, text: string): Promise<string> {
  const box = await pristine(page).evaluate((sel) => {
    const el = document.querySelector(sel) as HTMLElement;
    el.scrollIntoView({ block: 'center' });
    const r = el.getBoundingClientRect();
    return { x: r.left + Math.min(20, r.width / 2), y: r.top + r.height / 2 };
  }, selector);
  await page.mouse.click(box.x, box.y);
  await page.keyboard.press('End');
  await page.keyboard.type(text, { delay: 5 });
  return pristine(page).evaluate((sel) => {
    const el = document.querySelector(sel) as HTMLElement;
    return el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement ? el.value : el.textContent;
  }, selector);
}

export interface CardSeen {
  entity: string | null;
  /** Styles from the card's stylesheet took effect (a blocked <style> leaves these at their defaults). */
  radius: string;
  background: string;
  /** The card's own font (the page's serif would mean the host's `all: initial` reached it). */
  font: string;
  /** The topmost element at the card's centre is the card's host. */
  onTop: boolean;
}

/** The open card, read through its closed shadow root from a world the page cannot touch; null when none. */
export async function seenCard(page: Page): Promise<CardSeen | null> {
  const read = (root: ShadowRoot | null): CardSeen | null => {
    const card = root?.querySelector('.ll-card');
    if (!card) return null;
    const box = card.getBoundingClientRect();
    const style = getComputedStyle(card);
    const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return {
      entity: card.getAttribute('data-entity'),
      radius: style.borderTopLeftRadius,
      background: style.backgroundColor,
      font: style.fontFamily,
      onTop: box.width > 100 && box.height > 50 && top?.getAttribute('data-lablens-ui') === 'card',
    };
  };
  const fn = `function () { return (${read.toString()})(this); }`;
  if (/firefox/i.test(await page.browser().version())) {
    // The frame's internal realm is a WebDriver BiDi sandbox; includeShadowTree hands back the closed root.
    const realm = (page.mainFrame() as unknown as { realms: { internal: { realm: BidiRealm } } }).realms.internal.realm;
    const host = await realm.callFunction(`() => document.querySelector('${CARD_HOST}')`, false, {
      serializationOptions: { includeShadowTree: 'all', maxDomDepth: 0 },
      resultOwnership: 'none',
    });
    const root = (host.result?.value as { shadowRoot?: { sharedId?: string } } | undefined)?.shadowRoot?.sharedId;
    if (!root) return null;
    const r = await realm.callFunction(`(${read.toString()})`, false, {
      arguments: [{ sharedId: root }],
      serializationOptions: { maxObjectDepth: 2 },
      resultOwnership: 'none',
    });
    if (r.type !== 'success') throw new Error(`seenCard: ${r.exceptionDetails?.text}`);
    return fromBidi(r.result) as CardSeen | null;
  }
  // Chromium: a fresh isolated world, and the closed root found by the debugging protocol's `pierce`.
  const cdp = await page.createCDPSession();
  try {
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
      frameId: frameTree.frame.id,
      worldName: 'lablens-test-probe',
    });
    const { result: host } = await cdp.send('Runtime.evaluate', {
      expression: `document.querySelector('${CARD_HOST}')`,
      contextId: executionContextId,
    });
    if (!host.objectId) return null;
    const { node } = await cdp.send('DOM.describeNode', { objectId: host.objectId, depth: 1, pierce: true });
    const backendNodeId = node.shadowRoots?.[0]?.backendNodeId;
    if (!backendNodeId) return null;
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId, executionContextId });
    const r = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      functionDeclaration: fn,
      returnByValue: true,
    });
    if (r.exceptionDetails) throw new Error(`seenCard: ${r.exceptionDetails.exception?.description}`);
    return r.result.value as CardSeen | null;
  } finally {
    await cdp.detach();
  }
}

interface BidiRealm {
  callFunction(fn: string, awaitPromise: boolean, options: object): Promise<BidiResult>;
}
interface BidiValue {
  type: string;
  value?: unknown;
  sharedId?: string;
}
interface BidiResult {
  type: 'success' | 'exception';
  result: BidiValue;
  exceptionDetails?: { text: string };
}

/** A BiDi remote value (a plain object of strings and booleans here) as JSON. */
function fromBidi(v: BidiValue): unknown {
  if (v.type === 'null' || v.type === 'undefined') return null;
  if (v.type !== 'object') return v.value;
  return Object.fromEntries((v.value as [string, BidiValue][]).map(([k, x]) => [k, fromBidi(x)]));
}

/** Hovers `text` and waits until the card of `entity` is open and on top; returns what was seen. */
export async function openCard(page: Page, text: string, entity: string, timeout = 5000): Promise<CardSeen> {
  await hoverHighlighted(page, text);
  const end = Date.now() + timeout;
  for (;;) {
    const seen = await seenCard(page);
    if (seen?.entity === entity && seen.onTop) return seen;
    if (Date.now() > end) throw new Error(`no card for ${entity} after ${timeout} ms: ${JSON.stringify(seen)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
