/**
 * What LabLens does with a failure it cannot fix: log it once (a page that
 * retries every scroll must not flood the console) and let the caller show
 * what failed where it matters. "Extension context invalidated" is normal:
 * the extension was updated or reloaded under an open page.
 */
const logged = new Set<string>();

function contextGone(e: unknown): boolean {
  return /context invalidated|Extension context|message channel closed/i.test(String((e as Error)?.message ?? e));
}

export function report(where: string, e: unknown): void {
  if (contextGone(e)) return;
  const key = `${where}: ${String((e as Error)?.message ?? e)}`;
  if (logged.has(key)) return;
  logged.add(key);
  console.warn(`LabLens: ${key}`);
}

/** Runs `p` for its effect: a failure is reported, never unhandled; resolves to `fallback` then. */
export function settle<T>(p: Promise<T>, where: string, fallback?: T): Promise<T | undefined> {
  return p.catch((e: unknown) => {
    report(where, e);
    return fallback;
  });
}
