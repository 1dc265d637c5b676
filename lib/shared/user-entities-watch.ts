import { browser } from 'wxt/browser';

/** Where the user's own entities live in `storage.local` (lib/shared/user-entities.ts reads and writes them). */
export const USER_ENTITIES_KEY = 'userEntities';

/**
 * Calls back when the user's entities change (added, edited, removed, imported), from any page;
 * returns the unsubscribe. Kept apart from the schemas so the content script stays small.
 */
export function watchUserEntities(cb: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && USER_ENTITIES_KEY in changes) cb();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
