// The two references, timed inside a page of the browser without LabLens: a bare TreeWalker pass (the
// floor any annotator pays: read every text node) and mark.js highlighting the same aliases with one
// RegExp. Run as strings so tsx's function-name helpers never reach the page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { ROOT } from '../e2e/harness';

export interface References {
  /** Per-pass TreeWalker time, ms (median of 5 batches); the first (cold) pass separately. */
  walkMs: number;
  walkFirstMs: number;
  textNodes: number;
  chars: number;
  /** One mark.js markRegExp run over document.body, ms of script (layout afterwards not included). */
  markMs: number;
  /** Same plus the forced style/layout of the marked page. */
  markWithLayoutMs: number;
  marks: number;
}

const MARK_JS = join(ROOT, 'node_modules/mark.js/dist/mark.min.js');

// performance.now() is coarsened (100 µs here): passes are timed in batches of `reps`, doubled until a
// batch takes 20 ms, and the per-pass time is the median of 5 batches. The first (cold) pass on its own.
const WALK = `(() => {
  let nodes = 0, chars = 0;
  const pass = () => {
    const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    nodes = 0; chars = 0;
    for (let n = w.nextNode(); n; n = w.nextNode()) { nodes++; chars += n.data.length; }
  };
  const batch = (reps) => { const t0 = performance.now(); for (let i = 0; i < reps; i++) pass(); return performance.now() - t0; };
  const walkFirstMs = batch(1);
  let reps = 1;
  while (batch(reps) < 20 && reps < 1 << 16) reps *= 2;
  const times = [0, 1, 2, 3, 4].map(() => batch(reps) / reps).sort((a, b) => a - b);
  return { walkMs: times[2], walkFirstMs, textNodes: nodes, chars };
})()`;

const markScript = (source: string) => `(() => {
  const re = new RegExp(${JSON.stringify(source)}, 'gi');
  let marks = 0;
  const t0 = performance.now();
  new Mark(document.body).markRegExp(re, { done: (n) => { marks = n; } });
  const t1 = performance.now();
  void document.body.offsetHeight;
  return { markMs: t1 - t0, markWithLayoutMs: performance.now() - t0, marks };
})()`;

type Walk = Pick<References, 'walkMs' | 'walkFirstMs' | 'textNodes' | 'chars'>;
type Marked = Pick<References, 'markMs' | 'markWithLayoutMs' | 'marks'>;

/** One fresh tab: the TreeWalker passes, then mark.js (which changes the page, so once per tab). */
async function inTab(browser: Browser, url: string, aliasSource: string): Promise<Walk & Marked> {
  const tab = await browser.newPage();
  try {
    await tab.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await new Promise((r) => setTimeout(r, 300));
    const walk = (await tab.evaluate(WALK)) as Walk;
    await tab.addScriptTag({ content: readFileSync(MARK_JS, 'utf8') });
    const mark = (await tab.evaluate(markScript(aliasSource))) as Marked;
    return { ...walk, ...mark };
  } finally {
    await tab.close();
  }
}

/** The median of three fresh tabs for each figure: one mark.js run varied from 200 to 360 ms on the 1 MB page. */
export async function measureReferences(browser: Browser, url: string, aliasSource: string): Promise<References> {
  const runs: (Walk & Marked)[] = [];
  for (let i = 0; i < 3; i++) runs.push(await inTab(browser, url, aliasSource));
  const median = (k: keyof References) => runs.map((r) => r[k]).sort((a, b) => a - b)[1]!;
  return {
    walkMs: median('walkMs'),
    walkFirstMs: median('walkFirstMs'),
    textNodes: runs[0]!.textNodes,
    chars: runs[0]!.chars,
    markMs: median('markMs'),
    markWithLayoutMs: median('markWithLayoutMs'),
    marks: runs[0]!.marks,
  };
}
