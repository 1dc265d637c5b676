import { muteEntity } from '@/lib/background/mute';
import { RateLimit } from '@/lib/background/senders';
import { getSettings } from '@/lib/shared/settings';

// "Hide everywhere" writes the user's settings: only from a tab, once a second, for a real entity.
describe('muteEntity', () => {
  const known = async (id: string) => id === 'deepseek' || id === 'openai';

  it('hides a known entity once, and refuses made-up ids and a second write within a second', async () => {
    const limit = new RateLimit();
    expect(await muteEntity('deepseek', 7, limit, known)).toBe(true);
    expect((await getSettings()).muted).toEqual(['deepseek']);
    expect(await muteEntity('openai', 7, limit, known)).toBe(false); // same tab, too soon
    expect(await muteEntity('made-up', 8, limit, known)).toBe(false);
    expect(await muteEntity('openai', undefined, limit, known)).toBe(false); // not from a tab
    expect((await getSettings()).muted).toEqual(['deepseek']);
  });
});
