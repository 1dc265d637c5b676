/** Blocks with more mentions than this are painted and hit-tested only around a line of interest. */
export const BIG_BLOCK = 200;

/** First index whose mention passes `ok`, for a predicate that is false then true along the list. */
function firstWhere<T>(ms: readonly T[], ok: (m: T) => boolean): number {
  let lo = 0;
  let hi = ms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ok(ms[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The mentions of one block whose boxes lie between `top` and `bottom` (viewport
 * coordinates). A block's mentions are in reading order, so their boxes go down
 * the block: two binary searches make O(log n) Ranges instead of one per mention.
 * A paragraph of 32,000 names otherwise costs hundreds of milliseconds to paint,
 * and to hit-test on every pointer move. Small blocks are returned whole.
 */
export function nearSlice<T extends { range: Range }>(ms: readonly T[], top: number, bottom: number): readonly T[] {
  if (ms.length <= BIG_BLOCK) return ms;
  const first = firstWhere(ms, (m) => m.range.getBoundingClientRect().bottom >= top);
  const end = firstWhere(ms, (m) => m.range.getBoundingClientRect().top > bottom);
  return ms.slice(first, Math.max(first, end));
}
