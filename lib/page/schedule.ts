/**
 * Runs a long job in slices of at most `budgetMs`, yielding to the page in
 * between (idle callbacks where available), so LabLens never causes a long
 * task however big the page. Resolves false if aborted.
 */
export function runInSlices(
  step: () => boolean,
  signal: AbortSignal,
  { budgetMs = 8, onSlice }: { budgetMs?: number; onSlice?: (done: boolean) => void } = {},
): Promise<boolean> {
  const idle = (cb: () => void) =>
    typeof requestIdleCallback === 'function' ? requestIdleCallback(cb, { timeout: 50 }) : setTimeout(cb, 0);
  return new Promise((resolve) => {
    const slice = () => {
      if (signal.aborted) return resolve(false);
      const end = performance.now() + budgetMs;
      let more = true;
      while (more && performance.now() < end) more = step();
      onSlice?.(!more);
      if (more) idle(slice);
      else resolve(true);
    };
    // Even the first slice waits: the caller's own work (a message reply parsed, a matcher
    // restored) must not run in the same task as the slice.
    idle(slice);
  });
}
