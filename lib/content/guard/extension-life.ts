/**
 * The content script's lifetime: it ends when the extension's context is
 * really gone (reloaded, updated, removed), not whenever WXT's context says
 * so. A page can forge WXT's "a newer script started" event (its name holds
 * only the extension's ID, which is public), so an invalidation is believed
 * only when `alive()` agrees. After a refused one, WXT no longer reports a
 * real end, so `alive()` is polled from then on.
 */
export function extensionLife(
  ctx: { onInvalidated(cb: () => void): unknown },
  alive: () => boolean,
  pollMs = 2000,
): AbortSignal {
  const life = new AbortController();
  let timer: ReturnType<typeof setInterval> | undefined;
  const check = () => {
    if (alive()) return false;
    clearInterval(timer);
    life.abort();
    return true;
  };
  ctx.onInvalidated(() => {
    if (!check()) timer ??= setInterval(check, pollMs);
  });
  return life.signal;
}

/**
 * Calls `cb` when the page's URL changes without a load (history API, hash).
 * Polled like WXT's own watcher, but tied to `signal` rather than to WXT's
 * context, which a page can end.
 */
export function watchLocation(win: Window, cb: () => void, signal: AbortSignal, everyMs = 1000): void {
  let last = win.location.href;
  const timer = setInterval(() => {
    const now = win.location.href;
    if (now === last) return;
    last = now;
    cb();
  }, everyMs);
  signal.addEventListener('abort', () => clearInterval(timer));
}
