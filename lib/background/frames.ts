import { oneAtATime } from '../core/one-at-a-time';
import { popupToContent } from '../shared/rpc-clients';

/**
 * A tab's frames, without the `tabs` or `webNavigation` permissions: each frame's
 * content script asks for its top page's address when it starts, and the
 * background notes the frame then. Kept in `storage.session` (the worker may be
 * stopped between a page load and the shortcut), dropped with the tab.
 */
const key = (tab: number) => `frames:${tab}`;
const MAX_FRAMES = 200;

const writes = oneAtATime();

/** One read-modify-write at a time: thirty frames starting together must not overwrite each other. */
export function rememberFrame(tab: number, frame: number): Promise<void> {
  if (frame === 0) return Promise.resolve();
  return writes(async () => {
    const known = await framesOf(tab);
    if (known.includes(frame) || known.length >= MAX_FRAMES) return;
    await browser.storage.session.set({ [key(tab)]: [...known, frame] });
  });
}

export async function framesOf(tab: number): Promise<number[]> {
  const v = (await browser.storage.session.get(key(tab)))[key(tab)];
  return Array.isArray(v) ? v.filter((f): f is number => typeof f === 'number') : [];
}

export const forgetTab = (tab: number) => browser.storage.session.remove(key(tab));

/**
 * The top page's address, from its own content script; a frame may start before the top page's
 * script does, so it is asked a few times. '' when it never answers (a browser page, LabLens off there).
 */
export async function topPageUrl(tab: number, tries = 6): Promise<string> {
  for (let i = 0; i < tries; i++) {
    const page = await popupToContent(tab, 'getPage', {}).catch(() => undefined);
    if (page) return page.url;
    await new Promise((r) => setTimeout(r, 250));
  }
  return '';
}
