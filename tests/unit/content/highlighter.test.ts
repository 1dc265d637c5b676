import { Highlighter, type PlacedMention } from '@/lib/content/paint/highlight';

// Node has no Highlight: a stand-in that records its ranges is enough for what the Highlighter does.
class FakeHighlight {
  readonly ranges: Set<Range>;
  constructor(...ranges: Range[]) {
    this.ranges = new Set(ranges);
  }
  add(r: Range) {
    this.ranges.add(r);
  }
  delete(r: Range) {
    return this.ranges.delete(r);
  }
}
beforeAll(() => {
  (globalThis as { Highlight?: unknown }).Highlight = FakeHighlight;
});

/** `n` mentions in one block, mention i on line i (20 px a line); `made` counts Ranges asked for. */
function block(n: number) {
  const container = {} as Node;
  let made = 0;
  const ms: PlacedMention[] = Array.from({ length: n }, (_, i) => ({
    entityId: 'openai',
    kind: 'lab',
    matched: 'OpenAI',
    container,
    get range() {
      made++;
      return { i, getBoundingClientRect: () => ({ top: i * 20, bottom: i * 20 + 18 }) } as unknown as Range;
    },
  }));
  return { ms, made: () => made };
}

const painted = (registry: Map<string, FakeHighlight>) => registry.get('lablens-lab')?.ranges.size ?? 0;

describe('Highlighter on a very big block', () => {
  it('paints only the mentions the view keeps, and says scrolling must repaint', () => {
    const registry = new Map<string, FakeHighlight>();
    const h = new Highlighter(registry as unknown as HighlightRegistry);
    const { ms } = block(32_000);
    const view = (list: readonly PlacedMention[]) => list.slice(100, 150);
    h.set(ms, undefined, () => true, view);
    expect(painted(registry)).toBe(50);
    expect(h.windowed).toBe(true);
    // Without the view (the old behaviour) every one of the 32,000 would be a painted Range.
    h.set([...ms], undefined, () => true);
    expect(painted(registry)).toBe(32_000);
  });

  it('paints a small block whole and does not ask for repaints on scroll', () => {
    const registry = new Map<string, FakeHighlight>();
    const h = new Highlighter(registry as unknown as HighlightRegistry);
    const { ms } = block(20);
    h.set(
      ms,
      undefined,
      () => true,
      () => [],
    );
    expect(painted(registry)).toBe(20);
    expect(h.windowed).toBe(false);
  });

  it('hit-tests a big block only on the lines around the pointer', () => {
    // A text node in a <p>: blockRoot walks up one step (Node's constants are not defined in Node.js).
    (globalThis as { Node?: unknown }).Node ??= { ELEMENT_NODE: 1, TEXT_NODE: 3 };
    const p = { nodeType: 1, tagName: 'P', parentNode: null } as unknown as Node;
    const text = { nodeType: 3, parentNode: p } as unknown as Node;
    const h = new Highlighter(new Map() as unknown as HighlightRegistry);
    const b = block(32_000);
    for (const m of b.ms) (m as { container?: Node }).container = p;
    h.set(b.ms, undefined, () => false);
    const before = b.made();
    // Line 16,000 is at y = 320,000: only the mention on it, found with a few dozen Ranges, not 32,000.
    expect(h.at(text, 320_009).map((m) => (m.range as unknown as { i: number }).i)).toEqual([16_000]);
    expect(b.made() - before).toBeLessThan(80);
    expect(h.at(text)).toHaveLength(32_000);
  });
});
