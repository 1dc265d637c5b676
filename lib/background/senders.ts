/** Who sent a message, as the browser reports it (runtime.MessageSender). */
export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

export type SenderKind = 'extension-page' | 'content-script' | 'refused';

/**
 * Extension pages (popup, options) come from the extension's own origin;
 * content scripts come from a tab of a web page. Anything else (another
 * extension, a page without a tab) is refused.
 */
export function senderKind(s: Sender, ownId: string, ownOrigin: string): SenderKind {
  if (s.id !== ownId) return 'refused';
  if (s.url?.startsWith(ownOrigin)) return 'extension-page';
  if (s.tab?.id !== undefined) return 'content-script';
  return 'refused';
}

/** Per-tab limit on actions that open tabs: one a second, however often a page asks. */
export class RateLimit {
  private last = new Map<number, number>();
  constructor(private readonly everyMs = 1000) {}

  allow(tab: number, now = Date.now()): boolean {
    const prev = this.last.get(tab);
    if (prev !== undefined && now - prev < this.everyMs) return false;
    this.last.set(tab, now);
    return true;
  }
}
