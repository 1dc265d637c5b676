// @vitest-environment happy-dom

import { readTextBlocks, walkTextBlocks } from '@/lib/content/read/text-blocks';

/** `depth` nested divs with a paragraph at the bottom, and a hidden one and a <code> on the way down. */
function deep(depth: number): HTMLElement {
  const top = document.createElement('div');
  let el = top;
  for (let i = 0; i < depth; i++) {
    if (i === depth / 2) el.insertAdjacentHTML('beforeend', '<p hidden>Hidden OpenAI</p><code>GPT-4 code</code>');
    el = el.appendChild(document.createElement('div'));
  }
  el.innerHTML = '<p>DeepSeek-V3 and OpenAI.</p><p>GPT-4 too.</p>';
  document.body.replaceChildren(top);
  return top;
}

describe('walkTextBlocks pauses inside a long descent', () => {
  it('yields pauses when one descent outlasts its time, and the same blocks as a walk without them', () => {
    const root = deep(60);
    const plain = readTextBlocks(root).map((b) => b.text);
    // Every element check takes at least a millisecond here: a pause after 0 ms stops at each one.
    const now = performance.now.bind(performance);
    let t = 0;
    const spy = vi.spyOn(performance, 'now').mockImplementation(() => (t += 1));
    const out = [...walkTextBlocks(root, { pauseAfterMs: 0 })];
    spy.mockRestore();
    expect(now()).toBeGreaterThan(0);
    const pauses = out.filter((b) => b === undefined).length;
    expect(pauses).toBeGreaterThan(50);
    expect(out.filter((b) => b !== undefined).map((b) => b!.text)).toEqual(plain);
    // Hidden text and code stay unread after a pause, as without one.
    expect(plain).toEqual(['DeepSeek-V3 and OpenAI.', 'GPT-4 too.']);
  });

  it('never pauses without the option', () => {
    const out = [...walkTextBlocks(deep(20))];
    expect(out.every((b) => b !== undefined)).toBe(true);
  });
});
