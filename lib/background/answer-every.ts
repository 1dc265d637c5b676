type Listener = (message: unknown, sender: unknown, sendResponse: (r: unknown) => void) => true | undefined;

/**
 * Wraps the background's one runtime.onMessage listener so that every message
 * gets an answer: a page or a buggy caller that sends something malformed gets
 * a clear error (not a closed port), and a listener that throws does not take
 * the next request with it. Only the background listens to runtime messages,
 * so answering messages of no known protocol hides nothing from anyone.
 */
export function answerEvery(listener: Listener): Listener {
  return (message, sender, sendResponse) => {
    try {
      if (listener(message, sender, sendResponse)) return true;
      sendResponse({ ok: false, error: notServed(message) });
    } catch (e) {
      sendResponse({ ok: false, error: `request failed: ${short(e instanceof Error ? e.message : String(e), 200)}` });
    }
    return undefined;
  };
}

const short = (s: string, n: number) => (s.length > n ? `${s.slice(0, n)}…` : s);

/** Why a message was not served, without echoing a megabyte of it back. */
function notServed(m: unknown): string {
  const type = typeof m === 'object' && m !== null ? (m as { lablens?: unknown }).lablens : undefined;
  if (typeof type === 'string') return `unknown request "${short(type, 40)}"`;
  const got = m === null ? 'null' : Array.isArray(m) ? 'an array' : typeof m;
  return `not a LabLens request: expected { lablens: <request type>, payload }, got ${got}`;
}
