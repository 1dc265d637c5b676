/** Runs `cb` in the next idle moment (within `timeoutMs`), or in the next task where there are no idle callbacks. */
export const whenIdle = (cb: () => void, timeoutMs = 50): void => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(cb, { timeout: timeoutMs });
  else setTimeout(cb, 0);
};

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
  return new Promise((resolve) => {
    const slice = () => {
      if (signal.aborted) return resolve(false);
      const end = performance.now() + budgetMs;
      let more = true;
      while (more && performance.now() < end) more = step();
      onSlice?.(!more);
      if (more) whenIdle(slice);
      else resolve(true);
    };
    // Even the first slice waits: the caller's own work (a message reply parsed, a matcher
    // restored) must not run in the same task as the slice.
    whenIdle(slice);
  });
}

/**
 * Resolves once the page has rendered a frame (or after `maxMs`, for a hidden
 * tab that renders none), so the first measuring of boxes finds the layout done
 * instead of forcing it inside LabLens's own task (~170 ms on a 5 MB page).
 */
export function afterFrame(maxMs = 500): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, maxMs);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
}

/** Calls `fn` at most once per `ms`, at the end of the wait: a burst of scroll events is one call. */
export function throttle(fn: () => void, ms: number): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return () => {
    if (timer) return;
    timer = setTimeout(() => {
      timer = undefined;
      fn();
    }, ms);
  };
}
