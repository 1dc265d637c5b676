import { updateSettings } from '../shared/settings';
import type { RateLimit } from './senders';

/**
 * "Hide everywhere" from a card in `tab`: a write to the user's settings, so the background does it,
 * once a second per tab at most, and only for an entity the dataset has (a page cannot fill the
 * user's synced storage with made-up ids).
 */
export async function muteEntity(
  id: string,
  tab: number | undefined,
  limit: RateLimit,
  exists: (id: string) => Promise<boolean>,
): Promise<boolean> {
  if (tab === undefined || !limit.allow(tab) || !(await exists(id))) return false;
  await updateSettings((s) => (s.muted.includes(id) ? s : { ...s, muted: [...s.muted, id] }));
  return true;
}
