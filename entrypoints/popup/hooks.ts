import { useEffect, useRef, useState } from 'preact/hooks';
import type { PageMention } from '@/lib/shared/protocol';
import { report } from '@/lib/shared/report';
import { popupToContent } from '@/lib/shared/rpc-clients';

export interface Loaded<T> {
  value: T | undefined;
  /** Set when the request failed: the view says what could not be loaded. */
  failed: boolean;
}

/**
 * The reply to the latest request only: when `deps` change, an older, slower
 * reply is dropped instead of overwriting the newer one. `load` returns
 * undefined for "nothing to ask".
 */
export function useLatest<T>(where: string, load: () => Promise<T> | undefined, deps: unknown[]): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ value: undefined, failed: false });
  useEffect(() => {
    let live = true;
    setState({ value: undefined, failed: false });
    load()?.then(
      (value) => live && setState({ value, failed: false }),
      (e: unknown) => {
        report(where, e);
        if (live) setState({ value: undefined, failed: true });
      },
    );
    return () => {
      live = false;
    };
  }, deps);
  return state;
}

export type Tab = { id: number; url: string; title: string };

/**
 * The page's mentions from its content script. Text far from the reader's
 * viewport is read when asked for, so this asks again until the page is read.
 * No content script (browser pages, the store): an empty, complete list.
 */
export function usePageMentions(tab: Tab | undefined, refreshes: number) {
  const [mentions, setMentions] = useState<PageMention[] | null>(null);
  const [complete, setComplete] = useState(true);
  const asking = useRef(0);
  useEffect(() => {
    const token = ++asking.current;
    if (!tab) {
      if (refreshes) setMentions([]); // the tab is known: a browser page, nothing to read
      return;
    }
    void (async () => {
      try {
        for (;;) {
          const reply = await popupToContent(tab.id, 'getPageMentions', {});
          if (token !== asking.current) return;
          setMentions(reply.mentions);
          setComplete(reply.complete);
          if (reply.complete) return;
          await new Promise((r) => setTimeout(r, 150));
        }
      } catch {
        if (token !== asking.current) return;
        setMentions([]);
        setComplete(true);
      }
    })();
  }, [tab, refreshes]);
  return { mentions, complete };
}

/** The page's article info and checked claims, asked for once the page is read. */
export function usePageClaims(tab: Tab | undefined, complete: boolean, refreshes: number) {
  return useLatest('claims', () => (tab && complete ? popupToContent(tab.id, 'getPageClaims', {}) : undefined), [
    tab,
    complete,
    refreshes,
  ]);
}
