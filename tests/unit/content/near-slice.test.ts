import { BIG_BLOCK, nearSlice } from '@/lib/content/paint/near-slice';

// Mentions down a tall paragraph: mention i sits on line i/4, 20 px a line. Counting the boxes
// asked for shows the slice is found by search, not by measuring every mention.
function paragraph(n: number) {
  let measured = 0;
  const ms = Array.from({ length: n }, (_, i) => ({
    i,
    range: {
      getBoundingClientRect: () => {
        measured++;
        const top = Math.floor(i / 4) * 20 - 5000;
        return { top, bottom: top + 18 } as DOMRect;
      },
    } as unknown as Range,
  }));
  return { ms, measured: () => measured };
}

describe('nearSlice', () => {
  it('returns a small block whole, measuring nothing', () => {
    const p = paragraph(BIG_BLOCK);
    expect(nearSlice(p.ms, 0, 900)).toBe(p.ms);
    expect(p.measured()).toBe(0);
  });

  it('keeps only the mentions between top and bottom of a 32,000-mention block, by binary search', () => {
    const p = paragraph(32_000);
    const got = nearSlice(p.ms, 0, 900);
    // Lines 250..295 (top -5000 + 20·line within [0 - 18, 900]): 4 mentions each.
    expect(got[0]!.i).toBe(250 * 4);
    expect(got.at(-1)!.i).toBe(295 * 4 + 3);
    expect(got).toHaveLength(46 * 4);
    expect(p.measured()).toBeLessThan(40);
  });

  it('is empty when the viewport is past the block, and whole-range safe at the ends', () => {
    const p = paragraph(1000);
    expect(nearSlice(p.ms, 100_000, 101_000)).toEqual([]);
    expect(nearSlice(p.ms, -100_000, 100_000)).toHaveLength(1000);
  });
});
